// Entry point of a batch worker thread. On Node 20, a worker does not get tsx through
// `execArgv: ['--import', 'tsx']` (its module hooks do not reach the worker's entry point), so the
// worker registers tsx itself, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./batchWorker.ts');
