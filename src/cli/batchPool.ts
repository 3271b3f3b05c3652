/**
 * Runs file tasks on worker threads, a few at a time: each worker loads, checks and writes one
 * workbook at a time, so a large workbook never holds up the others and the main thread stays free
 * to draw the progress. A worker that crashes (uncaught error, out of memory, exit) fails only the
 * file it was on; the next file gets a fresh worker.
 */
import { Worker } from 'node:worker_threads';
import { batchText, say } from '../text/strings';
import type { FileOutcome } from './batchReport';
import type { FileTask, WorkerReply, WorkerRequest } from './batchTask';

export interface PoolOptions {
  /** Workers at most (never more than there are tasks). */
  jobs: number;
  /** The worker's entry point; tests pass a stand-in. */
  workerUrl?: URL;
  onStart?: (index: number) => void;
  onDone?: (index: number, outcome: FileOutcome) => void;
}

/**
 * The bundled worker beside the bundle the command line runs from (dist-cli/bin, see
 * scripts/cli-bundle.mjs); from the TypeScript sources (tests, tsx), the boot file that loads tsx.
 */
export const defaultWorkerUrl = import.meta.url.endsWith('.ts')
  ? new URL('./batchWorkerBoot.mjs', import.meta.url)
  : new URL('./batchWorker.mjs', import.meta.url);

/** The outcome of every task, in the order of the tasks. */
export async function runInWorkers(tasks: readonly FileTask[], options: PoolOptions): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(tasks.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    const slot = new WorkerSlot(options.workerUrl ?? defaultWorkerUrl);
    try {
      for (let index = next++; index < tasks.length; index = next++) {
        options.onStart?.(index);
        const outcome = await slot.run(index, tasks[index]!);
        outcomes[index] = outcome;
        options.onDone?.(index, outcome);
      }
    } finally {
      await slot.close();
    }
  };
  const lanes = Math.max(1, Math.min(options.jobs, tasks.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return outcomes;
}

/** One worker thread, started when first needed and again after a crash. */
class WorkerSlot {
  private worker: Worker | null = null;

  constructor(private readonly url: URL) {}

  run(id: number, task: FileTask): Promise<FileOutcome> {
    const worker = this.worker ?? this.start();
    return new Promise((resolve) => {
      const finish = (outcome: FileOutcome) => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(outcome);
      };
      const crashed = (detail: string) => {
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
        finish({ status: 'failed', error: say(task.language, batchText.workerStopped, { path: task.input, detail }) });
      };
      const onMessage = (reply: WorkerReply) => {
        if (reply.id === id) finish(reply.outcome);
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

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Worker {
    // No inherited options: the worker is the same whether the batch runs under tsx or a test runner.
    const worker = new Worker(this.url, { execArgv: [] });
    // Errors are reported through the task that was running; one between tasks must not end the batch.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
    this.worker = worker;
    return worker;
  }
}
