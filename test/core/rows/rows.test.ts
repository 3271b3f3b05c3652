import { describe, expect, it } from 'vitest';
import type { IndicatorResult } from '../../../src/core/report';
import type { CellValue } from '../../../src/core/snapshot';
import { check, findingKeys, header2023, indicatorAt, sheet, type SheetOptions } from '../../helpers/sheets';

/** Rows under the standard header (row 1), so the first data row is row 2. */
function table(rows: readonly (readonly CellValue[])[], options?: SheetOptions) {
  return check(sheet('Biểu 01', [[...header2023], ...rows], options));
}

/** row → parent row, for the rows reported as indicators. */
function parents(indicators: readonly IndicatorResult[]): Record<number, number | null> {
  return Object.fromEntries(indicators.map((i) => [i.row, i.parentRow]));
}

const n = null;

describe('numbering and parents', () => {
  it('places rows by their numbering: A > I > 1 > 1.1 > a > - > + > *', () => {
    const result = table([
      ['A', 'CHỈ TIÊU KINH TẾ - XÃ HỘI'], // 2
      ['I', 'LAO ĐỘNG, VIỆC LÀM'], // 3
      ['1', 'Số lao động có việc làm', 'người', n, n, 1000], // 4
      ['1.1', 'Lao động trong nông nghiệp', 'người', n, n, 600], // 5
      ['a', 'Trồng trọt', 'người', n, n, 400], // 6
      ['-', 'Trồng lúa', 'người', n, n, 300], // 7
      ['+', 'Lúa nước', 'người', n, n, 200], // 8
      ['*', 'Lúa đông xuân', 'người', n, n, 100], // 9
      ['1.2', 'Lao động ngoài nông nghiệp', 'người', n, n, 400], // 10
      ['2', 'Số người tham gia BHXH', 'người', n, n, 500], // 11
      ['II', 'GIẢM NGHÈO'], // 12
      ['1', 'Số hộ nghèo', 'hộ', n, n, 527], // 13
      ['B', 'CHỈ TIÊU HƯỚNG DẪN'], // 14
      ['1', 'Đội hoạt động xã hội tình nguyện', 'đội', n, n, 25], // 15
    ]);
    expect(parents(result.indicators)).toEqual({ 4: 3, 5: 4, 6: 5, 7: 6, 8: 7, 9: 8, 10: 4, 11: 3, 13: 12, 15: 14 });
    expect(indicatorAt(result, 9)).toMatchObject({ code: '*', level: 7 });
    expect(indicatorAt(result, 5)).toMatchObject({ code: '1.1', level: 3 });
    // Section headings (no unit, no figure) place rows but are no indicators.
    expect(result.indicators.map((i) => i.row)).not.toContain(3);
  });

  it('reads a number glued to the label ("1.Cây lương thực", "I.Diện tích", "a) …", "- Diện tích")', () => {
    const result = table([
      [n, 'I.Diện tích cây hàng năm', 'Ha', n, 700, 720], // 2
      [n, '1.Cây lương thực có hạt', 'Ha', n, 500, 510], // 3
      [n, '1.1.Lúa cả năm', 'Ha', n, 500, 510], // 4
      [n, 'a) Lúa đông xuân', 'Ha', n, 300, 310], // 5
      [n, '- Diện tích', 'Ha', n, 300, 310], // 6
      [n, '2.Khoai lang', 'Ha', n, 200, 210], // 7
    ]);
    expect(indicatorAt(result, 3)).toMatchObject({ code: '1', label: 'Cây lương thực có hạt', parentRow: 2 });
    expect(indicatorAt(result, 2)).toMatchObject({ code: 'I', label: 'Diện tích cây hàng năm', parentRow: null });
    expect(indicatorAt(result, 4)).toMatchObject({ code: '1.1', label: 'Lúa cả năm', parentRow: 3 });
    expect(indicatorAt(result, 5)).toMatchObject({ code: 'a', label: 'Lúa đông xuân', parentRow: 4 });
    expect(indicatorAt(result, 6)).toMatchObject({ code: '-', label: 'Diện tích', parentRow: 5 });
    expect(indicatorAt(result, 7)).toMatchObject({ code: '2', parentRow: 2 });
  });

  it('ignores a number column that counts every row 1…n and reads the numbers glued to the labels instead', () => {
    const result = table([
      [1, 'I.Diện tích cây hàng năm', 'Ha', 0, 5661, 0], // 2
      [2, '1.Cây lương thực có hạt', 'Ha', 292.5, 393, 1706.2], // 3
      [3, '- Diện tích', 'Ha', 10, 27, 174.5], // 4
      [4, '- Năng suất', 'Tạ/Ha', 1, 4, 3], // 5
      [5, '- Sản lượng', 'Tấn', 1, 2.9, 17.45], // 6
      [6, '2.Khoai lang', 'Ha', 11, 31, 25.4], // 7
      [7, '- Diện tích', 'Ha', 11, 31, 25.4], // 8
    ]);
    expect(parents(result.indicators)).toEqual({ 2: null, 3: 2, 4: 3, 5: 3, 6: 3, 7: 2, 8: 7 });
    expect(indicatorAt(result, 4).label).toBe('Diện tích');
  });

  it('keeps a real number column: 1, 2, then 1.1 under 1', () => {
    const result = table([
      ['1', 'Số lao động có việc làm', 'người', n, n, 1000], // 2
      ['1.1', 'Lao động nữ', 'người', n, n, 450], // 3
      ['2', 'Số người tham gia BHXH', 'người', n, n, 500], // 4
      ['3', 'Số hộ nghèo', 'hộ', n, n, 527], // 5
      ['4', 'Đội hoạt động xã hội tình nguyện', 'đội', n, n, 25], // 6
      ['5', 'Tuyển sinh đào tạo nghề', 'người', n, n, 37625], // 7
    ]);
    expect(parents(result.indicators)).toEqual({ 2: null, 3: 2, 4: null, 5: null, 6: null, 7: null });
  });

  it('keeps a number column 1…n that leaves the sub-rows unnumbered: it numbers indicators, not rows', () => {
    const result = table([
      ['1', 'Cai nghiện ma túy', 'lượt người', n, 900, 915], // 2
      [n, 'Chia ra: - Cai nghiện tập trung', 'lượt người', n, 700, 715], // 3
      [n, '- Cai nghiện tại cộng đồng', 'lượt người', n, 200, 200], // 4
      ['2', 'Số lao động được giải quyết việc làm', 'người', n, 23000, 23250], // 5
      [n, 'Trong đó: Đi làm việc ở nước ngoài theo hợp đồng', 'người', n, n, 2749], // 6
      ['3', 'Đội hoạt động xã hội tình nguyện', 'đội', n, 25, 25], // 7
      ['4', 'Xã, phường có chuyển hóa mạnh, giảm tệ nạn ma túy, mại dâm', 'xã, phường', n, 88, 122], // 8
      ['5', 'Tổ chức cai nghiện phục hồi', 'người', n, 1000, 1087], // 9
      ['6', 'Hỗ trợ trang cấp dụng cụ chỉnh hình', 'người', n, n, 402], // 10
    ]);
    expect(parents(result.indicators)).toEqual({ 2: null, 3: 2, 4: 2, 5: null, 6: 5, 7: null, 8: null, 9: null, 10: null });
    expect(result.findings).toEqual([]);
  });
});

describe('breakdown words', () => {
  it('reads "Chia ra:" alone on a row as announcing the parts below; the row itself is no indicator', () => {
    const rows = (bhxhBatBuoc: number) => [
      ['5', 'Số người tham gia BHXH', 'người', n, n, 263050], // 2
      [n, 'Chia ra:'], // 3
      [n, '- BHXH bắt buộc', 'người', n, n, bhxhBatBuoc], // 4
      [n, '- BHXH tự nguyện', 'người', n, n, 21250], // 5
    ];
    const good = table(rows(241800));
    expect(good.indicators.map((i) => i.row)).toEqual([2, 4, 5]);
    expect(indicatorAt(good, 4)).toMatchObject({ parentRow: 2, breakdown: 'full', level: 1 });
    expect(indicatorAt(good, 5)).toMatchObject({ parentRow: 2, breakdown: 'full' });
    expect(good.findings).toEqual([]);

    // A full breakdown must add up: 241.000 + 21.250 is not 263.050.
    expect(findingKeys(table(rows(241000)))).toEqual(['sum-mismatch F2']);
  });

  it('reads "Phân theo giới tính:" alone on a row as announcing a full breakdown', () => {
    const labour = (female: number) =>
      table([
        ['1', 'Lực lượng lao động từ 15 tuổi trở lên', 'người', n, n, 716500], // 2
        [n, 'Phân theo giới tính:'], // 3
        [n, '- Nam', 'người', n, n, 366200], // 4
        [n, '- Nữ', 'người', n, n, female], // 5
      ]);
    const good = labour(350300);
    expect(good.indicators.map((i) => i.row)).toEqual([2, 4, 5]);
    expect(indicatorAt(good, 4)).toMatchObject({ parentRow: 2, breakdown: 'full' });
    expect(good.findings).toEqual([]);
    expect(findingKeys(labour(340300))).toEqual(['sum-mismatch F2']);
  });

  it('reads "Chia ra: - …" at the start of the first part and "Trong đó: …" as of-which', () => {
    const result = table(
      [
        ['8', 'Tuyển sinh đào tạo nghề', 'người', n, 35892, 37625], // 2
        [n, 'Chia ra: - Cao đẳng và trung cấp', 'người', n, 6103, 6347], // 3
        [n, '- Sơ cấp và đào tạo nghề dưới 3 tháng', 'người', n, 29789, 31278], // 4
        [n, 'Trong đó: đào tạo nghề cho lao động nông thôn', 'người', n, 1933, 2281], // 5
        ['2', 'Tỷ lệ lao động qua đào tạo', '%', n, 85, 85], // 6
        [n, 'Trong đó: có bằng cấp, chứng chỉ', '%', n, 45.5, 45.5], // 7
      ],
      { indents: { B3: 1, B4: 1, B5: 2, B7: 1 } },
    );
    expect(indicatorAt(result, 3)).toMatchObject({ parentRow: 2, breakdown: 'full', code: '-', label: 'Chia ra: - Cao đẳng và trung cấp' });
    expect(indicatorAt(result, 4)).toMatchObject({ parentRow: 2, breakdown: 'full' });
    // The "Trong đó" row under the second part belongs to that part, not to the total.
    expect(indicatorAt(result, 5)).toMatchObject({ parentRow: 4, breakdown: 'partial' });
    expect(indicatorAt(result, 7)).toMatchObject({ parentRow: 6, breakdown: 'partial', label: 'Trong đó: có bằng cấp, chứng chỉ' });
    expect(result.findings).toEqual([]);
  });

  it('reads "Trong đó:" alone on a row as announcing of-which rows', () => {
    const result = table([
      ['3', 'Số lao động được giải quyết việc làm', 'người', n, n, 23250], // 2
      [n, 'Trong đó:'], // 3
      [n, '- Đi làm việc ở nước ngoài theo hợp đồng', 'người', n, n, 2749], // 4
      [n, '- Lao động nữ', 'người', n, n, 11000], // 5
    ]);
    expect(result.indicators.map((i) => i.row)).toEqual([2, 4, 5]);
    expect(indicatorAt(result, 4)).toMatchObject({ parentRow: 2, breakdown: 'partial' });
    expect(indicatorAt(result, 5)).toMatchObject({ parentRow: 2, breakdown: 'partial' });
    // Of-which parts need not add up to the total.
    expect(result.findings).toEqual([]);
  });

  it('does not take "Trong độ tuổi lao động" (of working age) for "Trong đó" (of which)', () => {
    const rows = (label: string) => [
      ['1', 'Tỷ lệ lao động có việc làm', '%', n, n, 60], // 2
      [n, label, '%', n, n, 75], // 3
    ];
    // A sub-group's rate may exceed the whole's: no finding, and the label keeps its words.
    const ofWorkingAge = table(rows('Trong độ tuổi lao động'));
    expect(indicatorAt(ofWorkingAge, 3).label).toBe('Trong độ tuổi lao động');
    expect(ofWorkingAge.findings).toEqual([]);
    // "Trong đó" says of which: the part's rate cannot exceed the total rate.
    expect(findingKeys(table(rows('Trong đó: lao động nữ')))).toEqual(['subset-exceeds-total F3']);
  });
});

describe('indentation', () => {
  const rows = ([total, male, urban, female]: readonly [string, string, string, string]) => [
    [n, total, 'người', n, n, 100], // 2
    [n, male, 'người', n, n, 60], // 3
    [n, urban, 'người', n, n, 20], // 4
    [n, female, 'người', n, n, 40], // 5
  ];

  it('places unnumbered rows by their cell indent', () => {
    const result = table(rows(['Tổng số lao động', 'Lao động nam', 'Thành thị', 'Lao động nữ']), { indents: { B3: 1, B4: 2, B5: 1 } });
    expect(parents(result.indicators)).toEqual({ 2: null, 3: 2, 4: 3, 5: 2 });
    expect(result.indicators.map((i) => i.level)).toEqual([0, 1, 2, 1]);
    // 60 + 40 = 100 adds up: the two indented rows are a full breakdown.
    expect(indicatorAt(result, 3).breakdown).toBe('full');
    expect(result.findings).toEqual([]);
  });

  it('places unnumbered rows by their leading spaces', () => {
    const result = table(rows(['Tổng số lao động', '  Lao động nam', '    Thành thị', '  Lao động nữ']));
    expect(parents(result.indicators)).toEqual({ 2: null, 3: 2, 4: 3, 5: 2 });
    expect(indicatorAt(result, 3).label).toBe('Lao động nam');
  });

  it('brings an unindented row back to the top level after indented rows', () => {
    const result = table(
      [
        [n, 'Tổng số lao động', 'người', n, n, 100], // 2
        [n, 'Lao động nam', 'người', n, n, 60], // 3
        [n, 'Lao động nữ', 'người', n, n, 40], // 4
        [n, 'Lao động nước ngoài', 'người', n, n, 30], // 5
      ],
      { indents: { B3: 1, B4: 1 } },
    );
    expect(parents(result.indicators)).toEqual({ 2: null, 3: 2, 4: 2, 5: null });
    // Were it a third part, 60 + 40 + 30 = 130 would exceed the total 100.
    expect(result.findings).toEqual([]);
  });
});
