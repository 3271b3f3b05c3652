/** The Office.js adapter wired to a host double, as the task pane wires it to Excel. */
import { AddinError, type AddinProblem, type WorkbookAccess } from '../../src/addin/workbookAccess';
import type { OfficeAccessOptions } from '../../src/adapters/officejs/host';
import { createOfficeWorkbookAccess } from '../../src/adapters/officejs/officeWorkbookAccess';
import type { ExcelHostDouble } from '../../src/hostDouble';

export function officeAccessOn(host: ExcelHostDouble, options: Omit<OfficeAccessOptions, 'supports'> = {}): WorkbookAccess {
  return createOfficeWorkbookAccess(host.run, {
    supports: host.requirements.supports,
    documentName: () => host.workbook.name,
    ...options,
  });
}

/** The problem of the AddinError an operation rejects with; fails the test if it resolves or throws anything else. */
export async function problemOf(operation: Promise<unknown>): Promise<AddinProblem> {
  const outcome = await operation.then(
    () => new Error('expected the operation to fail'),
    (error: unknown) => error,
  );
  if (!(outcome instanceof AddinError)) throw outcome;
  return outcome.problem;
}
