import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshots } from '../../../src/adapters/exceljs/readWorkbook';
import { checkWorkbook, wordReport } from '../../../src/core';
import { defaultSettings } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/snapshot';
import { check, checkAll, findingKeys, findingsOf, groupedSheet, sheet } from '../../helpers/sheets';
import { fixturesDir, readWorkbook } from '../../helpers/workbooks';

const dahuoai = path.join(fixturesDir, 'chitieu-nn-dahuoai-2020.xlsx');

async function checkDahuoai(edit: (cells: (address: string, value: number) => void) => void = () => {}) {
  const workbook = await readWorkbook(dahuoai);
  const sheetOf = workbook.getWorksheet('ChitieuNN')!;
  edit((address, value) => {
    sheetOf.getCell(address).value = value;
  });
  return wordReport(checkWorkbook({ name: 'chitieu-nn-dahuoai-2020.xlsx', sheets: readSnapshots(workbook) }, defaultSettings).report, 'vi');
}

describe('column groups on the real Đạ Huoai workbook', () => {
  it('checks every commune group and the total group against their sum, and finds the real data consistent across groups', async () => {
    const report = await checkDahuoai();
    expect(report.sheets[0]).toMatchObject({ name: 'ChitieuNN', status: 'checked', columns: { prior: 'D', plan: 'E', actual: 'F' } });
    // No group total disagrees with the communes; the breakdowns that do not add up are the
    // total group's and those of the communes whose figures repeat them (AH77) or fill in only the total (P198).
    // The district's yields (Tạ/Ha) summed from the communes' are warnings of their own (non-additive-total).
    const summedRates = findingsOf(report, 'non-additive-total').map((f) => f.cell);
    expect(new Set(summedRates.map((cell) => cell.slice(1)))).toEqual(new Set(['13', '17', '21', '25', '29', '33', '38', '42', '74']));
    // The whole year's output that is not its seasons' (row 30) and the scale slips (rows 207, 208,
    // 220) are found in the total group and in the communes that repeat them. Outputs of 0 on a
    // positive area and yield (rows 30 and 92) are found wherever a group has them.
    expect(findingKeys(report).filter((key) => !key.startsWith('non-additive-total')).sort()).toEqual([
      'block-total-mismatch BB30',
      'block-total-mismatch BC30',
      'block-total-mismatch BD30',
      'block-total-mismatch D30',
      'block-total-mismatch E30',
      'block-total-mismatch F30',
      'block-total-mismatch O30',
      'block-total-mismatch P30',
      'block-total-mismatch U30',
      'crop-output-mismatch AE30',
      'crop-output-mismatch BB30',
      'crop-output-mismatch BD30',
      'crop-output-mismatch F30',
      'crop-output-mismatch F92',
      'crop-output-mismatch J30',
      'crop-output-mismatch K92',
      'crop-output-mismatch O30',
      'crop-output-mismatch P30',
      'crop-output-mismatch U30',
      'implausible-figure AI220',
      'implausible-figure AJ220',
      'implausible-figure E220',
      'implausible-figure F207',
      'implausible-figure F208',
      'implausible-figure F220',
      'subset-exceeds-total BB24',
      'subset-exceeds-total BC24',
      'subset-exceeds-total D79',
      'subset-exceeds-total E24',
      'subset-exceeds-total E77',
      'subset-exceeds-total F24',
      'sum-mismatch AH77',
      'sum-mismatch AI77',
      'sum-mismatch D77',
      'sum-mismatch E77',
      'sum-mismatch F121',
      'sum-mismatch F198',
      'sum-mismatch P198',
    ]);
    expect(report.indicators).toHaveLength(203);
  });

  it('reports the total group where a commune figure no longer adds up to it', async () => {
    // Row 10 "Cây lương thực có hạt" (Ha): TT D'ran's ƯTH 2020 (K10) from 0 to 5.
    const report = await checkDahuoai((set) => set('K10', 5));
    const [finding] = findingsOf(report, 'group-total-mismatch');
    expect(findingsOf(report, 'group-total-mismatch')).toHaveLength(1);
    expect(finding).toMatchObject({ cell: 'F10', column: 'actual', expected: 1711.2, found: 1706.2, severity: 'error' });
    expect(finding!.message).toContain('Toàn huyện');
  });

  it('never adds yields (Tạ/Ha) across communes, but checks each commune group on its own', async () => {
    // Row 13 "Năng suất" (Tạ/Ha): TT D'ran's ƯTH 2020 from 0 to 500, beside a stated 0 % of plan in M13.
    const report = await checkDahuoai((set) => set('K13', 500));
    expect(findingsOf(report, 'group-total-mismatch')).toEqual([]);
    expect(findingsOf(report, 'stated-percent-mismatch').map((f) => f.cell)).toEqual(['M13']);
  });
});

describe('column groups', () => {
  it('sums counts and amounts across the unit groups, with the rounding shown', () => {
    const result = check(
      groupedSheet([
        ['1', 'Lao động có việc làm', 'người', 100, 110, 120, 40, 50, 60, 60, 60, 61],
        ['2', 'Kinh phí', 'triệu đồng', 10.5, 11, 12.4, 5.2, 5.5, 6.2, 5.3, 5.5, 6.2],
      ]),
    );
    expect(findingKeys(result)).toEqual(['group-total-mismatch F3']);
    expect(findingsOf(result, 'group-total-mismatch')[0]).toMatchObject({ expected: 121, found: 120 });
  });

  it('leaves rates, per-person figures and indexes alone, and never takes a missing figure as zero', () => {
    const result = check(
      groupedSheet([
        ['1', 'Tỷ lệ hộ nghèo', '%', 5, 4, 3.5, 6, 5, 4, 4, 3, 3],
        ['2', 'Thu nhập bình quân đầu người', 'triệu đồng/người', 40, 45, 46, 38, 40, 41, 42, 44, 45],
        ['3', 'Chỉ số giá tiêu dùng', 'chỉ số', 103, 104, 103.5, 102, 103, 104, 104, 105, 103],
        ['4', 'Số hộ được hỗ trợ', 'hộ', 30, 35, 40, 10, 15, null, 20, 20, 20],
      ]),
    );
    expect(findingsOf(result, 'group-total-mismatch')).toEqual([]);
  });

  it.each<[string, [string, string, string]]>([
    ['a commune called Cộng Hòa before "Tổng số"', ['Cộng Hòa', 'Tổng số', 'Xã B']],
    ['"Toàn quận" between two wards of a city district', ['Phường 1', 'Toàn quận', 'Phường 2']],
  ])('finds the total group by its name wherever it stands: %s', (_, [first, second, third]) => {
    const n = null;
    const result = check(
      sheet('Biểu 07', [
        ['STT', 'Chỉ tiêu', 'ĐVT', first, n, n, second, n, n, third, n, n],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'TH 2020', 'TH 2019', 'KH 2020', 'TH 2020', 'TH 2019', 'KH 2020', 'TH 2020'],
        ['1', 'Lao động có việc làm', 'người', 40, 50, 60, 100, 110, 125, 60, 60, 61],
        // "Cộng Hòa" names no place by its words: the rows that add up show the groups are units.
        ['2', 'Số hộ được hỗ trợ', 'hộ', 10, 12, 14, 30, 32, 34, 20, 20, 20],
        ['3', 'Diện tích lúa', 'ha', 5, 6, 7, 15, 16, 17, 10, 10, 10],
        ['4', 'Kinh phí', 'triệu đồng', 1, 2, 3, 4, 5, 6, 3, 3, 3],
      ]),
    );
    expect(result.sheet).toMatchObject({ columns: { prior: 'G', plan: 'H', actual: 'I' } });
    expect(findingKeys(result)).toEqual(['group-total-mismatch I3']);
  });

  it("holds a commune's total against parts proven to add up in the district's columns, though the commune filled in only the total", () => {
    const n = null;
    const result = check(
      groupedSheet([
        ['1', 'Bò sữa', 'Con', 401, n, 596, 401, n, 440, 0, n, 156],
        // District prior: 401 = 401 + 0, the parts are the whole herd; commune B wrote 0 in both.
        [n, '- Trong dân', 'Con', 401, n, 440, 401, n, 440, 0, n, 0],
        [n, '- Doanh nghiệp', 'Con', 0, n, 0, 0, n, 0, 0, n, 0],
      ]),
    );
    expect(findingKeys(result).sort()).toEqual(['sum-mismatch F3', 'sum-mismatch L3']);
    expect(findingsOf(result, 'sum-mismatch')[1]).toMatchObject({ severity: 'error', expected: 0, found: 156 });
  });

  it("finds a commune group's own inconsistency at the commune's cell", () => {
    const result = check(
      groupedSheet([
        ['1', 'Lao động được tạo việc làm', 'người', 100, 110, 120, 40, 50, 60, 60, 60, 60],
        [null, 'Trong đó: lao động nữ', 'người', 50, 50, 50, 20, 20, 70, 30, 30, 30],
      ]),
    );
    // I4 (Xã A's TH 2020 "of which" 70 > 60) and, because of it, F4 against the communes' 100.
    expect(findingKeys(result).sort()).toEqual(['group-total-mismatch F4', 'subset-exceeds-total I4']);
  });
});

describe('column groups are units only with evidence', () => {
  const n = null;
  /** Three groups of KH 2020 and TH 2020, the first group's name first. */
  const threeGroups = (names: readonly [string, string, string], rows: readonly (readonly CellValue[])[]) =>
    sheet('Biểu 07', [
      ['STT', 'Chỉ tiêu', 'ĐVT', names[0], n, names[1], n, names[2], n],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2020', 'TH 2020', 'KH 2020', 'TH 2020', 'KH 2020', 'TH 2020'],
      ...rows,
    ]);
  /** Rows where the first group is the others' sum, but for E3 (120 where 50 + 60 make 110). */
  const addingUp: readonly (readonly CellValue[])[] = [
    ['1', 'Lao động có việc làm', 'người', 100, 120, 40, 50, 60, 60],
    ['2', 'Số hộ được hỗ trợ', 'hộ', 30, 34, 10, 14, 20, 20],
    ['3', 'Diện tích lúa', 'ha', 25, 27, 15, 17, 10, 10],
    ['4', 'Kinh phí', 'triệu đồng', 7, 9, 4, 6, 3, 3],
  ];
  /** Side-by-side blocks whose figures have nothing to do with each other. */
  const unrelated: readonly (readonly CellValue[])[] = [
    ['1', 'Lúa', 'tấn', 100, 120, 4, 5, 300, 360],
    ['2', 'Ngô', 'tấn', 30, 34, 1.1, 1.2, 95, 102],
    ['3', 'Sắn', 'tấn', 25, 27, 0.9, 1, 70, 81],
  ];

  it.each<[string, [string, string, string]]>([
    ['measures', ['TỔNG HỢP', 'SẢN LƯỢNG', 'CHỈ SỐ BÁN TT']],
    ['values at constant and current prices', ['TỔNG HỢP', 'GIÁ TRỊ SẢN XUẤT GIÁ 2010', 'GIÁ TRỊ (THỰC TẾ)']],
    ['units in parentheses', ['Tổng hợp', 'Diện tích (ha)', 'Giá trị (tỷ đồng)']],
    ['years', ['Năm 2019', 'Năm 2020', 'Năm 2021']],
    ['periods', ['Cả năm', 'Quý I', 'Quý II']],
  ])('never sums blocks of %s against each other', (_, names) => {
    const result = check(threeGroups(names, unrelated));
    expect(findingsOf(result, 'group-total-mismatch')).toEqual([]);
  });

  it('still checks each block on its own', () => {
    const result = check(
      threeGroups(['TỔNG HỢP', 'SẢN LƯỢNG', 'GIÁ TRỊ (tỷ đồng)'], [
        ['1', 'Cây lương thực', 'tấn', 100, 120, 40, 50, 60, 60],
        [n, 'Chia ra: Lúa', 'tấn', 60, 70, 20, 25, 30, 30],
        [n, 'Ngô', 'tấn', 40, 50, 20, 20, 30, 30],
      ]),
    );
    // G3: the second block's "Chia ra" parts make 45, not 50.
    expect(findingKeys(result)).toEqual(['sum-mismatch G3']);
  });

  it('sums groups named as places, on any number of rows', () => {
    const result = check(threeGroups(['Toàn huyện', 'Xã Hà Lâm', 'Thị trấn Đạ M\'ri'], addingUp.slice(0, 1)));
    expect(findingKeys(result)).toEqual(['group-total-mismatch E3']);
  });

  it('sums groups whose names say nothing only when the figures show the first is the others\' sum', () => {
    expect(findingKeys(check(threeGroups(['Toàn huyện', 'Hà Lâm', 'Đạ Oai'], addingUp)))).toEqual(['group-total-mismatch E3']);
    // Too few rows to tell: one row that adds up and one that does not.
    expect(findingsOf(check(threeGroups(['Toàn huyện', 'Hà Lâm', 'Đạ Oai'], addingUp.slice(0, 2))), 'group-total-mismatch')).toEqual([]);
    expect(findingsOf(check(threeGroups(['Toàn huyện', 'Hà Lâm', 'Đạ Oai'], unrelated)), 'group-total-mismatch')).toEqual([]);
  });

  it('takes a group named as another sheet of the workbook for a place', () => {
    const grouped = threeGroups(['Toàn huyện', 'Hà Lâm', 'Đạ Oai'], addingUp.slice(0, 1));
    const lists = ['Hà Lâm', 'Đạ Oai'].map((name) => sheet(name, [['Danh sách hộ'], ['Nguyễn Văn A']]));
    expect(findingKeys(checkAll('huyen.xlsx', [grouped, ...lists]))).toEqual(['group-total-mismatch E3']);
    expect(findingKeys(checkAll('huyen.xlsx', [grouped]))).toEqual([]);
  });
});
