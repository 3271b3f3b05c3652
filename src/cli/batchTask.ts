/** One file of a batch, checked where a worker runs it: the single-file check, counted. */
import type { Language } from '../core/model';
import { unexpectedFailure } from './unexpectedFailure';
import { countReport, type FileOutcome } from './batchReport';
import { runCheck, type CheckFunction } from './runCheck';

/** What a worker is sent: plain data (it crosses a thread boundary). */
export interface FileTask {
  input: string;
  /** Absolute path of the checked copy; its folder exists, and whatever is there is replaced (runBatch chose the name). */
  output: string;
  language: Language;
  includeHidden?: boolean;
  /** When the batch ran (milliseconds since 1970), shown on every summary sheet. */
  checkedAt: number;
}

export interface WorkerRequest {
  id: number;
  task: FileTask;
}

export interface WorkerReply {
  id: number;
  outcome: FileOutcome;
}

/** Sent by a worker as it opens and closes a temporary file, so that an interrupted batch can remove it. */
export interface TemporaryNotice {
  temporary: string;
  open: boolean;
}

export function isTemporaryNotice(message: unknown): message is TemporaryNotice {
  return typeof message === 'object' && message !== null && typeof (message as Partial<TemporaryNotice>).temporary === 'string';
}

/**
 * Never throws: whatever goes wrong is this file's failure, in the words of the single-file check.
 * `sheetThreads`: as runCheck's (the real engine, the sheets read and checked one at a time).
 */
export async function checkFileTask(task: FileTask, check: CheckFunction, sheetThreads?: number): Promise<FileOutcome> {
  try {
    const result = await runCheck(
      {
        input: task.input,
        out: task.output,
        language: task.language,
        includeHidden: task.includeHidden,
        force: true,
        checkedAt: new Date(task.checkedAt),
        ...(sheetThreads !== undefined && { sheetThreads }),
      },
      check,
    );
    return result.ok ? { status: 'checked', counts: countReport(result.report) } : { status: 'failed', error: result.message };
  } catch (error) {
    return { status: 'failed', error: unexpectedFailure(error, task.input, task.language) };
  }
}
