/** A worker thread of checkOnThreads (sheetThreads.ts): reads and checks the sheets it is given, replying with each sheet's check. */
import { parentPort } from 'node:worker_threads';
import { openXlsxPackage } from '../adapters/xlsxReader/readXlsx';
import { startSheetChecks } from '../core';
import { failureOf, type SheetWorkFailure, type SheetWorkReply, type SheetWorkRequest } from './sheetThreads';

const port = parentPort;
if (!port) throw new Error('sheetWorker.ts runs as a worker thread (see sheetThreads.ts)');

port.once('message', ({ bytes, sheets, settings }: SheetWorkRequest) => {
  const reply = (message: SheetWorkReply): void => port.postMessage(message);
  const fail = (step: SheetWorkFailure['step'], error: unknown): void => reply({ kind: 'failed', failure: failureOf(step, error) });
  let opened: ReturnType<typeof openXlsxPackage>;
  try {
    opened = openXlsxPackage(bytes);
  } catch (error) {
    fail('read', error);
    return;
  }
  const checkSheet = startSheetChecks(settings, opened.worksheets.map((sheet) => sheet.name));
  for (const index of sheets) {
    let snapshot: ReturnType<typeof opened.readSheet>;
    try {
      snapshot = opened.readSheet(index);
    } catch (error) {
      fail('read', error);
      return;
    }
    try {
      reply({ kind: 'sheet', index, check: checkSheet(snapshot) });
    } catch (error) {
      fail('check', error);
      return;
    }
  }
  reply({ kind: 'done' });
});

