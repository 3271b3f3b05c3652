/**
 * Writes a file so that readers see either the old file or the whole new one, never a part. Every
 * temporary file is kept in a registry until it is renamed or removed, so that an interrupted run
 * (Ctrl-C, SIGTERM) can remove the ones it has open instead of leaving them beside the outputs.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ByteSink } from '../adapters/xlsxPackage/zipArchive';

/** Raised by a write asked for after abandonTemporaries: the run is stopping. */
export class WritesStoppedError extends Error {
  constructor(target: string) {
    super(`the run was interrupted before ${target} was written`);
    this.name = 'WritesStoppedError';
  }
}

const openTemporaries = new Set<string>();
const writesUnderWay = new Set<Promise<void>>();
let stopped = false;
/** A worker thread's registry is its own: the worker tells its parent through this (batchWorker.ts). */
let temporaryListener: ((temporary: string, open: boolean) => void) | null = null;

/**
 * A temporary file opened (or renamed or removed) by this thread's writes or by a batch worker's,
 * which reports them (batchPool.ts): kept so that removeTemporariesNow removes it.
 */
export function trackTemporary(temporary: string, open: boolean): void {
  if (open) openTemporaries.add(temporary);
  else openTemporaries.delete(temporary);
}

export function reportTemporariesTo(listener: (temporary: string, open: boolean) => void): void {
  temporaryListener = listener;
}

export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  await throughTemp(target, (temp) => writeFile(temp, data));
}

/**
 * The file's bytes handed over piece by piece by `produce` (a package written out as it is
 * made), written into the temp file as they come instead of gathered in memory first.
 */
export async function writeFileAtomicFrom(target: string, produce: (sink: ByteSink) => void): Promise<void> {
  await throughTemp(target, async (temp) => {
    const file = openSync(temp, 'w');
    try {
      produce((bytes) => {
        for (let written = 0; written < bytes.length; ) written += writeSync(file, bytes, written, bytes.length - written);
      });
    } finally {
      closeSync(file);
    }
  });
}

/**
 * Ends this thread's writing: waits for the writes under way (each ends renamed or removed),
 * removes any temporary still registered, and refuses every later write. What an interrupted run
 * calls last, so that nothing half-written stays behind.
 */
export async function abandonTemporaries(): Promise<void> {
  stopped = true;
  while (writesUnderWay.size) await Promise.allSettled([...writesUnderWay]);
  removeTemporariesNow();
}

/**
 * Removes every temporary registered, at once, without waiting for the writes under way, and
 * refuses every later write: for a process about to exit (a second Ctrl-C, an error nothing awaits).
 */
export function removeTemporariesNow(): void {
  stopped = true;
  for (const temporary of openTemporaries) rmSync(temporary, { force: true });
  openTemporaries.clear();
}

function throughTemp(target: string, write: (temp: string) => Promise<void>): Promise<void> {
  if (stopped) return Promise.reject(new WritesStoppedError(target));
  // Same folder as the target, so the rename stays on one file system and is atomic.
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
  const track = (open: boolean) => {
    trackTemporary(temp, open);
    temporaryListener?.(temp, open);
  };
  // Registered before the file exists, so there is no moment when it is on disk and unknown.
  track(true);
  const writing = (async () => {
    try {
      await write(temp);
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    } finally {
      track(false);
    }
  })();
  const settled = writing.then(
    () => undefined,
    () => undefined,
  );
  writesUnderWay.add(settled);
  void settled.then(() => writesUnderWay.delete(settled));
  return writing;
}
