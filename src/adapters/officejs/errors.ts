/**
 * Office errors as AddinProblems, decided from `error.code` (never from the localised message).
 * The sentence a user reads for each problem is the task pane's (src/addin/problemMessage.ts).
 */
import { AddinError, type AddinProblem } from '../../addin/workbookAccess';

/** Codes Excel uses when a request or response is over its size limit (5 MB on the web). */
const payloadCodes = new Set([
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'PayloadTooLarge',
  'RequestEntityTooLarge',
]);

const protectionCodes = new Set(['AccessDenied', 'SheetProtected', 'WorkbookProtected']);

const unsupportedCodes = new Set(['ApiNotFound', 'NotImplemented']);

/** The code of an OfficeExtension.Error (or anything shaped like one); null for other throws. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code !== '' ? code : null;
}

export function isPayloadError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code !== null && payloadCodes.has(code);
}

/** What the operation was touching when it failed, to name the sheet in the message. */
export interface ProblemContext {
  sheet?: string;
  /** The requirement set the operation needed, for ApiNotFound. */
  requirement?: string;
}

export function problemOf(error: unknown, context: ProblemContext = {}): AddinProblem {
  if (error instanceof AddinError) return error.problem;
  const code = officeErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code === null) return { kind: 'unknown', code: error instanceof Error ? error.name : 'Error', detail };
  if (code === 'InvalidOperationInCellEditMode') return { kind: 'cellEditMode' };
  if (payloadCodes.has(code)) return { kind: 'payloadTooLarge' };
  if (protectionCodes.has(code)) {
    // The adapter checks sheet protection before writing; an AccessDenied it did not foresee
    // names the sheet it was writing, or else the workbook (structure protection).
    return context.sheet !== undefined ? { kind: 'protectedSheet', sheet: context.sheet } : { kind: 'protectedWorkbook' };
  }
  if (unsupportedCodes.has(code)) return { kind: 'unsupported', requirement: context.requirement ?? `ExcelApi (${code})` };
  return { kind: 'unknown', code, detail };
}

/** The AddinError for any throw, keeping the original as its cause. */
export function toAddinError(error: unknown, context: ProblemContext = {}): AddinError {
  if (error instanceof AddinError) return error;
  const wrapped = new AddinError(problemOf(error, context));
  wrapped.cause = error;
  return wrapped;
}

/** Runs an operation, turning whatever it throws into an AddinError. */
export async function guarded<T>(operation: () => Promise<T>, context: ProblemContext = {}): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toAddinError(error, context);
  }
}
