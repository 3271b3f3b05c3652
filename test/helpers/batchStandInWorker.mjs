// Stands in for src/cli/batchWorker.ts in pool tests: no engine, no tsx. A file whose name holds
// "crash" ends the worker thread, "throw" throws out of the handler; any other file is "checked".
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, task }) => {
  if (task.input.includes('crash')) process.exit(3);
  if (task.input.includes('throw')) throw new Error('stand-in exploded');
  const counts = {
    sheetsChecked: 1,
    sheetsSkipped: 0,
    indicators: 2,
    byStatus: { achieved: 1, nearly: 0, missed: 1, noTarget: 0 },
    findings: { error: 1, warning: 0, info: 0 },
  };
  parentPort.postMessage({ id, outcome: { status: 'checked', counts } });
});
