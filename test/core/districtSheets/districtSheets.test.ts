/**
 * One sheet per commune plus a total sheet, split from the real district table (see
 * test/helpers/districtSheets.ts): the check finds the set and its total sheet, lines the
 * indicators up, and reports sheet-total-mismatch where the total differs from the communes' sum.
 * The expectation is computed here from the raw cells, not through the engine.
 */
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSnapshots } from '../../../src/adapters/exceljs/readWorkbook';
import { columnLetter } from '../../../src/core/address';
import { checkWorkbook, wordResult } from '../../../src/core';
import type { WordedResult } from '../../../src/core/model';
import type { Report } from '../../../src/core/report';
import { defaultSettings } from '../../../src/core/settings';
import { buildSummaryPlan } from '../../../src/summaryPlan';
import { districtWorkbook, totalSheetName, type DistrictWorkbook } from '../../helpers/districtSheets';
import { checkAll, findingsOf, sheet, validateReport } from '../../helpers/sheets';
import { roundTrip } from '../../helpers/workbooks';

const FIRST_DATA_ROW = 8;
/** prior, plan, actual in every split sheet. */
const FIGURE_COLUMNS = [4, 5, 6];
/** Units whose whole figures count things one by one: exact, no rounding tolerance. */
const discreteUnits = new Set(['con', 'đàn', 'hộp', 'lượt']);

async function resultOf(split: DistrictWorkbook, language: 'vi' | 'en' = 'vi'): Promise<WordedResult> {
  return wordResult(checkWorkbook({ name: 'districts.xlsx', sheets: readSnapshots(await roundTrip(split.workbook)) }, { ...defaultSettings, language }), language);
}

async function reportOf(split: DistrictWorkbook, language: 'vi' | 'en' = 'vi'): Promise<Report> {
  return (await resultOf(split, language)).report;
}

function decimalsOf(value: number): number {
  return (String(value).split('.')[1] ?? '').length;
}

/**
 * "sheet-total-mismatch F10" for every cell of the total sheet whose figure differs from the sum
 * of the communes' figures, in rows whose own unit adds up (no "/" and no "%": never Tạ/Ha).
 * Tolerance: half a unit of the last decimal of each commune's figure, none for whole counts.
 */
function expectedMismatches(split: DistrictWorkbook): string[] {
  const [total, ...communes] = split.groups.map((group) => split.workbook.getWorksheet(group.sheet)!);
  const keys: string[] = [];
  for (let row = FIRST_DATA_ROW; row <= total!.rowCount; row++) {
    const unit = String(total!.getCell(row, 3).value ?? '').trim().toLowerCase();
    if (unit === '' || unit.includes('/') || unit.includes('%')) continue;
    for (const column of FIGURE_COLUMNS) {
      const stated = total!.getCell(row, column).value;
      const parts = communes.map((sheet) => sheet.getCell(row, column).value);
      if (typeof stated !== 'number' || !parts.every((part): part is number => typeof part === 'number')) continue;
      const sum = parts.reduce((a, b) => a + b, 0);
      const exact = discreteUnits.has(unit) && [stated, ...parts].every(Number.isInteger);
      const tolerance = exact ? 0 : parts.reduce((t, part) => t + 0.5 / 10 ** decimalsOf(part), 0);
      if (Math.abs(stated - sum) > tolerance + 1e-9 * Math.max(1, Math.abs(sum))) keys.push(`sheet-total-mismatch ${columnLetter(column)}${row}`);
    }
  }
  return keys.sort();
}

function sheetTotalKeys(report: Report): string[] {
  return findingsOf(report, 'sheet-total-mismatch')
    .map((f) => `${f.rule} ${f.cell}`)
    .sort();
}

function setCell(workbook: ExcelJS.Workbook, sheet: string, address: string, value: number): void {
  workbook.getWorksheet(sheet)!.getCell(address).value = value;
}

describe('one sheet per commune plus a total sheet (the real Đơn Dương table, split)', () => {
  it('finds the set, takes "Toàn huyện" as the total and lines up the indicators', async () => {
    const split = await districtWorkbook();
    const { report, districtSets } = await resultOf(split);
    expect(validateReport(report)).toEqual([]);
    const communes = split.groups.slice(1).map((group) => group.sheet);
    expect(communes).toHaveLength(10);
    const [set, ...others] = districtSets;
    expect(others).toEqual([]);
    expect(set!.totalSheet).toBe(totalSheetName);
    expect(set!.districtSheets).toEqual(communes);
    // Every indicator of the total sheet has its commune rows; the split keeps rows, so they line up by row.
    const totals = report.indicators.filter((i) => i.sheet === totalSheetName);
    expect(set!.indicators.map((m) => m.total)).toEqual(totals);
    for (const { total, districts } of set!.indicators) {
      for (const district of districts) if (district) expect([district.row, district.label]).toEqual([total.row, total.label]);
    }
    // Rows that are headings with zeros on a commune's sheet are no indicator there; all others are complete.
    expect(set!.indicators.filter((m) => m.districts.every(Boolean)).length).toBeGreaterThan(190);
  });

  it('reports sheet-total-mismatch exactly where the real total differs from the communes\' sum', async () => {
    const split = await districtWorkbook();
    const report = await reportOf(split);
    // The published table adds up: the district's totals are the communes' sums, every figure.
    expect(expectedMismatches(split)).toEqual([]);
    expect(sheetTotalKeys(report)).toEqual(expectedMismatches(split));
  });

  it('finds planted differences at the total sheet\'s cell, and never adds yields', async () => {
    const split = await districtWorkbook();
    const { workbook } = split;
    setCell(workbook, totalSheetName, 'F10', 1716.2); // Cây lương thực có hạt, Ha: the communes make 1.706,2
    setCell(workbook, totalSheetName, 'F196', 234); // Đàn trâu, Con: 168 + 65 = 233, whole heads are exact
    setCell(workbook, 'Xã Lạc Xuân', 'D201', 700); // Heo, TH 2019: the commune's 692 typed as 700
    setCell(workbook, 'Xã Tu Tra', 'F13', 9); // Năng suất củ năng, Tạ/Ha: a yield never adds up
    setCell(workbook, totalSheetName, 'E21', 99); // Năng suất lúa hè thu, Tạ/Ha, on the total sheet

    const report = await reportOf(split);
    expect(validateReport(report)).toEqual([]);
    expect(sheetTotalKeys(report)).toEqual(['sheet-total-mismatch D201', 'sheet-total-mismatch F10', 'sheet-total-mismatch F196']);
    expect(sheetTotalKeys(report)).toEqual(expectedMismatches(split));
    const yieldRows = new Set(report.indicators.filter((i) => i.sheet === totalSheetName && i.unit === 'Tạ/Ha').map((i) => i.row));
    expect(yieldRows.size).toBeGreaterThan(30);
    expect(findingsOf(report, 'sheet-total-mismatch').filter((f) => yieldRows.has(f.row))).toEqual([]);

    const [rice, buffalo, pigs] = findingsOf(report, 'sheet-total-mismatch').sort((a, b) => a.row - b.row);
    expect(rice).toMatchObject({ severity: 'error', sheet: totalSheetName, row: 10, column: 'actual', expected: 1706.2, found: 1716.2 });
    expect(rice!.message).toBe(
      'Tổng của 10 trang đơn vị (huyện, xã) là 1.706,2, khác số 1.716,2 ở ô F10 trang "Toàn huyện": kiểm tra lại số của trang tổng hoặc của các trang đơn vị.',
    );
    expect(buffalo).toMatchObject({ row: 196, column: 'actual', expected: 233, found: 234 });
    expect(pigs).toMatchObject({ row: 201, column: 'prior', expected: 700, found: 692 });
    const english = findingsOf(await reportOf(split, 'en'), 'sheet-total-mismatch').find((f) => f.cell === 'F196');
    expect(english!.message).toBe('The 10 district sheets add up to 233, not the 234 in F196 on "Toàn huyện": check the total sheet or the district sheets.');
  });

  it('plans a sheet by district with each commune\'s actual, the total and the sum, linked to the sheets', async () => {
    const split = await districtWorkbook();
    setCell(split.workbook, totalSheetName, 'F10', 1716.2);
    const result = await resultOf(split);
    const { report } = result;
    const plan = buildSummaryPlan(result, { existingSheetNames: split.groups.map((g) => g.sheet), checkedAt: new Date(2024, 2, 1) });
    expect(plan.sheets.map((sheet) => [sheet.kind, sheet.name])).toEqual([
      ['summary', 'Tổng hợp'],
      ['districts', 'Theo địa bàn'],
      ['findings', 'Kiểm tra'],
    ]);
    const sheet = plan.sheets[1]!;
    const header = sheet.rows[sheet.headerRow - 1]!.map((cell) => cell.value);
    expect(header.slice(0, 4)).toEqual(['Chỉ tiêu', 'Đơn vị tính', "Thị Trấn D'ran: thực hiện", "Thị Trấn D'ran: TH/KH (%)"]);
    expect(header.slice(-2)).toEqual(['Toàn huyện (trang tổng): thực hiện', 'Cộng các địa bàn']);
    expect(sheet.rows[sheet.headerRow - 1]![2]!.link).toEqual({ sheet: "Thị Trấn D'ran", row: 4, column: 2 });

    const row10 = sheet.rows.find((cells) => cells[0]?.link?.row === 10 && cells[0].link.sheet === totalSheetName)!;
    expect(row10[0]).toMatchObject({ value: 'Cây lương thực có hạt', link: { sheet: totalSheetName, row: 10, column: 2 } });
    expect(row10[1]!.value).toBe('Ha');
    // Thạnh Mỹ: 133,5 of a plan of 162.
    expect(row10[4]!.value).toBe(133.5);
    expect(row10[5]!.value).toBeCloseTo((133.5 / 162) * 100, 6);
    expect(row10.slice(-2).map((cell) => cell.value)).toEqual([1716.2, 1706.2]);
    // A yield has no sum.
    const yieldRow = sheet.rows.find((cells) => cells[0]?.link?.row === 13)!;
    expect(yieldRow.at(-1)!.value).toBeNull();
    expect(sheet.table).toEqual({ top: 4, left: 1, bottom: 4 + report.indicators.filter((i) => i.sheet === totalSheetName).length, right: header.length });
  });

  it('without a total\'s name, takes the sheet whose figures are the others\' sum; without a total, no set', async () => {
    const split = await districtWorkbook();
    split.workbook.getWorksheet(totalSheetName)!.name = 'Xã Mới';
    expect((await resultOf(split)).districtSets.map((set) => set.totalSheet)).toEqual(['Xã Mới']);

    // Communes alone share their indicators, but none is the sum of the others: no finding, no sheet.
    split.workbook.removeWorksheet(split.workbook.getWorksheet('Xã Mới')!.id);
    const communesOnly = await resultOf(split);
    expect(communesOnly.districtSets).toEqual([]);
    expect(findingsOf(communesOnly.report, 'sheet-total-mismatch')).toEqual([]);
  });
});

describe('a total sheet of several tables', () => {
  /** Two tables: the first with its actual in F, the second moved one column right (actual in G). */
  const twoTables = (name: string, scale: number, sownActual = 110 * scale) =>
    sheet(name, [
      ['Biểu 1: Chăn nuôi'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'TH 2020'],
      ['1', 'Tổng đàn bò', 'con', 200 * scale, 210 * scale, 205 * scale],
      ['2', 'Tổng đàn lợn', 'con', 900 * scale, 950 * scale, 940 * scale],
      [],
      [null, 'Biểu 2: Trồng trọt'],
      [null, 'STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'TH 2020'],
      [null, '1', 'Diện tích lúa', 'ha', 100 * scale, 105 * scale, sownActual],
      [null, '2', 'Diện tích ngô', 'ha', 40 * scale, 45 * scale, 44 * scale],
    ]);

  it('reports a sheet-total-mismatch at the cell of the table the row is in', () => {
    const report = checkAll('districts.xlsx', [twoTables('Toàn huyện', 3, 335), twoTables('Xã Một', 1), twoTables('Xã Hai', 2)]);
    expect(sheetTotalKeys(report)).toEqual(['sheet-total-mismatch G8']);
    expect(findingsOf(report, 'sheet-total-mismatch')[0]).toMatchObject({ sheet: 'Toàn huyện', row: 8, column: 'actual', expected: 330, found: 335 });
  });
});

describe('a total sheet only with evidence from its figures', () => {
  const labels = [
    ['Tổng đàn bò', 'con'],
    ['Tổng đàn lợn', 'con'],
    ['Diện tích lúa', 'ha'],
    ['Diện tích ngô', 'ha'],
  ] as const;
  /** One sheet of the four indicators, each row's TH 2019, KH 2020, TH 2020 given. */
  const indicatorSheet = (name: string, figures: readonly (readonly [number, number, number])[]) =>
    sheet(name, [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'TH 2020'],
      ...labels.map(([label, unit], i) => [String(i + 1), label, unit, ...figures[i]!]),
    ]);
  const communeOne: [number, number, number][] = [[200, 210, 205], [900, 950, 940], [100, 105, 110], [40, 45, 44]];
  const communeTwo: [number, number, number][] = [[120, 130, 128], [400, 420, 415], [60, 62, 61], [30, 31, 33]];
  const sumOf = (...sheets: [number, number, number][][]) =>
    sheets[0]!.map((row, i) => row.map((_, j) => sheets.reduce((sum, s) => sum + s[i]![j]!, 0)) as [number, number, number]);
  const revised = (figures: [number, number, number][]) => figures.map(([prior, plan, actual]) => [prior, plan, actual + 1] as [number, number, number]);

  it('finds the total sheet by its figures, whatever its name', () => {
    const result = checkWorkbook(
      { name: 'huyen.xlsx', sheets: [indicatorSheet('Biểu 1', communeOne), indicatorSheet('Biểu 2', communeTwo), indicatorSheet('Biểu 3', sumOf(communeOne, communeTwo))] },
      defaultSettings,
    );
    expect(result.districtSets.map((set) => [set.totalSheet, set.districtSheets])).toEqual([['Biểu 3', ['Biểu 1', 'Biểu 2']]]);
  });

  it('takes no "Tổng hợp" for a total when its figures are not the others\' sum: versions of one sheet are no districts', () => {
    const versions = [
      indicatorSheet('Tổng hợp', communeOne),
      indicatorSheet('Tổng hợp (2)', revised(communeOne)),
      indicatorSheet('Bản gửi Sở', communeOne),
      indicatorSheet('Bản cũ', revised(revised(communeOne))),
    ];
    const result = checkWorkbook({ name: 'tinh.xlsx', sheets: versions }, defaultSettings);
    expect(result.districtSets).toEqual([]);
    expect(result.report.findings.filter((f) => f.rule === 'sheet-total-mismatch')).toEqual([]);
  });

  it('takes no total over near-copies, even where the total is their sum', () => {
    const sheets = [indicatorSheet('Toàn huyện', sumOf(communeOne, communeOne)), indicatorSheet('Phương án 1', communeOne), indicatorSheet('Phương án 2', communeOne)];
    expect(checkWorkbook({ name: 'huyen.xlsx', sheets }, defaultSettings).districtSets).toEqual([]);
  });
});
