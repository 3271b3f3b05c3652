import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWorkbookBytes, WorkbookLoadError } from '../../../src/adapters/xlsxReader/workbookFile';
import { ENCRYPTED_XLSX_BYTES, LEGACY_XLS_BYTES } from '../../helpers/files';
import { tempFolder } from '../../helpers/workbooks';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => {
  temp = tempFolder();
});
afterEach(() => temp.remove());

async function refusal(file: string, language: 'vi' | 'en' = 'en'): Promise<WorkbookLoadError> {
  const error = await readWorkbookBytes(file, language).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WorkbookLoadError);
  expect((error as WorkbookLoadError).message).toContain(file);
  return error as WorkbookLoadError;
}

describe('readWorkbookBytes refuses an OLE file named .xlsx', () => {
  it('as an .xls in disguise when it holds a Workbook stream', async () => {
    const file = path.join(temp.dir, 'doi-ten.xlsx');
    writeFileSync(file, LEGACY_XLS_BYTES);
    const error = await refusal(file);
    expect(error.problem).toBe('legacy-xls');
    expect(error.message).toContain('save it as .xlsx');
    expect(error.message).not.toContain('password');
  });

  it('as password-protected when it holds an encrypted package', async () => {
    const file = path.join(temp.dir, 'mat-khau.xlsx');
    writeFileSync(file, ENCRYPTED_XLSX_BYTES);
    expect((await refusal(file)).problem).toBe('password-protected');
  });

  it('as an .xls when its directory cannot be read', async () => {
    const file = path.join(temp.dir, 'hong.xlsx');
    writeFileSync(file, ENCRYPTED_XLSX_BYTES.subarray(0, 8));
    expect((await refusal(file)).problem).toBe('legacy-xls');
  });
});

describe('readWorkbookBytes refuses what is not a plain file', () => {
  it('calls a folder a folder', async () => {
    const folder = path.join(temp.dir, 'bieu.xlsx');
    mkdirSync(folder);
    const error = await refusal(folder);
    expect(error.problem).toBe('not-a-file');
    expect(error.message).toContain('is a folder');
  });

  it.skipIf(process.platform === 'win32')('calls a named pipe a pipe, without opening it (which would wait for a writer)', async () => {
    const fifo = path.join(temp.dir, 'ong.xlsx');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const error = await refusal(fifo);
    expect(error.problem).toBe('special-file');
    expect(error.message).toContain('not a regular file');
    expect(error.message).not.toContain('folder');
  });
});
