/**
 * A sample workbook typed in TCVN3 or VNI checks exactly as its Unicode original: the same
 * indicators with the same (decoded) labels, the same findings, the same Summary and Findings
 * sheets; with the legacy fonts, and with the fonts gone (the characters alone tell).
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbookFile } from '../../src/adapters/exceljs/loadWorkbook';
import { readSnapshots } from '../../src/adapters/exceljs/readWorkbook';
import type { Report } from '../../src/core/report';
import { buildSummaryPlan } from '../../src/core/summaryPlan';
import { legacyCopy } from '../helpers/legacyEncoding';
import { checkAll } from '../helpers/sheets';
import { fixturesDir } from '../helpers/workbooks';

const file = 'thai-nguyen-2023.xlsx';
const reportOf = (workbook: ExcelJS.Workbook): Report => checkAll(file, readSnapshots(workbook));
const planOf = (report: Report) => buildSummaryPlan(report, { language: 'vi', existingSheetNames: [], checkedAt: new Date(Date.UTC(2024, 0, 15)) });

describe(`legacy copies of ${file}`, () => {
  let original: ExcelJS.Workbook;
  let expected: Report;
  beforeAll(async () => {
    original = await loadWorkbookFile(path.join(fixturesDir, file));
    expected = reportOf(original);
  });

  it.each([
    ['tcvn3', true],
    ['vni', true],
    ['tcvn3', false],
    ['vni', false],
  ] as const)('%s (fonts kept: %s) checks as the Unicode original', async (encoding, fonts) => {
    const copy = await legacyCopy(original, encoding, { fonts });
    const texts = (workbook: ExcelJS.Workbook) => readSnapshots(workbook).flatMap((s) => s.values.flat().filter((v) => typeof v === 'string'));
    const originalTexts = texts(original);
    const encoded = texts(copy).filter((text, i) => text !== originalTexts[i]);
    expect(encoded.length, 'texts encoded').toBeGreaterThan(50);

    const report = reportOf(copy);
    expect(report.indicators.length).toBeGreaterThan(10);
    expect(report).toEqual(expected);
    expect(planOf(report)).toEqual(planOf(expected));
  });
});
