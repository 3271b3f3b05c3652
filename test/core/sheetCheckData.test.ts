/**
 * Sheets checked on another thread come back as data (a structured clone) and join the workbook's
 * check: the result must be the one checkWorkbook gives, the checks across sheets included.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshots } from '../../src/adapters/exceljs/readWorkbook';
import { readXlsxPackage } from '../../src/adapters/xlsxReader/readXlsx';
import { checkWorkbook, startSheetChecks, startWorkbookCheck } from '../../src/core';
import type { SheetSnapshot } from '../../src/core/model';
import { defaultSettings } from '../../src/core/settings';
import { districtWorkbook, totalSheetName } from '../helpers/districtSheets';
import { roundTrip } from '../helpers/workbooks';

const fixtures = path.resolve(__dirname, '../fixtures');

/** Every other sheet checked "elsewhere" and passed back through a structured clone, as a worker thread's would be. */
function checkedInTwoPlaces(name: string, sheets: readonly SheetSnapshot[]) {
  const sheetNames = sheets.map((sheet) => sheet.name);
  const elsewhere = startSheetChecks(defaultSettings, sheetNames);
  const check = startWorkbookCheck(name, defaultSettings, sheetNames);
  sheets.forEach((sheet, index) => {
    if (index % 2 === 1) check.addChecked(structuredClone(elsewhere(sheet)));
    else check.addSheet(sheet);
  });
  return check.finish();
}

describe('sheets checked on another thread', () => {
  it('give the result of checking the workbook in one place, district totals included', async () => {
    const split = await districtWorkbook();
    split.workbook.getWorksheet(totalSheetName)!.getCell('F10').value = 1716.2;
    const sheets = readSnapshots(await roundTrip(split.workbook));
    const together = checkWorkbook({ name: 'districts.xlsx', sheets }, defaultSettings);
    const apart = checkedInTwoPlaces('districts.xlsx', sheets);
    expect(together.report.findings.some((finding) => finding.rule === 'sheet-total-mismatch')).toBe(true);
    expect(apart).toEqual(together);
  });

  it.each(['quang-ninh-2020.xlsx', 'real/ktxh-giaidoan-tinh.xlsx', 'real/gso-kinh-te-xa-hoi-2023-12.xlsx'])('give the same result on %s', (file) => {
    const { sheets } = readXlsxPackage(new Uint8Array(readFileSync(path.join(fixtures, file))));
    expect(checkedInTwoPlaces(file, sheets)).toEqual(checkWorkbook({ name: file, sheets }, defaultSettings));
  });
});
