/**
 * How many workbooks a batch checks at once when the user does not say (--jobs): one per core,
 * fewer when the free memory would not hold that many checks of the largest workbook. Several
 * large workbooks on every core of an office PC would run it out of memory, and the operating
 * system may then stop the whole batch, consolidated report and all.
 */

/**
 * A check's peak memory per byte of .xlsx, most of it ExcelJS's model of the workbook while it
 * loads: 1.4 GB for the 8.9 MB workbook of 100,000 rows (`npm run bench`), and each further
 * worker on such files adds 0.8 GB. Rounded up: a worker that runs out fails its file, not the batch.
 */
const peakBytesPerFileByte = 150;
/** A worker's own memory before it opens a file (a V8 isolate with the checker loaded). */
const workerBaseBytes = 60 * 1024 * 1024;
/** What the batch leaves of the free memory for the user's other programs. */
const freeMemoryShare = 0.8;

export interface BatchMachine {
  readonly cores: number;
  readonly freeMemoryBytes: number;
}

export function defaultJobs(machine: BatchMachine, largestFileBytes: number): number {
  const perWorker = workerBaseBytes + peakBytesPerFileByte * largestFileBytes;
  const fit = Math.floor((machine.freeMemoryBytes * freeMemoryShare) / perWorker);
  return Math.max(1, Math.min(machine.cores, fit));
}
