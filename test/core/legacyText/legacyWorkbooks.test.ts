/**
 * A sample workbook typed in TCVN3 or VNI checks exactly as its Unicode original: the same
 * indicators with the same (decoded) labels, the same findings, the same Summary and Findings
 * sheets; with the legacy fonts, and with the fonts gone (the characters alone tell).
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbookFile } from '../../../src/adapters/exceljs/loadWorkbook';
import { readSnapshots } from '../../../src/adapters/exceljs/readWorkbook';
import { checkWorkbook, wordResult } from '../../../src/core';
import type { WordedResult } from '../../../src/core/model';
import { defaultSettings } from '../../../src/core/settings';
import { buildSummaryPlan } from '../../../src/summaryPlan';
import { legacyCopy } from '../../helpers/legacyEncoding';
import { fixturesDir } from '../../helpers/workbooks';

const file = 'thai-nguyen-2023.xlsx';
const resultOf = (workbook: ExcelJS.Workbook): WordedResult => wordResult(checkWorkbook({ name: file, sheets: readSnapshots(workbook) }, defaultSettings), 'vi');
const planOf = (result: WordedResult) => buildSummaryPlan(result, { existingSheetNames: [], checkedAt: new Date(Date.UTC(2024, 0, 15)) });

describe(`legacy copies of ${file}`, () => {
  let original: ExcelJS.Workbook;
  let expected: WordedResult;
  beforeAll(async () => {
    original = await loadWorkbookFile(path.join(fixturesDir, file));
    expected = resultOf(original);
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

    const result = resultOf(copy);
    expect(result.report.indicators.length).toBeGreaterThan(10);
    expect(result.report).toEqual(expected.report);
    expect(planOf(result)).toEqual(planOf(expected));
  });
});
