import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/snapshot';
import { skipReasons } from '../../../src/core/skipReasons';
import { check, findingKeys, indicatorAt, sheet, type SheetOptions } from '../../helpers/sheets';

const n = null;

/** Errors and warnings, as "rule cell": what tells the office a figure is wrong. */
const problems = (result: ReturnType<typeof check>): string[] => findingKeys({ findings: result.findings.filter((f) => f.severity !== 'info') });

/**
 * A statistics-office table: a title in A1, the unit alone over the last column, a header split
 * over three rows with nothing above the labels, a blank row, then the body; deeper rows write
 * their labels one column to the right.
 */
function statisticsTable(body: readonly (readonly CellValue[])[], options: SheetOptions = {}) {
  return sheet(
    '3.Tien do',
    [
      ['3. Tiến độ gieo trồng cây nông nghiệp đến ngày 15 tháng 12 năm 2023'],
      [],
      [n, n, n, n, 'Nghìn ha'],
      [n, n, 'Thực hiện cùng', 'Thực hiện', 'Thực hiện kỳ này'],
      [n, n, 'kỳ năm trước', 'kỳ này', 'so với cùng kỳ'],
      [n, n, n, n, 'năm trước (%)'],
      [],
      ...body,
    ],
    options,
  );
}

const harvest: CellValue[][] = [
  ['Thu hoạch lúa mùa', n, 1525.4, 1457.3, 95.54],
  [n, 'Miền Bắc', 1094.4, 1062.1, 97.05],
  [n, 'Miền Nam', 431, 395.2, 91.69],
  ['Gieo cấy lúa đông xuân', n, 176.2, 340.7, 193.36],
];

describe('tables whose label column has no heading', () => {
  it('finds the labels left of the figures, the header above them and the unit above the header', () => {
    const result = check(
      statisticsTable(harvest),
    );
    expect(result.sheet).toMatchObject({ status: 'checked', headerRows: [4, 5, 6], columns: { label: 'A', prior: 'C', actual: 'D' } });
    expect(indicatorAt(result, 8)).toMatchObject({ label: 'Thu hoạch lúa mùa', prior: 1525.4, actual: 1457.3, unit: 'Nghìn ha' });
    expect(problems(result)).toEqual([]);
  });

  it('places a label written one column further right under the row above it', () => {
    const result = check(
      statisticsTable(harvest),
    );
    expect(indicatorAt(result, 9)).toMatchObject({ label: 'Miền Bắc', parentRow: 8 });
    expect(indicatorAt(result, 10)).toMatchObject({ label: 'Miền Nam', parentRow: 8 });
    expect(indicatorAt(result, 11).parentRow).toBeNull();
  });

  it('holds the deeper rows against the row above them once their sums prove the breakdown', () => {
    // The prior year adds up (1094.4 + 431 = 1525.4); this year 1062.1 + 395.2 is 1457.3, not 1475.3.
    const result = check(
      statisticsTable([
        ['Thu hoạch lúa mùa', n, 1525.4, 1475.3, 96.72],
        [n, 'Miền Bắc', 1094.4, 1062.1, 97.05],
        [n, 'Miền Nam', 431, 395.2, 91.69],
      ]),
    );
    expect(problems(result)).toEqual(['sum-mismatch D8']);
  });

  it('does not take a header row that ends in a year for the first row of figures', () => {
    const result = check(
      sheet('9.Thuy san', [
        ['9. Sản lượng thủy sản'],
        [n, n, 'Nghìn tấn'],
        [n, 'Ước tính', 'Ước tính'],
        [n, 'quý IV', 'năm'],
        [n, 'năm', 2023],
        [n, 2023, n],
        [],
        ['Tổng số', 2516.3, 9312.3],
        ['Nuôi trồng', 1650.3, 5455.8],
        ['Khai thác', 866, 3856.5],
      ]),
    );
    expect(result.sheet).toMatchObject({ status: 'checked', headerRows: [3, 4, 5, 6], columns: { label: 'A', actual: 'C' } });
    expect(indicatorAt(result, 8)).toMatchObject({ label: 'Tổng số', unit: 'Nghìn tấn' });
  });

  it('reads a section row further left than the labels below it as the label column', () => {
    const result = check(
      sheet('4.Cay trong', [
        ['4. Diện tích, năng suất và sản lượng một số cây trồng'],
        [],
        [n, n, 'Ước tính năm 2023'],
        [],
        ['1. Cây lương thực có hạt'],
        [n, 'Lúa cả năm (Nghìn ha)', 7119.5],
        [n, 'Ngô (Nghìn ha)', 890.2],
        [n, 'Khoai lang (Nghìn ha)', 82.4],
      ]),
    );
    expect(result.sheet).toMatchObject({ status: 'checked', headerRows: [3], columns: { label: 'A', actual: 'C' } });
    expect(indicatorAt(result, 6).parentRow).toBe(5);
  });

  it('reads the header above a unit merged across the figures right above the body', () => {
    const result = check(
      sheet(
        '47.Laodong',
        [
          ['47. Một số chỉ tiêu lao động'],
          [],
          [n, 'Quý IV', 'Ước tính'],
          [n, 'năm 2023', 'năm 2023'],
          [],
          [n, 'Nghìn người', n],
          ['Lực lượng lao động', 52529.6, 52371.4],
          ['Nam', 28092.6, 27906.2],
          ['Nữ', 24437, 24465.2],
        ],
        { merges: ['B6:C6'] },
      ),
    );
    expect(result.sheet).toMatchObject({ status: 'checked', headerRows: [3, 4], columns: { label: 'A', actual: 'C' } });
  });

  it('reads the first figure column as the figure reported when no heading names a kind of figure', () => {
    const result = check(
      sheet('25.FDI', [
        ['25. Đầu tư nước ngoài được cấp phép'],
        [n, n, 'Triệu USD'],
        [n, 'Số dự án', 'Vốn đăng ký'],
        [],
        ['TỔNG SỐ', 3188, 20185.6],
        ['Quảng Ninh', 26, 3103.9],
        ['Thái Bình', 34, 2686.3],
      ]),
    );
    expect(result.sheet).toMatchObject({ status: 'checked', columns: { label: 'A', actual: 'B' } });
  });

  it('reads a table of stated comparisons only, leaving them unchecked', () => {
    const result = check(
      sheet('10.IIPthang', [
        ['10. Chỉ số sản xuất công nghiệp'],
        [n, n, '%'],
        [n, 'Tháng 12 năm 2023', 'Năm 2023'],
        [n, 'so với cùng kỳ', 'so với'],
        [n, 'năm trước', 'năm 2022'],
        [],
        ['Toàn ngành công nghiệp', 105.76, 101.46],
        ['Khai khoáng', 87.19, 96.1],
        ['Chế biến, chế tạo', 107.1, 103.1],
      ]),
    );
    expect(result.sheet.status).toBe('checked');
    expect(result.indicators.map((i) => i.label)).toEqual(['Toàn ngành công nghiệp', 'Khai khoáng', 'Chế biến, chế tạo']);
    expect(problems(result)).toEqual([]);
  });

  it('still skips a sheet of notes with a stray number', () => {
    const result = check(
      sheet('Ghi chú', [
        ['Ghi chú về nguồn số liệu'],
        ['Số liệu năm 2023 là số ước tính', n, 1],
        ['Số liệu được cập nhật hằng tháng'],
        ['Liên hệ: Vụ Thống kê tổng hợp'],
      ]),
    );
    expect(result.sheet).toMatchObject({ status: 'skipped', reason: skipReasons.noHeader.vi });
  });

  it('takes no formula result in the label column for a label', () => {
    const result = check(
      statisticsTable(
        [
          ['Thu hoạch lúa mùa', n, 1525.4, 1457.3, 95.54],
          ['Gieo cấy lúa đông xuân', n, 176.2, 340.7, 193.36],
          ['Gieo trồng ngô', n, 85.1, 83.2, 97.77],
          [0, n, n, n, n],
        ],
        { formulas: { A11: '=SUM(B8:B10)' } },
      ),
    );
    expect(result.indicators.map((i) => i.row)).toEqual([8, 9, 10]);
  });
});

describe('tables whose label heading is a word the vocabulary does not know', () => {
  it('reads the labels after the row numbers, under any heading, above a row of column numbers', () => {
    const result = check(
      sheet('Biểu 3', [
        ['BIỂU 3. SẢN PHẨM CHỦ YẾU NĂM 2023'],
        [],
        ['TT', 'Sản phẩm', 'Đơn vị', 'Thực hiện năm 2022', 'Ước thực hiện năm 2023'],
        ['A', 'B', 'C', '1', '2'],
        ['1', 'Điện sản xuất', 'Triệu kWh', 1520, 1610],
        ['2', 'Xi măng', 'Nghìn tấn', 830, 905],
        ['3', 'Gạch nung', 'Triệu viên', 212, 230],
      ]),
    );
    expect(result.sheet).toMatchObject({ status: 'checked', headerRows: [3], columns: { code: 'A', label: 'B', unit: 'C', prior: 'D', actual: 'E' } });
    expect(indicatorAt(result, 5)).toMatchObject({ label: 'Điện sản xuất', prior: 1520, actual: 1610, unit: 'Triệu kWh' });
  });
});

describe('several units over one table ("Nghìn tấn; Triệu USD")', () => {
  const exports = (foreignValue: number) =>
    sheet('24.XK', [
      ['24. Hàng hóa xuất khẩu'],
      [n, n, n, 'Nghìn tấn; Triệu USD'],
      [n, n, 'Ước tính tháng 11 năm 2019', n],
      [n, n, 'Lượng', 'Trị giá'],
      [],
      ['TỔNG TRỊ GIÁ', n, n, 22600],
      [n, 'Khu vực kinh tế trong nước', n, 7446],
      [n, 'Khu vực có vốn đầu tư nước ngoài', n, foreignValue],
      ['MẶT HÀNG CHỦ YẾU'],
      [n, 'Gạo', 520, 262],
      [n, 'Cà phê', 118, 210],
    ], { merges: ['C3:D3'] });

  it('gives each kind of column its unit, in the order the line lists them', () => {
    const result = check(exports(15154));
    expect(result.sheet.columns).toMatchObject({ label: 'A', actual: 'C' });
    expect(indicatorAt(result, 10).unit).toBe('Nghìn tấn');
    expect(problems(result)).toEqual([]);
  });

  it('checks the value column in its own unit', () => {
    expect(problems(check(exports(15254)))).toEqual(['sum-mismatch D6']);
  });
});

describe('headings split over rows mid-phrase', () => {
  it('reads "Đơn vị / tính" as the unit column and "Sơ / bộ" as a figure', () => {
    const result = check(
      sheet('13.SPCNquy', [
        ['13. Một số sản phẩm chủ yếu của ngành công nghiệp các quý năm 2023'],
        [],
        [n, 'Đơn vị', 'Sơ', 'Ước'],
        [n, 'tính', 'bộ', 'tính'],
        [n, n, 'quý III', 'năm'],
        [n, n, 'năm 2023', 2023],
        [],
        ['Than đá (than sạch)', 'Nghìn tấn', 11500.3, 48246.4],
        ['Dầu mỏ thô khai thác', '"', 2091.6, 8644.7],
        ['Khí đốt thiên nhiên dạng khí', 'Triệu m3', 1605, 7480],
      ]),
    );
    expect(result.sheet.columns).toMatchObject({ label: 'A', unit: 'B', actual: 'D' });
    expect(indicatorAt(result, 9).unit).toBe('Nghìn tấn');
  });
});
