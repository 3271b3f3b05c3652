import { describe, expect, it } from 'vitest';
import type { IndicatorResult } from '../../../src/core/report';
import type { CellValue } from '../../../src/core/snapshot';
import { check, header2023, indicatorAt, sheet, type SheetOptions } from '../../helpers/sheets';

/** Rows under the standard header (row 1), so the first data row is row 2. */
function table(rows: readonly (readonly CellValue[])[], options?: SheetOptions) {
  return check(sheet('Biểu 01', [[...header2023], ...rows], options));
}

/** row → parent row, for the rows reported as indicators. */
function parents(indicators: readonly IndicatorResult[]): Record<number, number | null> {
  return Object.fromEntries(indicators.map((i) => [i.row, i.parentRow]));
}

const n = null;

describe("the sheet's own formulas place rows", () => {
  it('outrank bullets: E2 = E3+E6 names rows 3 and 6, E3 = E4+E5 their parts', () => {
    // Bullets alone would put "- Lúa" beside "- NÔNG NGHIỆP"; the formulas say otherwise.
    const result = table(
      [
        ['1', 'Giá trị sản xuất', 'tỷ đồng', n, n, 30], // 2
        [n, '- NÔNG NGHIỆP', 'tỷ đồng', n, n, 20], // 3
        [n, '+ Trồng trọt', 'tỷ đồng', n, n, 12], // 4
        [n, '- Lúa', 'tỷ đồng', n, n, 8], // 5
        [n, '- LÂM NGHIỆP', 'tỷ đồng', n, n, 10], // 6
      ],
      { formulas: { F2: '=F3+F6', F3: '=F4+F5' } },
    );
    expect(parents(result.indicators)).toEqual({ 2: null, 3: 2, 4: 3, 5: 3, 6: 2 });
  });

  it('give a subtotal inside a SUM range its own parts', () => {
    const result = table(
      [
        ['1', 'Tổng số', 'người', n, n, 20], // 2
        [n, 'Khu vực A', 'người', n, n, 7], // 3
        [n, 'Xã 1', 'người', n, n, 3], // 4
        [n, 'Xã 2', 'người', n, n, 4], // 5
        [n, 'Khu vực B', 'người', n, n, 6], // 6
      ],
      { formulas: { F2: '=SUM(F3:F6)', F3: '=SUM(F4:F5)' } },
    );
    expect(parents(result.indicators)).toEqual({ 2: null, 3: 2, 4: 3, 5: 3, 6: 2 });
  });

  it('stop a range that runs into the next subtotal and the first of its parts', () => {
    const result = table(
      [
        ['1', 'Lâm nghiệp', 'tỷ đồng', n, n, 10], // 2
        ['1.1', 'Trồng rừng', 'tỷ đồng', n, n, 5], // 3
        [n, '- Tập trung', 'tỷ đồng', n, n, 2], // 4
        [n, '- Phân tán', 'tỷ đồng', n, n, 1], // 5
        ['1.2', 'Khai thác', 'tỷ đồng', n, n, 5], // 6
        [n, '- Gỗ', 'tỷ đồng', n, n, 2], // 7
        [n, '- Củi', 'tỷ đồng', n, n, 3], // 8
      ],
      { formulas: { F2: '=F3+F6', F3: '=SUM(F4:F7)', F6: '=SUM(F7:F8)' } },
    );
    expect(parents(result.indicators)).toMatchObject({ 4: 3, 5: 3, 6: 2, 7: 6, 8: 6 });
  });
});

describe('formulas in columns the table gave no role', () => {
  // G and H hold earlier years: no role, yet their sums state the structure all the same.
  const header = [...header2023, 'Năm 2019', 'Năm 2020'];

  it('place the children of a total that adds them only there', () => {
    const result = check(
      sheet('Biểu 01', [
        header,
        ['1', 'Giá trị sản xuất', 'tỷ đồng', n, n, 30, 28, 29], // 2
        [n, '- NÔNG NGHIỆP', 'tỷ đồng', n, n, 20, 19, 19], // 3
        [n, '+ Trồng trọt', 'tỷ đồng', n, n, 12, 11, 11], // 4
        [n, '- Lúa', 'tỷ đồng', n, n, 8, 8, 8], // 5
        [n, '- LÂM NGHIỆP', 'tỷ đồng', n, n, 10, 9, 10], // 6
      ], { formulas: { G2: '=G3+G6', H2: '=H3+H6', G3: '=G4+G5', H3: '=H4+H5' } }),
    );
    expect(parents(result.indicators)).toEqual({ 2: null, 3: 2, 4: 3, 5: 3, 6: 2 });
  });

  it('do not make a total of a row most of whose formulas compute something else', () => {
    // Row 4 is a share of row 2 in every column but H, where a stray =H5+H6 was copied in.
    const result = check(
      sheet('Biểu 01', [
        header,
        ['1', 'Giá trị sản xuất', 'tỷ đồng', 100, 100, 100, 100, 100], // 2
        ['2', 'Giá trị tăng thêm', 'tỷ đồng', 60, 60, 60, 60, 60], // 3
        [n, '- Khu vực công nghiệp', 'tỷ đồng', 30, 30, 30, 30, 30], // 4
        [n, '- Khu vực dịch vụ', 'tỷ đồng', 30, 30, 30, 30, 30], // 5
        ['3', 'Số doanh nghiệp', 'doanh nghiệp', 5, 5, 5, 5, 5], // 6
      ], {
        formulas: {
          D3: '=SUM(D4:D5)', E3: '=SUM(E4:E5)', F3: '=SUM(F4:F5)', G3: '=SUM(G4:G5)', H3: '=SUM(H4:H5)',
          D4: '=D2*0.3', E4: '=E2*0.3', F4: '=F2*0.3', G4: '=G2*0.3', H4: '=H5+H6',
        },
      }),
    );
    expect(parents(result.indicators)).toMatchObject({ 4: 3, 5: 3 });
  });

  it('stop before a row numbered like the total: a working block there adds other figures', () => {
    // G2:H2 add rows 3 to 5 for another computation, starting at row 3, numbered "2" like row 2 is "1".
    const result = check(
      sheet('Biểu 01', [
        header,
        ['1', 'Tổng mức bán lẻ', 'tỷ đồng', n, n, 30, 9, 9], // 2
        ['2', 'Thu ngân sách', 'tỷ đồng', n, n, 20, 3, 3], // 3
        [n, '- Thu nội địa', 'tỷ đồng', n, n, 12, 3, 3], // 4
        [n, '- Thu bổ sung', 'tỷ đồng', n, n, 8, 3, 3], // 5
      ], { formulas: { G2: '=SUM(G3:G5)', H2: '=SUM(H3:H5)' } }),
    );
    expect(parents(result.indicators)).toEqual({ 2: null, 3: null, 4: 3, 5: 3 });
  });
});

describe('a row a total adds is a part, not a heading', () => {
  // Row 5 has no unit and only zeros: alone it reads as a heading, but F2 = SUM(F3:F6) adds it.
  const rows = [
    ['1', 'Dịch vụ chăn nuôi', 'tỷ đồng', 2, 2, 3], // 2
    [n, '- Kiểm dịch', 'tỷ đồng', 1, 1, 2], // 3
    [n, '- Thiến, hoạn', 'tỷ đồng', 1, 1, 1], // 4
    [n, '- Thụ tinh nhân tạo', n, 0, 0, 0], // 5
    [n, '- Dịch vụ khác', 'tỷ đồng', 0, 0, 0], // 6
  ] as const;
  const formulas = { D2: '=SUM(D3:D6)', E2: '=SUM(E3:E6)', F2: '=SUM(F3:F6)' };

  it('is an indicator under that total, in its unit, with nothing to report', () => {
    const result = table(rows, { formulas });
    expect(parents(result.indicators)).toEqual({ 2: null, 3: 2, 4: 2, 5: 2, 6: 2 });
    expect(indicatorAt(result, 5).unit).toBe('tỷ đồng');
    expect(result.findings).toEqual([]);
  });

  it('stays a heading where no formula adds it', () => {
    const result = table(rows);
    expect(result.indicators.map((i) => i.row)).not.toContain(5);
  });
});

describe('bullets by the sheet’s habit', () => {
  it('reads "* / - / +" as three levels in that order', () => {
    const result = table([
      ['1', 'Giá trị sản xuất', 'tỷ đồng', n, n, 30], // 2
      [n, '* Khu vực nông, lâm, thủy sản', 'tỷ đồng', n, n, 20], // 3
      [n, '- Nông nghiệp', 'tỷ đồng', n, n, 15], // 4
      [n, '+ Trồng trọt', 'tỷ đồng', n, n, 10], // 5
      [n, '+ Chăn nuôi', 'tỷ đồng', n, n, 5], // 6
      [n, '- Thủy sản', 'tỷ đồng', n, n, 5], // 7
      [n, '* Khu vực dịch vụ', 'tỷ đồng', n, n, 10], // 8
    ]);
    expect(parents(result.indicators)).toEqual({ 2: null, 3: 2, 4: 3, 5: 4, 6: 4, 7: 3, 8: 2 });
  });

  it('starts each numbered block afresh: "+" first under one number is its first level', () => {
    const result = table([
      ['1', 'Trồng trọt', 'ha', n, n, 30], // 2
      [n, '- Lúa', 'ha', n, n, 20], // 3
      [n, '+ Lúa nước', 'ha', n, n, 12], // 4
      ['2', 'Chăn nuôi', 'con', n, n, 30], // 5
      [n, '+ Trâu', 'con', n, n, 10], // 6
      [n, '- Trâu cày', 'con', n, n, 4], // 7
    ]);
    expect(parents(result.indicators)).toMatchObject({ 3: 2, 4: 3, 6: 5, 7: 6 });
  });

  it('lets leading spaces decide where they disagree with the bullets', () => {
    const result = table([
      ['1', 'Giá trị sản xuất', 'tỷ đồng', n, n, 30], // 2
      [n, '- Nông nghiệp', 'tỷ đồng', n, n, 20], // 3
      [n, '    + Trồng trọt', 'tỷ đồng', n, n, 12], // 4
      [n, '    - Lúa', 'tỷ đồng', n, n, 8], // 5
      [n, '- Lâm nghiệp', 'tỷ đồng', n, n, 10], // 6
    ]);
    expect(parents(result.indicators)).toMatchObject({ 3: 2, 4: 3, 5: 3, 6: 2 });
  });

  it('never nests a bold heading under the bullet row above it', () => {
    const result = table(
      [
        ['1', 'Lao động', 'người', n, n, 30], // 2
        [n, '- Nam', 'người', n, n, 20], // 3
        [n, 'Lao động qua đào tạo', 'người', n, n, 10], // 4
      ],
      { bold: ['B2', 'B4'] },
    );
    expect(parents(result.indicators)).toEqual({ 2: null, 3: 2, 4: 2 });
  });
});

describe('dotted numbers', () => {
  it('nest by their prefix even out of order: 1.1.1 after 1.2 is under 1.1', () => {
    const result = table([
      ['1', 'Lao động', 'người', n, n, 30], // 2
      ['1.1', 'Nông nghiệp', 'người', n, n, 20], // 3
      ['1.2', 'Công nghiệp', 'người', n, n, 10], // 4
      ['1.1.1', 'Trồng trọt', 'người', n, n, 12], // 5
    ]);
    expect(parents(result.indicators)).toEqual({ 2: null, 3: 2, 4: 2, 5: 3 });
  });
});
