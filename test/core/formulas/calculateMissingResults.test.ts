/**
 * Formulas saved without their results, read through the command line's reader: the check
 * calculates them, and says which figures it could not read instead of reading them as zero.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSnapshots } from '../../../src/adapters/exceljs/readWorkbook';
import type { Report } from '../../../src/core/report';
import { checkAll, findingKeys, indicatorAt } from '../../helpers/sheets';
import { cachedResults, quangNinhFormulas, quangNinhSheet, quangNinhWithFormulas, withoutCachedResults } from '../../helpers/uncalculated';
import { fixturesDir, readWorkbook } from '../../helpers/workbooks';

const reportOf = (workbook: ExcelJS.Workbook, language: 'vi' | 'en' = 'vi'): Report => checkAll('quang-ninh-2020.xlsx', readSnapshots(workbook), { language });

describe('the Quảng Ninh 2020 sample with formulas saved without results', () => {
  it('gives the same indicators and findings as with the results Excel would have saved', async () => {
    const cached = reportOf(await quangNinhWithFormulas());
    const stripped = await quangNinhWithFormulas().then(withoutCachedResults);
    expect(cachedResults(stripped)).toBe(0);
    const report = reportOf(stripped);
    expect(report).toEqual(cached);
    expect(report.findings.filter((f) => f.rule === 'unreadable-value')).toEqual([]);
  });

  it('reads the same figures as the sample without formulas', async () => {
    const original = reportOf(await readWorkbook(path.join(fixturesDir, 'quang-ninh-2020.xlsx')));
    const report = reportOf(await quangNinhWithFormulas().then(withoutCachedResults));
    expect(report.indicators).toEqual(original.indicators);
    expect(report.sheets).toEqual(original.sheets);
    expect(findingKeys(report)).toContain('sum-mismatch F23');
  });

  describe('with a part of a total in a formula that cannot be calculated here', () => {
    const formulas = { ...quangNinhFormulas, F25: "VLOOKUP(B25,'Nguồn'!A:B,2,FALSE)" };

    it('reports the cell as unreadable, saying to calculate it in Excel', async () => {
      const report = reportOf(await quangNinhWithFormulas(formulas).then(withoutCachedResults));
      const found = report.findings.filter((f) => f.rule === 'unreadable-value');
      expect(found).toEqual([
        expect.objectContaining({ severity: 'warning', sheet: quangNinhSheet, row: 25, cell: 'F25', column: 'actual', expected: null, found: null }),
      ]);
      expect(found[0]!.message).toContain('chưa có kết quả tính');
      expect(found[0]!.message).toContain("=VLOOKUP(B25,'Nguồn'!A:B,2,FALSE)");
      const english = reportOf(await quangNinhWithFormulas(formulas).then(withoutCachedResults), 'en');
      expect(english.findings.find((f) => f.cell === 'F25')!.message).toMatch(/no calculated result.*open the file in Excel, save it/);
    });

    it('reports the figure as unknown, not zero, and checks no sum against a zero', async () => {
      const report = reportOf(await quangNinhWithFormulas(formulas).then(withoutCachedResults));
      expect(indicatorAt(report, 25)).toMatchObject({ actual: null, percentOfPlan: null, plan: 200 });
      // 900 = 715 + 200 is the sample's real mismatch; with the 200 unknown the sum is unknown too.
      expect(findingKeys(report)).not.toContain('sum-mismatch F23');
      // F23 stays typed among totals that are formulas (F14, F19): that warning is the sheet's, not the unknown part's.
      expect(report.findings.filter((f) => f.row === 23 || f.row === 25).map((f) => `${f.rule} ${f.cell}`)).toEqual([
        'formula-omits-row F23',
        'unreadable-value F25',
      ]);
    });

    it('leaves a total reading the unknown part unknown as well', async () => {
      const withTotal = { ...formulas, F23: 'SUM(F24:F25)' };
      const report = reportOf(await quangNinhWithFormulas(withTotal).then(withoutCachedResults));
      expect(indicatorAt(report, 23).actual).toBeNull();
      expect(report.findings.filter((f) => f.rule === 'unreadable-value').map((f) => f.cell)).toEqual(['F23', 'F25']);
    });
  });
});

describe('a header year computed by a formula saved without its result', () => {
  it('reads ="TH "&($BX$1-1) as TH 2019 when BX1 holds 2020', async () => {
    const workbook = new ExcelJS.Workbook();
    const worksheet = workbook.addWorksheet('Biểu 01');
    worksheet.getCell('BX1').value = 2020;
    worksheet.getRow(2).values = ['STT', 'Chỉ tiêu', 'ĐVT'];
    worksheet.getCell('D2').value = { formula: '"TH "&($BX$1-1)', result: undefined };
    worksheet.getCell('E2').value = { formula: '"KH "&$BX$1', result: undefined };
    worksheet.getCell('F2').value = { formula: '"TH "&$BX$1', result: undefined };
    worksheet.getRow(3).values = ['1', 'Tạo việc làm tăng thêm', 'người', 1000, 1200, 1100];
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(await workbook.xlsx.writeBuffer());

    const report = checkAll('nam.xlsx', readSnapshots(copy));
    expect(report.sheets[0]).toMatchObject({ status: 'checked', columns: { prior: 'D', plan: 'E', actual: 'F' } });
    expect(indicatorAt(report, 3)).toMatchObject({ prior: 1000, plan: 1200, actual: 1100, yoyPercent: 10 });
  });
});
