/** A worker thread of checkOnThreads (sheetThreads.ts): reads and checks the sheets it is given, replying with each sheet's check. */
import { parentPort } from 'node:worker_threads';
import { openXlsxPackage } from '../adapters/xlsxReader/readXlsx';
import { startSheetChecks } from '../core';
import { attempt, failureOf, SheetWorkError, type SheetWorkReply, type SheetWorkRequest } from './sheetThreads';

const port = parentPort;
if (!port) throw new Error('sheetWorker.ts runs as a worker thread (see sheetThreads.ts)');

port.once('message', ({ bytes, sheets, settings }: SheetWorkRequest) => {
  const reply = (message: SheetWorkReply): void => port.postMessage(message);
  try {
    const opened = attempt('read', () => openXlsxPackage(bytes));
    const checkSheet = startSheetChecks(settings, opened.worksheets.map((sheet) => sheet.name));
    for (const index of sheets) {
      const snapshot = attempt('read', () => opened.readSheet(index));
      reply({ kind: 'sheet', index, check: attempt('check', () => checkSheet(snapshot)) });
    }
    reply({ kind: 'done' });
  } catch (error) {
    reply({ kind: 'failed', failure: error instanceof SheetWorkError ? error.failure : failureOf('check', error) });
  }
});
