import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCellAddress } from '../../src/core/address';
import type { Report } from '../../src/core/report';
import type { CheckSettings } from '../../src/core/settings';
import type { CellRange, CellValue, SheetSnapshot } from '../../src/core/snapshot';
import { check, checkAll, settingsWith, sheet, validateReport } from '../helpers/sheets';

// ---- generators --------------------------------------------------------------------------

const headerWords = [
  'STT', 'TT', 'Chỉ tiêu', 'Nội dung', 'ĐVT', 'Đơn vị tính', 'TH 2022', 'KH 2023', 'TH 2023', 'KH 2024', 'Thực hiện',
  'Kế hoạch', 'Ước thực hiện', 'ƯTH 2023', 'Cùng kỳ', 'Năm 2023', 'So sánh (%)', 'Ước TH/KH', 'TH 2020 so với KH (%)',
  'Ước TH 2023/TH 2022', 'Ghi chú', 'Toàn huyện', 'Xã Ka Đô', 'A', 'B', 'C', '1', '2', '3', '4=3/2', '5=3/1',
];
const labelWords = [
  'Chia ra:', 'Trong đó:', 'Chia ra: - BHXH bắt buộc', 'Trong đó: có bằng cấp, chứng chỉ', 'Bao gồm:', 'Gồm', 'Phân theo',
  '- Diện tích', '+ Lúa', '* Ngô', '1.Cây lương thực', 'I.Diện tích', 'a) Lao động nữ', 'Cơ cấu lao động', 'Tỷ lệ hộ nghèo',
  'Tỷ lệ thất nghiệp', 'Mức giảm tỷ lệ hộ nghèo', 'Cai nghiện ma túy', 'Trong độ tuổi lao động', 'Tạo việc làm (nghìn người)',
  'Kinh phí (triệu đồng)', 'Đơn vị tính: Người', 'KẾT QUẢ THỰC HIỆN NĂM 2020', '   Thụt lề', 'ChØ tiªu',
];
const unitWords = ['người', '%', 'triệu đồng', 'tỷ đồng', 'Ha', 'Tạ/Ha', 'lượt người', 'suất', 'hộ', 'xã, phường', '‰', ''];
const figureTexts = [
  '13.225', '101,28', '1,0128', '1,234.5', '1.234,5', '04', '<3', 'dưới 1', 'trên 4.730', 'khoảng 237', '≥ 75', 'từ 3 trở lên',
  '120-150', '60-62', '21.567/21.500', '(còn 1,86%)', '-', 'x', '', ' ', '1e5', '0', '-5', '100%',
];
const codes = ['A', 'B', 'I', 'II', 'IV', '1', '2', '1.1', '1.2.3', 'a', 'b', '-', '+', '*', '•'];

const numberCell = fc.oneof(
  fc.integer({ min: -1_000_000, max: 10_000_000 }),
  fc.double({ min: -1e6, max: 1e7, noNaN: true }),
  fc.constantFrom(0, 0.73, 43.7, 44.2, 43.4, 131.3, 900, 715, 200, 1e15, Number.NaN, Number.POSITIVE_INFINITY),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: numberCell },
  { weight: 2, arbitrary: fc.constantFrom(...figureTexts) },
  { weight: 2, arbitrary: fc.constantFrom(...headerWords) },
  { weight: 2, arbitrary: fc.constantFrom(...labelWords) },
  { weight: 1, arbitrary: fc.constantFrom(...unitWords) },
  { weight: 1, arbitrary: fc.constantFrom(...codes) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom({ error: '#N/A' }, { error: '#DIV/0!' }, { error: '#REF!' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** A header row that the layout finder will take, so generated grids reach the rules too. */
const headerRow = fc
  .shuffledSubarray(['TH 2022', 'KH 2023', 'TH 2023', 'Ước TH/KH', 'TH 2023/TH 2022 (%)', 'KH 2024', 'Ghi chú'], { minLength: 1 })
  .map((figures): CellValue[] => ['STT', 'Chỉ tiêu', 'ĐVT', ...figures]);

/** A data row shaped like an indicator row: code, label, unit, then figures. */
const dataRow = fc
  .tuple(
    fc.oneof(fc.constant(null), fc.constantFrom(...codes)),
    fc.oneof(fc.constantFrom(...labelWords), fc.constant('Số lao động được giải quyết việc làm')),
    fc.constantFrom(...unitWords),
    fc.array(
      fc.oneof(
        // Small whole numbers, so that parts add up to their totals often enough to matter.
        { weight: 4, arbitrary: fc.integer({ min: 0, max: 12 }) },
        { weight: 2, arbitrary: numberCell },
        { weight: 1, arbitrary: fc.constantFrom(...figureTexts) },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
      { maxLength: 7 },
    ),
  )
  .map(([code, label, unit, figures]): CellValue[] => [code, label, unit, ...figures]);

const rawGrid = fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 14 });
const tableGrid = fc
  .tuple(
    fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 4 }),
    headerRow,
    fc.array(fc.oneof({ weight: 4, arbitrary: dataRow }, { weight: 1, arbitrary: fc.array(cell, { maxLength: 10 }) }), { maxLength: 14 }),
  )
  .map(([above, header, rows]) => [...above, header, ...rows]);
const grid = fc.oneof({ weight: 1, arbitrary: rawGrid }, { weight: 3, arbitrary: tableGrid });

const origin = fc.record({ row: fc.integer({ min: 1, max: 1_000 }), column: fc.integer({ min: 1, max: 60 }) });

interface GeneratedSheet {
  readonly snapshot: SheetSnapshot;
}

/** Arbitrary merges inside the grid, overlapping or not, and formats, formulas and indents on random cells. */
function decorated(name: string): fc.Arbitrary<GeneratedSheet> {
  return fc.tuple(grid, origin).chain(([values, at]) => {
    const height = values.length;
    const width = values.reduce((max, row) => Math.max(max, row.length), 0);
    if (height === 0 || width === 0) return fc.constant({ snapshot: sheet(name, values, { origin: at }) });
    const rowIn = fc.integer({ min: at.row, max: at.row + height - 1 });
    const columnIn = fc.integer({ min: at.column, max: at.column + width - 1 });
    const address = fc.tuple(rowIn, columnIn).map(([r, c]) => `${columnLetters(c)}${r}`);
    const merge = fc.tuple(rowIn, rowIn, columnIn, columnIn).map(
      ([r1, r2, c1, c2]): CellRange => ({ top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) }),
    );
    return fc
      .record({
        merges: fc.array(merge, { maxLength: 5 }),
        numberFormats: fc.dictionary(address, fc.constantFrom('0%', '0.0%', '#,##0', '#,##0.00', 'General', '@', '0.00;(0.00);"-"'), { maxKeys: 6 }),
        formulas: fc.dictionary(
          address,
          fc.constantFrom('=SUM(E3:E4)', '=E3+E4', '=F2/E2*100', "='Sheet 2'!E5", '=SUM(A1:Z100)', '=E3', '=IFERROR(E3/E4,0)'),
          { maxKeys: 6 },
        ),
        indents: fc.dictionary(address, fc.integer({ min: 0, max: 4 }), { maxKeys: 6 }),
      })
      .map((options) => ({ snapshot: sheet(name, values, { origin: at, ...options }) }));
  });
}

const settings: fc.Arbitrary<CheckSettings> = fc
  .record({
    language: fc.constantFrom('vi' as const, 'en' as const),
    achievedThreshold: fc.integer({ min: 50, max: 120 }),
    nearlyThreshold: fc.integer({ min: 0, max: 100 }),
    extraToleranceDigits: fc.integer({ min: 0, max: 3 }),
  })
  .map((s) => settingsWith(s));

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

// ---- properties --------------------------------------------------------------------------

/** Every finding's cell and every indicator's row lie inside the sheet it names, on a row that holds something. */
function expectInside(report: Report, snapshots: readonly SheetSnapshot[]): void {
  const byName = new Map(snapshots.map((s) => [s.name, s]));
  const holds = (s: SheetSnapshot, row: number) => (s.values[row - s.origin.row] ?? []).some((v) => v !== null && v !== '');
  for (const finding of report.findings) {
    const s = byName.get(finding.sheet)!;
    const width = s.values.reduce((max, r) => Math.max(max, r.length), 0);
    const at = parseCellAddress(finding.cell);
    expect(at, finding.cell).not.toBeNull();
    expect(at!.row).toBe(finding.row);
    expect(at!.row).toBeGreaterThanOrEqual(s.origin.row);
    expect(at!.row).toBeLessThan(s.origin.row + s.values.length);
    expect(at!.column).toBeGreaterThanOrEqual(s.origin.column);
    expect(at!.column).toBeLessThan(s.origin.column + width);
    expect(finding.message.length).toBeGreaterThan(0);
  }
  for (const indicator of report.indicators) {
    const s = byName.get(indicator.sheet)!;
    expect(holds(s, indicator.row), `${indicator.sheet}!${indicator.row}`).toBe(true);
    if (indicator.parentRow !== null) {
      expect(indicator.parentRow).toBeLessThan(indicator.row);
      expect(holds(s, indicator.parentRow)).toBe(true);
    }
  }
  for (const result of report.sheets) {
    if (result.status === 'skipped') expect(result.reason?.length).toBeGreaterThan(0);
  }
}

describe('the check on arbitrary sheets', () => {
  it('never throws, and points only at cells and rows inside the sheet', () => {
    fc.assert(
      fc.property(decorated('Biểu 01'), settings, ({ snapshot }, s) => {
        const result = check(snapshot, s);
        expectInside({ version: 1, workbook: 'x', sheets: [result.sheet], indicators: result.indicators, findings: result.findings }, [snapshot]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a workbook report that follows report.schema.json, never changes the snapshots, and gives the same report twice', () => {
    fc.assert(
      fc.property(fc.tuple(decorated('Biểu 01'), decorated('Biểu 02'), decorated("Sheet 'x'")), settings, (sheets, s) => {
        const snapshots = sheets.map((g) => g.snapshot);
        const before = JSON.stringify(snapshots);
        const report = checkAll('bao-cao.xlsx', snapshots, s);
        expect(validateReport(report)).toEqual([]);
        expectInside(report, snapshots);
        expect(JSON.stringify(snapshots)).toBe(before);
        expect(checkAll('bao-cao.xlsx', snapshots, s)).toEqual(report);
      }),
      { numRuns: 150 },
    );
  });
});
