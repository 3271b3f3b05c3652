/** A batch worker thread: checks one file per message, with the real engine, and replies with its counts. */
import { parentPort } from 'node:worker_threads';
import { checkWorkbook } from '../core';
import { checkFileTask, type WorkerReply, type WorkerRequest } from './batchTask';

const port = parentPort;
if (!port) throw new Error('batchWorker.ts runs as a worker thread (see batchPool.ts)');

port.on('message', async ({ id, task }: WorkerRequest) => {
  const reply: WorkerReply = { id, outcome: await checkFileTask(task, checkWorkbook) };
  port.postMessage(reply);
});
