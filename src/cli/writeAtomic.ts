/** Writes a file so that readers see either the old file or the whole new one, never a part. */
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ByteSink } from '../adapters/xlsxPackage/zipArchive';

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

async function throughTemp(target: string, write: (temp: string) => Promise<void>): Promise<void> {
  // Same folder as the target, so the rename stays on one file system and is atomic.
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    await write(temp);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
