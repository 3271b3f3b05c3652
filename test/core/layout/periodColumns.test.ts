/**
 * Statistics office tables: figure columns of one year that differ by period, and comparisons that
 * name their own pair, headers written over several unmerged rows. A stated comparison is checked
 * only against the actual and prior of its own period.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/snapshot';
import { check, checkAll, findingKeys, findingsOf, sheet, type SheetOptions } from '../../helpers/sheets';

const n = null;

/** A title line, then the header rows, then the data rows, on one sheet. */
function table(title: string, header: readonly (readonly CellValue[])[], rows: readonly (readonly CellValue[])[], options: SheetOptions = {}) {
  return sheet('Biểu GSO', [[title], ...header, ...rows], options);
}

describe('figure columns by period', () => {
  it('reads "Thực hiện cùng kỳ năm trước | Thực hiện kỳ này | … so với cùng kỳ năm trước (%)" as prior, actual and year-on-year', () => {
    const header = [
      ['Chỉ tiêu', 'Thực hiện cùng', 'Thực hiện', 'Thực hiện kỳ này'],
      [n, 'kỳ năm trước', 'kỳ này', 'so với cùng kỳ'],
      [n, n, n, 'năm trước (%)'],
    ];
    const rice = (stated: number) => table('Sản xuất nông nghiệp đến ngày 15 tháng 11 năm 2019', header, [['Thu hoạch lúa mùa', 1525.4, 1457.3, stated]]);
    const result = check(rice(95.54));
    expect(result.sheet.columns).toEqual({ label: 'A', prior: 'B', actual: 'C', statedYoY: 'D' });
    expect(findingsOf(result, 'stated-percent-mismatch')).toEqual([]);
    expect(findingsOf(check(rice(105.54)), 'stated-percent-mismatch').map((f) => f.cell)).toEqual(['D5']);
  });

  it('reads "11 tháng năm 2018 | 11 tháng năm 2019" with no figure word as the prior and the actual', () => {
    const result = check(
      table(
        'Doanh nghiệp quay trở lại hoạt động 11 tháng năm 2019',
        [
          ['Chỉ tiêu', '11 tháng', '11 tháng', '11 tháng năm 2019 so với'],
          [n, 'năm 2018', 'năm 2019', 'cùng kỳ năm trước (%)'],
        ],
        [['TỔNG SỐ', 31869, 36868, 115.69]],
      ),
    );
    expect(result.sheet.columns).toEqual({ label: 'A', prior: 'B', actual: 'C', statedYoY: 'D' });
  });

  it('reads the months to date as the actual where three periods have no prior, and checks nothing against a prior', () => {
    const result = check(
      table(
        'Một số sản phẩm chủ yếu của ngành công nghiệp',
        [
          ['Chỉ tiêu', 'Đơn vị tính', 'Thực hiện', 'Ước tính', 'Cộng dồn', 'Tháng 11', '11 tháng'],
          [n, n, 'tháng 10', 'tháng 11', '11 tháng', 'năm 2019', 'năm 2019'],
          [n, n, 'năm', 'năm', 'năm', 'so với cùng kỳ', 'so với cùng kỳ'],
          [n, n, 2019, 2019, 2019, 'năm trước (%)', 'năm trước (%)'],
        ],
        [['Than đá (than sạch)', 'Nghìn tấn', 4028.9, 3706.4, 42048.3, 106.43, 111.23]],
      ),
    );
    expect(result.sheet.columns).toEqual({ label: 'A', unit: 'B', actual: 'E', statedYoY: 'G' });
    expect(findingsOf(result, 'stated-percent-mismatch')).toEqual([]);
  });

  /** "Tháng 11 năm 2019 so với (%)" over two columns, their bases under it: Tháng 10 năm 2019 and Tháng 11 năm 2018. */
  const enterprises = (statedYoY: number) =>
    table(
      'Một số chỉ tiêu về doanh nghiệp',
      [
        ['Chỉ tiêu', 'Tháng 11', 'Tháng 10', 'Tháng 11', 'Tháng 11 năm 2019', n],
        [n, 'năm', 'năm', 'năm', 'so với (%)', n],
        [n, 2018, 2019, 2019, 'Tháng 10', 'Tháng 11'],
        [n, n, n, n, 'năm 2019', 'năm 2018'],
      ],
      [['Doanh nghiệp đăng ký thành lập mới', 11637, 12182, 12265, 100.68, statedYoY]],
      { merges: ['E2:F2', 'E3:F3'] },
    );

  it('pairs the year-on-year comparison whose base is in the lower row with the same month of the year before', () => {
    const result = check(enterprises(105.4));
    expect(result.sheet.columns).toEqual({ label: 'A', prior: 'B', actual: 'D', statedYoY: 'F' });
    expect(findingsOf(result, 'stated-percent-mismatch')).toEqual([]);
    // Against Tháng 10 (12182 / 11637 = 104.68) it would be wrong; against Tháng 11 it is checked.
    expect(findingsOf(check(enterprises(104.68)), 'stated-percent-mismatch').map((f) => f.cell)).toEqual(['F6']);
  });

  it('reads "Ước tính năm 2023 | Năm 2023 so với năm 2022 (%)" beside "Năm 2022"', () => {
    const result = check(
      table('Tổng sản phẩm trong nước năm 2023', [['Chỉ tiêu', 'Năm 2022', 'Ước tính năm 2023', 'Năm 2023 so với năm 2022 (%)']], [['GDP', 9513, 10221, 107.44]]),
    );
    expect(result.sheet.columns).toEqual({ label: 'A', prior: 'B', actual: 'C', statedYoY: 'D' });
    expect(findingsOf(result, 'stated-percent-mismatch')).toEqual([]);
  });

  it('takes the quarter a comparison pairs with its prior: "Sơ bộ quý III", "Ước tính quý IV" and "Quý IV năm 2022"', () => {
    const result = check(
      table(
        'Tổng sản phẩm trong nước quý IV và năm 2023',
        [
          ['Chỉ tiêu', 'Sơ bộ', 'Ước tính', 'Quý IV', 'Quý IV năm 2023'],
          [n, 'quý III', 'quý IV', 'năm', 'so với cùng kỳ'],
          [n, 'năm', 'năm', 2022, 'năm trước (%)'],
          [n, 2023, 2023, n, n],
        ],
        [['GDP', 2550, 2720, 2560, 106.25]],
      ),
    );
    expect(result.sheet.columns).toEqual({ label: 'A', actual: 'C', prior: 'D', statedYoY: 'E' });
    expect(findingsOf(result, 'stated-percent-mismatch')).toEqual([]);
  });

  it('pairs "6 tháng đầu năm" with its own prior, not with the year\'s estimate ("Cả năm")', () => {
    const half = (stated: number) =>
      check(
        table(
          'Kết quả sản xuất kinh doanh 6 tháng đầu năm 2023',
          [['Chỉ tiêu', 'Thực hiện 6 tháng đầu năm 2022', 'Ước tính 6 tháng đầu năm 2023', 'Ước tính cả năm 2023', '6 tháng đầu năm 2023 so với cùng kỳ năm trước (%)']],
          [['Doanh thu', 400, 430, 900, stated]],
        ),
      );
    expect(half(107.5).sheet.columns).toEqual({ label: 'A', prior: 'B', actual: 'C', statedYoY: 'E' });
    expect(findingsOf(half(107.5), 'stated-percent-mismatch')).toEqual([]);
    // 225 would be the year's 900 over 400: it is not what the column compares.
    expect(findingsOf(half(225), 'stated-percent-mismatch').map((f) => f.cell)).toEqual(['E3']);
  });

  it('reads a comparison whose ratio heads the rows naming its numerator ("So với cùng kỳ năm trước (%)" over "Tháng 11 năm 2019")', () => {
    const result = check(
      table(
        'Tổng mức bán lẻ hàng hóa tháng 11 và 11 tháng năm 2019',
        [
          ['Chỉ tiêu', 'Tháng 11', 'Ước tính', 'Cộng dồn', 'So với cùng kỳ năm trước (%)', n],
          [n, 'năm 2018', 'tháng 11', '11 tháng', 'Tháng 11', '11 tháng'],
          [n, n, 'năm 2019', 'năm 2019', 'năm 2019', 'năm 2019'],
        ],
        [['Tổng số', 400000, 432000, 4500000, 108, 111.8]],
        { merges: ['E2:F2'] },
      ),
    );
    expect(result.sheet.columns).toEqual({ label: 'A', prior: 'B', actual: 'C', statedYoY: 'E' });
  });

  it('leaves a month-on-month comparison unchecked, even where its figures happen to be actual over prior', () => {
    const rows = [100, 200, 300, 400, 500].map((prior, index) => [`Chỉ tiêu ${index + 1}`, prior, prior * 1.1, 110]);
    const result = check(
      table('Vận tải hành khách', [['Chỉ tiêu', 'Tháng 11 năm 2018', 'Ước tính tháng 11 năm 2019', 'Tháng 11 năm 2019 so với tháng trước (%)']], rows),
    );
    expect(result.sheet.columns).toEqual({ label: 'A', prior: 'B', actual: 'C' });
  });

  it('leaves unchecked a month compared with a base that names no period ("so với TH năm 2018")', () => {
    const rows = [100, 200, 300, 400, 500].map((prior, index) => [`Chỉ tiêu ${index + 1}`, prior, prior * 1.1, 60]);
    const result = check(
      table('Vận tải hành khách', [['Chỉ tiêu', 'Thực hiện tháng 11 năm 2018', 'Ước tính tháng 11 năm 2019', 'Tháng 11 năm 2019 so với TH năm 2018 (%)']], rows),
    );
    expect(result.sheet.columns).toEqual({ label: 'A', prior: 'B', actual: 'C' });
    expect(findingsOf(result, 'stated-percent-mismatch')).toEqual([]);
  });

  it('holds the months to date, the longest period, against the year’s plan and its stated comparison', () => {
    const result = check(
      table(
        'Vốn đầu tư thực hiện từ nguồn ngân sách Nhà nước tháng 11 và 11 tháng năm 2019',
        [
          ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Ước tính', 'Cộng dồn', '11 tháng năm', '11 tháng năm'],
          [n, 'năm 2019', 'tháng 10', 'tháng 11', '11 tháng', '2019 so với', '2019 so với'],
          [n, n, 'năm', 'năm', 'năm', 'kế hoạch', 'cùng kỳ'],
          [n, n, 2019, 2019, 2019, 'năm 2019 (%)', 'năm trước (%)'],
        ],
        [['TỔNG SỐ', 429000, 35000, 37000, 330000, 76.92, 105.2]],
      ),
    );
    expect(result.sheet.columns).toEqual({ label: 'A', plan: 'B', actual: 'E', statedPercentOfPlan: 'F', statedYoY: 'G' });
    expect(findingsOf(result, 'stated-percent-mismatch')).toEqual([]);
  });
});

describe('a stated comparison is never checked against the wrong pair', () => {
  /**
   * Tháng 10, Tháng 11 and 11 tháng actuals of 2019, a Tháng 11 prior of 2018, and a stated
   * year-on-year index of the 11 months, whose base (11 tháng năm 2018) the table does not hold.
   */
  const monthly = sheet('Biểu 12', [
    ['Khách quốc tế đến Việt Nam tháng 11 và 11 tháng năm 2019'],
    [
      'Chỉ tiêu',
      'Thực hiện tháng 11 năm 2018',
      'Thực hiện tháng 10 năm 2019',
      'Ước tính tháng 11 năm 2019',
      'Ước tính 11 tháng năm 2019',
      '11 tháng năm 2019 so với cùng kỳ năm trước (%)',
    ],
    ['TỔNG SỐ', 1500, 1618.3, 1809.6, 16298.4, 115.4],
    ['Châu Á', 1200, 1300, 1450, 13000, 114.9],
  ]);

  it('takes the month that has a prior as the actual, and leaves the 11 months\' comparison unchecked', () => {
    const result = check(monthly);
    expect(result.sheet.columns).toEqual({ label: 'A', prior: 'B', actual: 'D' });
    expect(findingsOf(result, 'stated-percent-mismatch')).toEqual([]);
  });

  it('gives no year-on-year finding in the workbook', () => {
    const report = checkAll('gso.xlsx', [monthly]);
    expect(report.findings.filter((f) => f.rule === 'stated-percent-mismatch')).toEqual([]);
    expect(report.sheets[0]!.columns).toMatchObject({ prior: 'B', actual: 'D' });
    expect(report.sheets[0]!.columns).not.toHaveProperty('statedYoY');
  });
});

describe('blocks of columns named by period', () => {
  /** "Cả năm", "Quý I", "Quý II" over the same KH 2020, TH 2020 and TH/KH (%) columns. */
  const quarters = (rows: readonly (readonly CellValue[])[]) =>
    sheet('Biểu 07', [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Cả năm', n, n, 'Quý I', n, n, 'Quý II', n, n],
      ['STT', 'Chỉ tiêu', 'ĐVT', ...['KH 2020', 'TH 2020', 'TH/KH (%)'], ...['KH 2020', 'TH 2020', 'TH/KH (%)'], ...['KH 2020', 'TH 2020', 'TH/KH (%)']],
      ...rows,
    ], { merges: ['D1:F1', 'G1:I1', 'J1:L1'] });

  it('checks each block on its own, its comparison against its own figures', () => {
    const result = check(
      quarters([
        ['1', 'Cây lương thực', 'tấn', 100, 120, 120, 40, 50, 125, 60, 60, 90],
        [n, 'Chia ra: Lúa', 'tấn', 60, 70, 116.67, 20, 25, 125, 30, 30, 100],
        [n, 'Ngô', 'tấn', 40, 50, 125, 20, 20, 100, 30, 30, 100],
      ]),
    );
    expect(result.sheet.columns).toMatchObject({ plan: 'D', actual: 'E', statedPercentOfPlan: 'F' });
    // H4: Quý I's parts make 45, not 50; L3: Quý II's 60 of a plan of 60 is 100 %, not 90 %.
    expect(findingKeys(result).sort()).toEqual(['stated-percent-mismatch L3', 'sum-mismatch H3']);
  });

  it('never checks a comparison against the figures of another period\'s block', () => {
    const twoPeriods = (stated: readonly [number, number]) =>
      check(
        table(
          'Doanh nghiệp tháng 11 và 11 tháng năm 2019',
          [['Chỉ tiêu', 'Tháng 11 năm 2018', 'Tháng 11 năm 2019', '11 tháng năm 2018', '11 tháng năm 2019', 'Tháng 11 năm 2019 so với cùng kỳ (%)', '11 tháng năm 2019 so với cùng kỳ (%)']],
          [['Doanh nghiệp thành lập mới', 11637, 12265, 120000, 126000, ...stated]],
        ),
      );
    // Tháng 11's comparison is checked against Tháng 11; 11 tháng's never against Tháng 11's figures.
    const result = twoPeriods([105.4, 105]);
    expect(result.sheet.columns).toEqual({ label: 'A', prior: 'B', actual: 'C', statedYoY: 'F' });
    expect(findingsOf(twoPeriods([105.4, 99]), 'stated-percent-mismatch')).toEqual([]);
    expect(findingsOf(twoPeriods([110, 105]), 'stated-percent-mismatch').map((f) => f.cell)).toEqual(['F3']);
  });
});
