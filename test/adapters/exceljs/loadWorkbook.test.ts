import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbookLoadError, loadWorkbookFile } from '../../../src/adapters/exceljs/loadWorkbook';
import { fixturesDir, tempFolder } from '../../helpers/workbooks';
import { ENCRYPTED_XLSX_BYTES, LEGACY_XLS_BYTES } from '../../helpers/files';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => {
  temp = tempFolder();
});
afterEach(() => temp.remove());

async function loadError(file: string, language: 'vi' | 'en' = 'vi'): Promise<WorkbookLoadError> {
  const error = await loadWorkbookFile(file, language).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WorkbookLoadError);
  return error as WorkbookLoadError;
}

describe('loadWorkbookFile', () => {
  it('loads a real workbook', async () => {
    const workbook = await loadWorkbookFile(path.join(fixturesDir, 'thai-nguyen-2023.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Biểu 01']);
  });

  it('says which file is missing', async () => {
    const file = path.join(temp.dir, 'khong-co.xlsx');
    const error = await loadError(file);
    expect(error.problem).toBe('missing');
    expect(error.message).toContain(file);
    expect(error.message).toContain('Không tìm thấy');
  });

  it('tells the user to save an .xls file as .xlsx', async () => {
    const file = path.join(temp.dir, 'bieu cu.xls');
    writeFileSync(file, LEGACY_XLS_BYTES);
    const vi = await loadError(file);
    expect(vi.problem).toBe('legacy-xls');
    expect(vi.message).toContain(file);
    expect(vi.message).toContain('Lưu thành .xlsx');
    expect((await loadError(file, 'en')).message).toContain('save it as .xlsx');
  });

  it('recognises a password-protected .xlsx by its OLE envelope', async () => {
    const file = path.join(temp.dir, 'mat-khau.xlsx');
    writeFileSync(file, ENCRYPTED_XLSX_BYTES);
    const error = await loadError(file, 'en');
    expect(error.problem).toBe('password-protected');
    expect(error.message).toContain(file);
    expect(error.message).toContain('password');
  });

  it('calls random bytes and a broken package corrupt', async () => {
    const random = path.join(temp.dir, 'hong.xlsx');
    writeFileSync(random, Buffer.from('not a workbook at all, just text'));
    const broken = path.join(temp.dir, 'cut.xlsx');
    writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
    for (const file of [random, broken]) {
      const error = await loadError(file);
      expect(error.problem).toBe('corrupt');
      expect(error.message).toContain(file);
      expect(error.message).toContain('bị hỏng');
    }
  });

  it('refuses other file types and folders', async () => {
    const csv = path.join(temp.dir, 'so-lieu.csv');
    writeFileSync(csv, 'a,b\n1,2\n');
    expect((await loadError(csv)).problem).toBe('not-xlsx');
    expect((await loadError(temp.dir)).problem).toBe('not-a-file');
  });
});
