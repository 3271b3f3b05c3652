/**
 * How many workbooks a batch checks at once when the user does not say (--jobs): one per idle
 * core, fewer when the free memory would not hold that many checks of the largest workbook. Several
 * large workbooks on every core of an office PC would run it out of memory, and the operating
 * system may then stop the whole batch, consolidated report and all.
 */
import os from 'node:os';

/**
 * A check's peak memory in a batch worker: a fixed part plus a part per byte of .xlsx. A worker
 * reads and checks a workbook a sheet at a time, so a workbook of many sheets peaks lower than one
 * of a single big sheet, which is held whole; the model is for the latter, the whole workbook held.
 * Measured with the bundle (`node dist-cli/bin/soat-chi-tieu.mjs FILE --out-dir DIR --jobs 1`,
 * /usr/bin/time's maximum resident set of the whole process) on the bench's generated workbooks,
 * seed 1, the whole workbook read at once, then a sheet at a time:
 *   1,000 rows,  99 kB: 109 MiB, 106 MiB
 *   10,000 rows, 885 kB: 175 MiB, 164 MiB
 *   100,000 rows, 8.9 MB: 621 MiB (73× the file), 427 MiB (50×)
 * The line through the two larger whole-workbook sizes is 125 MiB + 58× the file; rounded up to
 * 130 MiB + 65×, which lies above all six (by 6 % at 10,000 rows and 10 % at 100,000, room for a
 * busier heap). A worker that runs out fails its file, not the batch.
 */
const peakBytesPerFileByte = 65;
const workerBaseBytes = 130 * 1024 * 1024;
/** What the batch leaves of the free memory for the user's other programs. */
const freeMemoryShare = 0.8;

export interface BatchMachine {
  readonly cores: number;
  /** Runnable processes over the last minute (os.loadavg()[0]): cores other programs already use. */
  readonly loadAverage: number;
  readonly freeMemoryBytes: number;
}

export function currentMachine(): BatchMachine {
  return { cores: os.availableParallelism(), loadAverage: os.loadavg()[0] ?? 0, freeMemoryBytes: os.freemem() };
}

/**
 * Idle cores, not all cores: on a busy two-core machine two workers were no faster than one and
 * took 1.6× the memory (issue 17). The load average counts what is running or waiting to run, so
 * cores minus load, rounded, is what the batch can have without slowing everyone; always one.
 */
export function defaultJobs(machine: BatchMachine, largestFileBytes: number): number {
  const idleCores = Math.round(machine.cores - machine.loadAverage);
  const perWorker = workerBaseBytes + peakBytesPerFileByte * largestFileBytes;
  const fit = Math.floor((machine.freeMemoryBytes * freeMemoryShare) / perWorker);
  return Math.max(1, Math.min(idleCores, fit));
}
