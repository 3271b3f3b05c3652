import { describe, expect, it } from 'vitest';
import { check, checkAll, findingKeys, header2023, indicatorAt, sheet, type SheetOptions } from '../helpers/sheets';
import type { CellValue } from '../../src/core/snapshot';

const n = null;

/** Rows 1-5: the standard header, then a total of 900 whose parts make 915 (an error at F2). */
const rehab: CellValue[][] = [
  [...header2023],
  ['1', 'Cai nghiện ma túy', 'lượt người', n, 900, 900], // 2
  [n, 'Chia ra: - Cai nghiện tập trung', 'lượt người', n, 700, 715], // 3
  [n, '- Cai nghiện tại cộng đồng', 'lượt người', n, 200, 200], // 4
];

function rehabSheet(options: SheetOptions = {}) {
  return sheet('Biểu 01', rehab, options);
}

describe('checkSheet: what a reader sees', () => {
  it('skips a hidden sheet, and a very hidden one, with its reason', () => {
    const report = checkAll('book.xlsx', [rehabSheet({ visibility: 'hidden' }), sheet('Biểu 02', rehab, { visibility: 'veryHidden' })], { language: 'en' });
    expect(report.sheets.map((s) => [s.status, s.reason])).toEqual([
      ['skipped', 'The sheet is hidden: not checked (ask for hidden content to include it).'],
      ['skipped', 'The sheet is hidden: not checked (ask for hidden content to include it).'],
    ]);
    expect(report.findings).toEqual([]);
  });

  it('checks a hidden sheet when hidden content is asked for', () => {
    const result = check(rehabSheet({ visibility: 'hidden' }), { includeHidden: true });
    expect(result.sheet.status).toBe('checked');
    expect(findingKeys(result)).toContain('sum-mismatch F2');
  });

  it('gives a role to the visible column, not to a hidden one that also fits', () => {
    // D and E are hidden working columns headed like the visible ones after them.
    const rows: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023', 'KH 2023', 'TH 2023'],
      ['1', 'Lao động có việc làm', 'người', 1, 1, 1000, 1050],
    ];
    const result = check(sheet('Biểu 01', rows, { hiddenColumns: ['D', 'E'] }));
    expect(result.sheet).toMatchObject({ status: 'checked', columns: { plan: 'F', actual: 'G' } });
    expect(result.indicators[0]).toMatchObject({ plan: 1000, actual: 1050 });
  });

  it('never takes a hidden row for the header', () => {
    const rows: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2021', 'KH 2022', 'TH 2022'], // 1, hidden: an old header
      ...rehab,
    ];
    const result = check(sheet('Biểu 01', rows, { hiddenRows: [1] }));
    expect(result.sheet).toMatchObject({ status: 'checked', headerRows: [2] });
  });

  it('reads a header on both sides of a hidden row as one header', () => {
    const rows: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2022', 'Năm 2023', null], // 1
      [n, n, n, 'cũ', 'cũ', 'cũ'], // 2, hidden
      [n, n, n, 'Thực hiện', 'Kế hoạch', 'Thực hiện'], // 3
      ['1', 'Lao động có việc làm', 'người', 900, 1000, 1050], // 4
    ];
    const result = check(sheet('Biểu 01', rows, { hiddenRows: [2], merges: ['A1:A3', 'B1:B3', 'C1:C3', 'E1:F1'] }));
    expect(result.sheet).toMatchObject({ status: 'checked', headerRows: [1, 3], columns: { prior: 'D', plan: 'E', actual: 'F' } });
  });

  it('reports nothing on a hidden row, and leaves its indicator out', () => {
    const rows: CellValue[][] = [
      ...rehab,
      ['2', 'Số người được hỗ trợ', 'người', n, 100, 120], // 5
      [n, 'Chia ra: - Nam', 'người', n, 60, 70], // 6
      [n, '- Nữ', 'người', n, 40, 40], // 7
    ];
    const result = check(sheet('Biểu 01', rows, { hiddenRows: [5, 6, 7] }));
    expect(findingKeys(result)).toEqual(['sum-mismatch F2']);
    expect(result.indicators.map((i) => i.row)).toEqual([2, 3, 4]);
  });

  it('reports nothing on a hidden column', () => {
    // G is a hidden stated "vs plan" column whose figures are wrong.
    const rows: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2022', 'KH 2023', 'TH 2023', 'TH/KH (%)'],
      ['1', 'Lao động có việc làm', 'người', 900, 1000, 1050, 90],
    ];
    const shown = check(sheet('Biểu 01', rows, { hiddenColumns: ['G'] }));
    expect(shown.findings).toEqual([]);
    const all = check(sheet('Biểu 01', rows, { hiddenColumns: ['G'] }), { includeHidden: true });
    expect(findingKeys(all)).toEqual(['stated-percent-mismatch G2']);
  });

  it('still checks a visible total against parts in hidden rows', () => {
    const rows: CellValue[][] = [...rehab, ['2', 'Số người được hỗ trợ', 'người', n, 100, 120]];
    const result = check(sheet('Biểu 01', rows, { hiddenRows: [3, 4] }));
    expect(findingKeys(result)).toEqual(['sum-mismatch F2']);
    expect(result.indicators.map((i) => i.row)).toEqual([2, 5]);
  });

  it('takes a hidden row with a bare label inside the table for a working line, not a part', () => {
    const rows: CellValue[][] = [
      [...header2023],
      ['1', 'Số người được hỗ trợ', 'người', n, 100, 120], // 2
      [n, 'Chia ra:', n, n, n, n], // 3
      [n, 'Nam', 'người', n, 60, 70], // 4
      [n, 'Dân số trung bình (để tính tỷ lệ)', 'người', n, 5000, 5000], // 5, hidden
      [n, 'Nữ', 'người', n, 40, 50], // 6
      ['2', 'Số hộ nghèo', 'hộ', n, 30, 25], // 7
    ];
    const result = check(sheet('Biểu 01', rows, { hiddenRows: [5] }));
    expect(result.findings).toEqual([]);
    expect(result.tables[0]!.rows.map((row) => row.row)).toEqual([2, 4, 6, 7]);
    // A total's formula that adds the hidden row makes it a part again.
    const added = check(sheet('Biểu 01', rows, { hiddenRows: [5], formulas: { E2: '=E4+E5+E6', F2: '=F4+F5+F6' } }));
    expect(added.tables[0]!.rows.map((row) => row.row)).toEqual([2, 4, 5, 6, 7]);
  });

  it('does not read hidden rows below the last row shown as rows of the table', () => {
    // Rows 5-7 are a hidden working area under the printed table; row 4 is the last row shown.
    const rows: CellValue[][] = [...rehab, ['2', 'Số người được hỗ trợ', 'người', n, 100, 120], [n, 'Chia ra: - Nam', 'người', n, 60, 70], [n, '- Nữ', 'người', n, 40, 40]];
    const result = check(sheet('Biểu 01', rows, { hiddenRows: [5, 6, 7] }));
    expect(result.tables[0]!.rows.map((row) => row.row)).toEqual([2, 3, 4]);
  });

  it('brings hidden rows back when hidden content is asked for', () => {
    const rows: CellValue[][] = [...rehab, ['2', 'Số người được hỗ trợ', 'người', n, 100, 120], [n, 'Chia ra: - Nam', 'người', n, 60, 70], [n, '- Nữ', 'người', n, 40, 40]];
    const result = check(sheet('Biểu 01', rows, { hiddenRows: [5, 6, 7] }), { includeHidden: true });
    expect(findingKeys(result)).toEqual(['sum-mismatch F2', 'sum-mismatch F5']);
    expect(result.indicators.map((i) => i.row)).toEqual([2, 3, 4, 5, 6, 7]);
  });
});

describe('checkSheet: an actual not yet reported', () => {
  /** Row 2 adds rows 3 and 4 in every column; its actual is a 0 until the parts are typed. */
  const withParts = (nam: CellValue, nu: CellValue) =>
    sheet(
      'Biểu 01',
      [[...header2023], ['1', 'Số người được hỗ trợ', 'người', n, 100, 0], [n, 'Chia ra: - Nam', 'người', n, 60, nam], [n, '- Nữ', 'người', n, 40, nu]],
      { formulas: { E2: '=SUM(E3:E4)', F2: '=SUM(F3:F4)' } },
    );

  it('reads a 0 from a formula over blank cells as not reported, never "missed, 0 % of plan"', () => {
    const indicator = indicatorAt(check(withParts(n, n)), 2);
    expect(indicator).toMatchObject({ actual: null, percentOfPlan: null, status: 'no-target' });
  });

  it('keeps a 0 the parts add up to as a figure', () => {
    const indicator = indicatorAt(check(withParts(0, 0)), 2);
    expect(indicator).toMatchObject({ actual: 0, percentOfPlan: 0, status: 'missed' });
  });
});

describe('checkSheet: the column heading of a finding', () => {
  it("names the header text over the finding's cell, as the sheet shows it", () => {
    const [finding] = check(rehabSheet()).findings;
    expect(finding).toMatchObject({ cell: 'F2', columnHeading: 'TH 2023' });
  });

  it('joins the header rows top to bottom, a merged heading once', () => {
    const rows: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2023', n, n], // 1
      [n, n, n, 'TH 2022', 'KH 2023', 'TH\n2023'], // 2
      ['1', 'Cai nghiện ma túy', 'lượt người', n, 900, 900], // 3
      [n, 'Chia ra: - Cai nghiện tập trung', 'lượt người', n, 700, 715], // 4
      [n, '- Cai nghiện tại cộng đồng', 'lượt người', n, 200, 200], // 5
    ];
    const result = check(sheet('Biểu 01', rows, { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1'] }));
    expect(result.findings.map((f) => [f.cell, f.columnHeading])).toEqual([['F3', 'Năm 2023 / TH 2023']]);
  });
});

describe('checkSheet: heading rows', () => {
  it('gives the rows that head indicators without figures of their own with the table, not as indicators', () => {
    const rows: CellValue[][] = [
      [...header2023],
      ['I', 'LAO ĐỘNG, VIỆC LÀM', n, n, n, n], // 2
      ...rehab.slice(1).map((row) => [...row]), // 3-5
    ];
    const result = check(sheet('Biểu 01', rows));
    expect(result.indicators.map((indicator) => indicator.row)).not.toContain(2);
    expect(result.tables[0]!.sections).toEqual([{ row: 2, code: 'I', label: 'LAO ĐỘNG, VIỆC LÀM', level: expect.any(Number) }]);
    expect(indicatorAt(result, 3)).toMatchObject({ parentRow: 2 });
  });
});

describe('checkSheet: a formula nested deeper than anyone could read', () => {
  it('checks the sheet anyway, the figure read from its cached result', () => {
    const deep = `=${'('.repeat(4_000)}900${')'.repeat(4_000)}`;
    const result = check(rehabSheet({ formulas: { E2: deep } }));
    expect(findingKeys(result)).toEqual(['sum-mismatch F2']);
    expect(indicatorAt(result, 2)).toMatchObject({ plan: 900, actual: 900 });
  });
});

describe('checkSheet: a figure whose formula the file lost', () => {
  const rows: CellValue[][] = [
    [...header2023],
    ['1', 'Số hộ được hỗ trợ', 'hộ', n, 300, 290],
    [n, 'Chia ra: - Hộ nghèo', 'hộ', n, 200, 190],
    [n, '- Hộ cận nghèo', 'hộ', n, 100, n],
  ];

  it('says it cannot be read', () => {
    expect(findingKeys(check(sheet('Biểu 01', rows, { lostFormulas: ['F4'] })))).toEqual(['unreadable-value F4']);
  });

  it('is an empty cell when nothing says a formula was there', () => {
    expect(findingKeys(check(sheet('Biểu 01', rows)))).not.toContain('unreadable-value F4');
  });
});
