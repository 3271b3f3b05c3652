/**
 * Runs file tasks on worker threads, a few at a time: each worker loads, checks and writes one
 * workbook at a time, so a large workbook never holds up the others and the main thread stays free
 * to draw the progress. A worker that crashes (uncaught error, out of memory, exit) fails only the
 * file it was on; the next file gets a fresh worker. Interrupted, it stops its workers where they
 * are and removes the temporary files they had open.
 */
import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { batchText, say } from '../text/strings';
import type { FileOutcome } from './batchReport';
import { isTemporaryNotice, type FileTask, type WorkerReply, type WorkerRequest } from './batchTask';
import { trackTemporary } from './writeAtomic';

export interface PoolOptions {
  /** Workers at most (never more than there are tasks). */
  jobs: number;
  /** The worker's entry point; tests pass a stand-in. */
  workerUrl?: URL;
  onStart?: (index: number) => void;
  onDone?: (index: number, outcome: FileOutcome) => void;
  /** Aborted: no task is started, the running ones are stopped and not reported. */
  interruption?: AbortSignal;
}

/**
 * The bundled worker beside the bundle the command line runs from (dist-cli/bin, see
 * scripts/cli-bundle.mjs); from the TypeScript sources (tests, tsx), the boot file that loads tsx.
 */
export const defaultWorkerUrl = import.meta.url.endsWith('.ts')
  ? new URL('./batchWorkerBoot.mjs', import.meta.url)
  : new URL('./batchWorker.mjs', import.meta.url);

/** The outcome of every task, in the order of the tasks; an interrupted run leaves the unfinished ones out. */
export async function runInWorkers(tasks: readonly FileTask[], options: PoolOptions): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(tasks.length);
  const { interruption } = options;
  const slots = new Set<WorkerSlot>();
  const stop = () => {
    for (const slot of slots) void slot.stop();
  };
  interruption?.addEventListener('abort', stop);
  let next = 0;
  const lane = async (): Promise<void> => {
    const slot = new WorkerSlot(options.workerUrl ?? defaultWorkerUrl);
    slots.add(slot);
    try {
      for (let index = next++; index < tasks.length && !interruption?.aborted; index = next++) {
        options.onStart?.(index);
        const outcome = await slot.run(index, tasks[index]!);
        // A worker stopped by the interruption did not fail its file: the file was not finished.
        if (outcome === null) break;
        outcomes[index] = outcome;
        options.onDone?.(index, outcome);
      }
    } finally {
      await slot.close();
    }
  };
  const lanes = Math.max(1, Math.min(options.jobs, tasks.length));
  try {
    await Promise.all(Array.from({ length: lanes }, lane));
  } finally {
    interruption?.removeEventListener('abort', stop);
  }
  return outcomes;
}

/** One worker thread, started when first needed and again after a crash. */
class WorkerSlot {
  private worker: Worker | null = null;
  /** The temporary files the worker has open, as it reports them (writeAtomic.ts). */
  private readonly temporaries = new Set<string>();
  /** Set by stop(): the task under way ends unfinished, not failed. */
  private stopped = false;

  constructor(private readonly url: URL) {}

  /** The task's outcome; null when stop() ended it first. */
  run(id: number, task: FileTask): Promise<FileOutcome | null> {
    if (this.stopped) return Promise.resolve(null);
    const worker = this.worker ?? this.start();
    return new Promise((resolve) => {
      const finish = (outcome: FileOutcome | null) => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(outcome);
      };
      const crashed = (detail: string) => {
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
        if (this.stopped) finish(null);
        else finish({ status: 'failed', error: say(task.language, batchText.workerStopped, { path: task.input, detail }) });
      };
      const onMessage = (reply: WorkerReply) => {
        if (!isTemporaryNotice(reply) && reply.id === id) finish(reply.outcome);
      };
      const onError = (error: Error) => crashed(error.message || String(error));
      const onExit = (code: number) => crashed(`exit code ${code}`);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const request: WorkerRequest = { id, task };
      worker.postMessage(request);
    });
  }

  /** Stops the worker where it is, for good: the interruption. */
  stop(): Promise<void> {
    this.stopped = true;
    return this.close();
  }

  /**
   * Stops the worker, then removes what it left half-written: its notices posted before it stopped
   * have all arrived by then (a worker's messages are delivered before its exit).
   */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
    for (const temporary of this.temporaries) {
      rmSync(temporary, { force: true });
      trackTemporary(temporary, false);
    }
    this.temporaries.clear();
  }

  private start(): Worker {
    // No inherited options: the worker is the same whether the batch runs under tsx or a test runner.
    const worker = new Worker(this.url, { execArgv: [] });
    // Errors are reported through the task that was running; one between tasks must not end the batch.
    worker.on('error', () => undefined);
    worker.on('message', (message: unknown) => {
      if (!isTemporaryNotice(message)) return;
      if (message.open) this.temporaries.add(message.temporary);
      else this.temporaries.delete(message.temporary);
      trackTemporary(message.temporary, message.open);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
    this.worker = worker;
    return worker;
  }
}
