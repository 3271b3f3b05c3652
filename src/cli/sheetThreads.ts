/**
 * Reads and checks a large workbook's sheets on several threads at once: this thread takes the
 * first run of sheets, each worker thread a further run, split by the size of their XML. Each
 * thread reads its own sheets from the package and checks them with the same engine and settings;
 * the workers' checks come back as data and join this thread's in sheet order, so the result is
 * the one a single thread gives (core's startSheetChecks and addChecked).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readProblemOf, type OpenedXlsx, type ReadProblem } from '../adapters/xlsxReader/readXlsx';
import { startWorkbookCheck, type CheckResult, type CheckSettings, type SheetCheckData } from '../core';

/** What a worker is asked: the package's bytes and which of its worksheets to read and check. */
export interface SheetWorkRequest {
  readonly bytes: Uint8Array;
  readonly sheets: readonly number[];
  readonly settings: CheckSettings;
}

export type SheetWorkReply =
  | { readonly kind: 'sheet'; readonly index: number; readonly check: SheetCheckData }
  | { readonly kind: 'failed'; readonly failure: SheetWorkFailure }
  | { readonly kind: 'done' };

/** Where the work failed: reading a sheet (the file is broken) or checking it (the engine failed). */
export type SheetWorkFailure = { readonly step: 'read'; readonly problem: ReadProblem } | { readonly step: 'check'; readonly message: string };

export class SheetWorkError extends Error {
  constructor(readonly failure: SheetWorkFailure) {
    super(failure.step === 'read' ? failure.problem.detail : failure.message);
  }
}

/** What a thread's step threw, as data that crosses threads. */
export function failureOf(step: SheetWorkFailure['step'], error: unknown): SheetWorkFailure {
  return step === 'read' ? { step, problem: readProblemOf(error) } : { step, message: error instanceof Error ? error.message : String(error) };
}

/**
 * Below this much worksheet XML, a worker's start (loading the checker again, about a fifth of a
 * second) costs more than it saves.
 */
const SMALLEST_SPLIT_XML = 16 * 1024 * 1024;
/** Each thread holds its sheets' snapshots and its own engine: a few are plenty for a workbook. */
const MOST_THREADS = 4;
/**
 * One thread's check keeps about one and a half cores busy, V8's compiler and garbage collector
 * working beside it, and each further thread compiles the checker again: on 2 cores, two threads
 * measured slower than one (100,000 rows: 7.1–7.4 s against 6.3–6.6 s), and no faster under the
 * command line's compiler budget, for 2–3 s more CPU. So a thread is added for every two cores.
 */
const CORES_PER_THREAD = 2;

/** How many threads to read and check this workbook on: 1 for a small one, or with fewer than four cores. */
export function sheetThreadCount(worksheets: OpenedXlsx['worksheets'], cores: number = availableParallelism()): number {
  const xml = worksheets.reduce((sum, sheet) => sum + sheet.xmlSize, 0);
  if (xml < SMALLEST_SPLIT_XML) return 1;
  return Math.max(1, Math.min(Math.floor(cores / CORES_PER_THREAD), MOST_THREADS, worksheets.length));
}

/** The sheets' indexes in `threads` runs of about equal XML, in sheet order; the first run is this thread's. */
export function splitSheets(worksheets: OpenedXlsx['worksheets'], threads: number): number[][] {
  const total = worksheets.reduce((sum, sheet) => sum + sheet.xmlSize, 0);
  const runs: number[][] = Array.from({ length: threads }, () => []);
  let before = 0;
  worksheets.forEach((sheet, index) => {
    // A sheet goes to the run its XML's middle falls in; the first is always this thread's.
    const run = index === 0 || total === 0 ? 0 : Math.min(threads - 1, Math.floor(((before + sheet.xmlSize / 2) / total) * threads));
    runs[run]!.push(index);
    before += sheet.xmlSize;
  });
  return runs.filter((run) => run.length > 0);
}

export interface ThreadedCheckRequest {
  readonly workbookName: string;
  readonly bytes: Uint8Array;
  readonly opened: OpenedXlsx;
  readonly settings: CheckSettings;
  readonly threads: number;
}

/** The check of every worksheet, read and checked on `threads` threads; throws SheetWorkError where a sheet cannot be read or checked. */
export async function checkOnThreads(request: ThreadedCheckRequest): Promise<CheckResult> {
  const { opened, settings } = request;
  const sheetNames = opened.worksheets.map((sheet) => sheet.name);
  const [ownSheets = [], ...workerRuns] = splitSheets(opened.worksheets, request.threads);
  const workers = workerRuns.map((sheets) => checkOnWorker(sheetWorkerUrl, { bytes: request.bytes, sheets, settings }));
  // A failure in one thread must not leave another's promise unhandled while this thread works.
  for (const worker of workers) worker.catch(() => undefined);
  const check = startWorkbookCheck(request.workbookName, settings, sheetNames);
  for (const index of ownSheets) {
    const snapshot = attempt('read', () => opened.readSheet(index));
    attempt('check', () => check.addSheet(snapshot));
  }
  const checkedElsewhere = await Promise.all(workers);
  for (const checks of checkedElsewhere) for (const sheetCheck of checks) check.addChecked(sheetCheck);
  return check.finish();
}

/** A thread's step, its failure thrown as a SheetWorkError: the same on this thread and on a worker. */
export function attempt<T>(step: SheetWorkFailure['step'], work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new SheetWorkError(failureOf(step, error));
  }
}

/**
 * The bundled worker beside the bundle the command line runs from (dist-cli/bin, see
 * scripts/cli-bundle.mjs); from the TypeScript sources (tests, tsx), the boot file that loads tsx.
 */
const sheetWorkerUrl = import.meta.url.endsWith('.ts') ? new URL('./sheetWorkerBoot.mjs', import.meta.url) : new URL('./sheetWorker.mjs', import.meta.url);

/** One worker's checks, in the order of its sheets. */
function checkOnWorker(url: URL, request: SheetWorkRequest): Promise<SheetCheckData[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { execArgv: [] });
    const checks: SheetCheckData[] = [];
    const settle = (outcome: () => void): void => {
      outcome();
      void worker.terminate();
    };
    worker.on('message', (reply: SheetWorkReply) => {
      if (reply.kind === 'sheet') checks.push(reply.check);
      else if (reply.kind === 'failed') settle(() => reject(new SheetWorkError(reply.failure)));
      else settle(() => resolve(checks));
    });
    worker.on('error', (error) => settle(() => reject(new SheetWorkError(failureOf('check', error)))));
    // After a reply has settled it, an exit changes nothing.
    worker.on('exit', (code) => reject(new SheetWorkError({ step: 'check', message: `the checking thread stopped (exit code ${code})` })));
    worker.postMessage(request);
  });
}
