/** A batch worker thread: checks one file per message, with the real engine, and replies with its counts. */
import { parentPort } from 'node:worker_threads';
import { checkWorkbook } from '../core';
import { checkFileTask, type TemporaryNotice, type WorkerReply, type WorkerRequest } from './batchTask';
import { reportTemporariesTo } from './writeAtomic';

const port = parentPort;
if (!port) throw new Error('batchWorker.ts runs as a worker thread (see batchPool.ts)');

reportTemporariesTo((temporary, open) => {
  const notice: TemporaryNotice = { temporary, open };
  port.postMessage(notice);
});

port.on('message', async ({ id, task }: WorkerRequest) => {
  // A sheet at a time, so a worker holds one sheet's snapshot rather than the whole workbook's; on
  // this thread alone, as the batch's workers already share the cores.
  const reply: WorkerReply = { id, outcome: await checkFileTask(task, checkWorkbook, 1) };
  port.postMessage(reply);
});
