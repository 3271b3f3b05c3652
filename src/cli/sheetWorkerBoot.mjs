// Entry point of a sheet worker thread from the TypeScript sources (tests, tsx): as batchWorkerBoot.mjs,
// the worker registers tsx itself, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./sheetWorker.ts');
