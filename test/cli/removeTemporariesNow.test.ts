/**
 * A second Ctrl-C (or an error nothing awaits) ends the process at once: removeTemporariesNow must
 * leave no temporary file even while a write is still under way. In a file of its own, as it ends
 * this process's writing.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { removeTemporariesNow, trackTemporary, writeFileAtomicFrom } from '../../src/cli/writeAtomic';
import { tempFolder } from '../helpers/workbooks';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => {
  temp = tempFolder();
});
afterEach(() => temp.remove());

it('removes the temporaries of a write under way and of a batch worker, at once, and refuses later writes', async () => {
  const target = path.join(temp.dir, 'ket-qua.xlsx');
  const workerTemporary = path.join(temp.dir, '.b-checked.xlsx.1234.tmp');
  writeFileSync(workerTemporary, 'half');
  trackTemporary(workerTemporary, true);
  const writing = writeFileAtomicFrom(target, (sink) => {
    sink(new Uint8Array(1024));
    // The second signal, in the middle of the copy being written.
    removeTemporariesNow();
    expect(readdirSync(temp.dir)).toEqual([]);
  }).catch((error: unknown) => error);
  expect(await writing).toBeInstanceOf(Error);
  expect(readdirSync(temp.dir)).toEqual([]);
  expect(await writeFileAtomicFrom(target, () => undefined).catch((error: unknown) => error)).toBeInstanceOf(Error);
  expect(readdirSync(temp.dir)).toEqual([]);
});
