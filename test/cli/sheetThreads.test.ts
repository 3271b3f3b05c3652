/**
 * A large workbook's sheets read and checked on several threads: the work is split by the sheets'
 * XML, the result is the one a single thread gives, and a sheet a worker cannot read fails the run
 * as the reader would.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryText, newEntry, readZip, writeZip } from '../../src/adapters/xlsxPackage/zipArchive';
import { openXlsxPackage } from '../../src/adapters/xlsxReader/readXlsx';
import { runCheck } from '../../src/cli/runCheck';
import { checkOnThreads, SheetWorkError, sheetThreadCount, splitSheets } from '../../src/cli/sheetThreads';
import { checkWorkbook } from '../../src/core';
import { defaultSettings } from '../../src/core/settings';
import { tempFolder } from '../helpers/workbooks';

const fixtures = path.resolve(__dirname, '../fixtures');
const sheetsOf = (...sizes: number[]) => sizes.map((xmlSize, i) => ({ name: `Biểu ${i + 1}`, xmlSize }));
const MB = 1024 * 1024;

describe('splitting a workbook between threads', () => {
  it('gives each thread a run of sheets in order, of about equal XML', () => {
    expect(splitSheets(sheetsOf(10, 10, 10, 10), 2)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(splitSheets(sheetsOf(100, 1, 1), 2)).toEqual([[0], [1, 2]]);
    expect(splitSheets(sheetsOf(5, 5, 5, 5, 5, 5), 3)).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
  });

  it('never gives a thread nothing to do', () => {
    expect(splitSheets(sheetsOf(5), 3)).toEqual([[0]]);
    expect(splitSheets(sheetsOf(1, 100), 2)).toEqual([[0], [1]]);
  });

  it('splits only a large workbook, a thread for every two cores, a few at most', () => {
    expect(sheetThreadCount(sheetsOf(MB, MB), 8)).toBe(1);
    expect(sheetThreadCount(sheetsOf(20 * MB, 20 * MB), 2)).toBe(1);
    expect(sheetThreadCount(sheetsOf(20 * MB, 20 * MB), 4)).toBe(2);
    expect(sheetThreadCount(sheetsOf(20 * MB, 20 * MB), 8)).toBe(2);
    expect(sheetThreadCount(sheetsOf(...Array<number>(10).fill(4 * MB)), 6)).toBe(3);
    expect(sheetThreadCount(sheetsOf(...Array<number>(10).fill(4 * MB)), 16)).toBe(4);
  });
});

const file = path.join(fixtures, 'real/gso-kinh-te-xa-hoi-2023-12.xlsx');
const bytes = new Uint8Array(readFileSync(file));

/** The fixture with its last sheet's XML cut short. */
function withLastSheetBroken(): Uint8Array {
  const entries = readZip(bytes);
  const sheetNumber = (name: string) => Number(/\d+/.exec(name)![0]);
  const sheetPaths = entries.map((entry) => entry.name).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  const last = sheetPaths.sort((a, b) => sheetNumber(a) - sheetNumber(b)).at(-1)!;
  return writeZip(entries.map((entry) => (entry.name === last ? newEntry(entry.name, entryText(entry).slice(0, 200)) : entry)));
}

describe('checking on threads', () => {
  it('gives the result of checking the workbook on one thread', async () => {
    const opened = openXlsxPackage(bytes);
    const result = await checkOnThreads({ workbookName: 'gso.xlsx', bytes, opened, settings: defaultSettings, threads: 3 });
    const sheets = opened.worksheets.map((_, index) => opened.readSheet(index));
    expect(result).toEqual(checkWorkbook({ name: 'gso.xlsx', sheets }, defaultSettings));
  }, 30_000);

  it('fails as reading fails when a worker cannot read its sheet', async () => {
    const broken = withLastSheetBroken();
    const opened = openXlsxPackage(broken);
    const failure = await checkOnThreads({ workbookName: 'gso.xlsx', bytes: broken, opened, settings: defaultSettings, threads: 2 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SheetWorkError);
    expect((failure as SheetWorkError).failure).toMatchObject({ step: 'read', problem: { unsupported: false } });
    // The same words the reader has for the sheet on one thread.
    expect(() => opened.readSheet(opened.worksheets.length - 1)).toThrow((failure as SheetWorkError).message);
  }, 30_000);
});

describe('the command line with the real engine, a sheet at a time', () => {
  let temp: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    temp = tempFolder();
  });
  afterEach(() => temp.remove());
  const checkedAt = new Date(2024, 4, 20);
  const unused = () => {
    throw new Error('the real engine checks, not this');
  };

  it('reports what checking the sheets read whole reports', async () => {
    const out = path.join(temp.dir, 'out.xlsx');
    const sheetAtATime = await runCheck({ input: file, out, language: 'vi', checkedAt, sheetThreads: 2 }, unused);
    const whole = await runCheck({ input: file, out, language: 'vi', checkedAt }, checkWorkbook);
    expect(sheetAtATime.ok && whole.ok).toBe(true);
    expect(sheetAtATime.ok && sheetAtATime.report).toEqual(whole.ok && whole.report);
  }, 30_000);

  it('refuses a sheet it cannot read as the reader does, writing nothing', async () => {
    const input = path.join(temp.dir, 'hong.xlsx');
    writeFileSync(input, withLastSheetBroken());
    const out = path.join(temp.dir, 'out.xlsx');
    const sheetAtATime = await runCheck({ input, out, language: 'vi', checkedAt, sheetThreads: 2 }, unused);
    const whole = await runCheck({ input, out, language: 'vi', checkedAt }, checkWorkbook);
    expect(whole).toMatchObject({ ok: false, exitCode: 2 });
    expect(sheetAtATime).toEqual(whole);
    expect(existsSync(out)).toBe(false);
  });
});
