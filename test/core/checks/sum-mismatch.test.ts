import { describe, expect, it } from 'vitest';
import { sumMismatch } from '../../../src/core/checks/sumMismatch';
import type { CellValue } from '../../../src/core/snapshot';
import { check, indicatorAt, sheet, type SheetOptions } from '../../helpers/sheets';
import { ruleTester, underHeader } from './ruleTester';

const n = null;

function table(rows: readonly (readonly CellValue[])[], options?: SheetOptions) {
  return check(sheet('Biểu 01', underHeader(rows), options));
}

/** Quảng Ninh 2020, drug rehabilitation: the parts of the actual make 915, the total says 900. */
const rehab = (actualTotal: number) =>
  underHeader([
    ['9', 'Cai nghiện ma túy', 'lượt người', n, 900, actualTotal], // 2
    [n, 'Chia ra: - Cai nghiện tập trung tại Cơ sở cai nghiện ma túy tỉnh', 'lượt người', n, 700, 715], // 3
    [n, '- Cai nghiện tại cộng đồng', 'lượt người', n, 200, 200], // 4
  ]);

/** Quảng Ninh's enrolment, with a "Trong đó" row under its second part. */
const enrol = (planTotal: number) =>
  underHeader([
    ['8', 'Tuyển sinh đào tạo nghề', 'người', n, planTotal, 37625], // 2
    [n, 'Chia ra: - Cao đẳng và trung cấp', 'người', n, 6103, 6347], // 3
    [n, '- Sơ cấp và đào tạo nghề dưới 3 tháng', 'người', n, 29789, 31278], // 4
    [n, 'Trong đó: đào tạo nghề cho lao động nông thôn', 'người', n, 1933, 2281], // 5
  ]);
const enrolIndents: SheetOptions = { indents: { B3: 1, B4: 1, B5: 2 } };

const firms = (total: number) =>
  underHeader([
    ['1', 'Số doanh nghiệp được kiểm tra', 'doanh nghiệp', n, n, total], // 2
    [n, 'Chia ra: - Doanh nghiệp nhà nước', 'doanh nghiệp', n, n, '120-150'], // 3
    [n, '- Doanh nghiệp ngoài nhà nước', 'doanh nghiệp', n, n, 160], // 4
  ]);

const rice = (total: CellValue) =>
  underHeader([
    ['1', 'Diện tích lúa cả năm', 'Ha', n, n, total],
    [n, 'Chia ra: - Lúa đông xuân', 'Ha', n, n, 43.7],
    [n, '- Lúa hè thu', 'Ha', n, n, 44.2],
    [n, '- Lúa mùa', 'Ha', n, n, 43.4],
  ]);

const rehabActual = (total: number) =>
  underHeader([
    ['9', 'Cai nghiện ma túy', 'lượt người', n, n, total],
    [n, 'Chia ra: - Cai nghiện tập trung', 'lượt người', n, n, 715],
    [n, '- Cai nghiện tại cộng đồng', 'lượt người', n, n, 200],
  ]);

const vegetables = underHeader([
  ['1', 'Diện tích rau các loại', 'Ha', n, n, 30],
  [n, 'Chia ra: - Rau ăn lá', 'Ha', n, n, 10.4],
  [n, '- Rau ăn quả', 'Ha', n, n, 19.9],
]);
const shownAs = (format: string): SheetOptions => ({ numberFormats: { F2: format, F3: format, F4: format } });

/** Quảng Ninh's enrolment without its "Chia ra": the actual adds up (6.347 + 31.278 = 37.625), the plan does not. */
const unannounced = (plan: number, actual: number) =>
  underHeader([
    ['8', 'Tuyển sinh đào tạo nghề', 'người', n, plan, actual], // 2
    [n, '- Cao đẳng và trung cấp', 'người', n, 6103, 6347], // 3
    [n, '- Sơ cấp và đào tạo nghề dưới 3 tháng', 'người', n, 29789, 31278], // 4
  ]);

const funds = (plan: [number, number], actual: [number, number]) =>
  underHeader([
    ['8', 'Quỹ Đền ơn đáp nghĩa các cấp huy động', 'triệu đồng', n, 7000, 7108], // 2
    [n, 'Bao gồm: - Quỹ cấp tỉnh', 'triệu đồng', n, plan[0], actual[0]], // 3
    [n, '- Quỹ cấp huyện, xã', 'triệu đồng', n, plan[1], actual[1]], // 4
  ]);

/** Dairy cows by owner, as a district writes them: all of last year's herd was households', none enterprises'. */
const dairyCattle = (actualTotal: number) =>
  underHeader([
    ['1', '- Bò sữa', 'Con', 401, n, actualTotal], // 2
    [n, 'Trong dân', 'Con', 401, n, 440], // 3
    [n, 'Doanh nghiệp', 'Con', 0, n, 0], // 4
  ]);

/** Households in a commune: a total typed "trên …" (over) and parts typed "khoảng …" (about), as offices write them. */
const households = (total: CellValue, parts: readonly CellValue[], word = 'Chia ra: ') =>
  underHeader([
    ['1', 'Số hộ sử dụng nước sạch', 'hộ', n, n, total], // 2
    [n, `${word}- Thôn Đông`, 'hộ', n, n, parts[0]!], // 3
    [n, '- Thôn Tây', 'hộ', n, n, parts[1]!], // 4
    [n, '- Thôn Nam', 'hộ', n, n, parts[2]!], // 5
    [n, '- Thôn Bắc', 'hộ', n, n, parts[3]!], // 6
  ]);
const approximateParts = ['khoảng 2.289', 'khoảng 2.071', 'khoảng 140', 219];

ruleTester.run(sumMismatch, {
  valid: [
    { name: 'a total that equals its parts', sheet: rehab(915) },
    { name: 'a "Trong đó" row under a "Chia ra" part is not another part', sheet: enrol(35892), options: enrolIndents },
    { name: '"120-150" in a breakdown is a range of sums: 280', sheet: firms(280) },
    { name: '"120-150" in a breakdown is a range of sums: 300', sheet: firms(300) },
    { name: '"120-150" in a breakdown is a range of sums: 310', sheet: firms(310) },
    { name: '43,7 + 44,2 + 43,4 = 131,3 despite floating point', sheet: rice(131.3) },
    { name: '43,7 + 44,2 + 43,4 = "131,3" typed as text', sheet: rice('131,3') },
    // Three parts shown to one decimal: half a unit summed over the parts allows 0,15.
    { name: '131,4 is within the rounding of three parts shown to one decimal', sheet: rice(131.4) },
    { name: 'whole counts of people: 915 = 715 + 200', sheet: rehabActual(915) },
    // Shown as 30 = 10 + 20: the reader sees figures that add up.
    { name: 'the tolerance comes from the decimals shown (30 = 10 + 20)', sheet: vegetables, options: shownAs('#,##0') },
    { name: 'the extra digits the settings allow widen the tolerance', sheet: rice(131.6), settings: { extraToleranceDigits: 1 } },
    {
      name: 'rates are never added: the parts of a % total are not summed',
      sheet: underHeader([
        ['1', 'Tỷ lệ lao động qua đào tạo', '%', n, 73, 73],
        [n, 'Chia ra: - Thành thị', '%', n, 80, 81],
        [n, '- Nông thôn', '%', n, 68, 69],
      ]),
    },
    { name: '"Bao gồm" parts that add up', sheet: funds([3000, 4000], [3100, 4008]) },
    { name: 'approximate parts adding up to 4.719 agree with "trên 4.700"', sheet: households('trên 4.700', approximateParts) },
    { name: 'approximate parts are never held to an exact total: they prove no exact sum', sheet: households(4730, approximateParts) },
    { name: 'an approximate total ("khoảng 4.730") claims no side to hold the parts against', sheet: households('khoảng 4.730', approximateParts) },
    { name: 'parts without a breakdown word may be of which: below "trên 4.730" is no mismatch', sheet: households('trên 4.730', approximateParts, '') },
  ],
  invalid: [
    {
      name: "Quảng Ninh's 900 = 715 + 200, on the actual and only there",
      sheet: rehab(900),
      findings: [
        { cell: 'F2', messageId: 'totalDiffers', severity: 'error', sheet: 'Biểu 01', row: 2, column: 'actual', expected: 915, found: 900, data: { rows: '3, 4' } },
      ],
    },
    {
      // The expected sum leaves the 1.933 of the "Trong đó" row out: 6.103 + 29.789.
      name: 'the sum leaves out a "Trong đó" row under a "Chia ra" part',
      sheet: enrol(35164),
      options: enrolIndents,
      findings: [{ cell: 'E2', messageId: 'totalDiffers', expected: 35892, found: 35164 }],
    },
    {
      name: '"120-150" + 160 cannot make 320, and the message shows the range of sums, not its middle',
      sheet: firms(320),
      findings: [
        {
          cell: 'F2',
          messageId: 'totalDiffers',
          found: 320,
          data: { expected: { low: 280, high: 310 } },
          message: 'Số tổng 320 ở ô F2 khác tổng các thành phần (280–310, dòng 3, 4): kiểm tra lại số tổng hoặc các dòng thành phần.',
        },
      ],
    },
    { name: '131,5 is beyond the rounding of three parts shown to one decimal', sheet: rice(131.5), findings: [{ cell: 'F2', messageId: 'totalDiffers' }] },
    { name: 'whole counts of people are held to the person: 916 is not 715 + 200', sheet: rehabActual(916), findings: [{ cell: 'F2', messageId: 'totalDiffers' }] },
    // Shown as 30,0 against 10,4 + 19,9 = 30,3: they do not add up.
    { name: 'the tolerance comes from the decimals shown (30,0 is not 10,4 + 19,9)', sheet: vegetables, options: shownAs('#,##0.0'), findings: [{ cell: 'F2', messageId: 'totalDiffers' }] },
    { name: '131,6 is beyond the rounding without extra digits', sheet: rice(131.6), findings: [{ cell: 'F2', messageId: 'totalDiffers' }] },
    {
      name: 'parts without a breakdown word that add up in one column: a mismatch in another is an error',
      sheet: unannounced(35164, 37625),
      findings: [{ cell: 'E2', messageId: 'totalDiffers', severity: 'error', column: 'plan', expected: 35892, found: 35164 }],
    },
    {
      name: 'parts that add up in the prior year with one of them written 0 (401 = 401 + 0): a mismatch in the actual is an error',
      sheet: dairyCattle(596),
      findings: [{ cell: 'F2', messageId: 'totalDiffers', severity: 'error', column: 'actual', expected: 440, found: 596 }],
    },
    {
      name: 'parts only placed under a total (no word, formula or column that adds up) that add up to more: a warning',
      sheet: unannounced(30000, 30000),
      findings: [
        { cell: 'E2', messageId: 'partsExceedTotal', severity: 'warning' },
        { cell: 'F2', messageId: 'partsExceedTotal', severity: 'warning' },
      ],
    },
    {
      name: 'parts the total\'s formulas add, whose sum differs from its saved result: an error',
      sheet: unannounced(30000, 30000),
      options: { formulas: { E2: '=E3+E4', F2: '=F3+F4' } },
      findings: [
        { cell: 'E2', messageId: 'totalDiffers', severity: 'error', expected: 35892, found: 30000 },
        { cell: 'F2', messageId: 'totalDiffers', severity: 'error', expected: 37625, found: 30000 },
      ],
    },
    {
      name: '"Bao gồm" parts that do not add up where another column does: an error',
      sheet: funds([3000, 4000], [3100, 3900]),
      findings: [{ cell: 'F2', messageId: 'totalDiffers', severity: 'error', expected: 7000, found: 7108 }],
    },
    {
      name: 'a total "trên 4.730" whose approximate parts add up to 4.719: a warning that quotes them',
      sheet: households('trên 4.730', approximateParts),
      findings: [
        {
          cell: 'F2',
          messageId: 'boundedTotalBeyondApproximateParts',
          severity: 'warning',
          found: 4730,
          expected: 4719,
          message:
            'Số tổng ghi "trên 4.730" ở ô F2 nhưng các thành phần ghi "khoảng 2.289", "khoảng 2.071", "khoảng 140" (dòng 3, 4, 5, 6) cộng lại 4.719: kiểm tra lại số tổng hoặc các dòng thành phần.',
        },
      ],
    },
    {
      name: 'a total "dưới 1.000" whose exact parts add up to 1.200: a warning',
      sheet: households('dưới 1.000', [300, 300, 300, 300]),
      findings: [{ cell: 'F2', messageId: 'boundedTotalBeyondParts', severity: 'warning', found: 1000, expected: 1200 }],
    },
    {
      name: 'parts without a breakdown word that add up to more than "dưới 1.000": a warning',
      sheet: households('dưới 1.000', [300, 300, 300, 300], ''),
      findings: [{ cell: 'F2', messageId: 'boundedTotalBeyondParts', severity: 'warning' }],
    },
    {
      name: '"Bao gồm" parts that add up in no column: only a warning',
      sheet: funds([3000, 3500], [3100, 3900]),
      findings: [
        { cell: 'E2', messageId: 'comprisingNotAdding', severity: 'warning' },
        { cell: 'F2', messageId: 'comprisingNotAdding', severity: 'warning' },
      ],
    },
  ],
});

describe('sum-mismatch: how rows are read into a breakdown', () => {
  it('does not count a "Trong đó" row indented like the parts as another part', () => {
    const result = table(
      [
        ['1', 'Số lao động được giải quyết việc làm', 'người', n, n, 23250], // 2
        [n, 'Chia ra: - Lao động trong tỉnh', 'người', n, n, 20501], // 3
        [n, '- Đi làm việc ở nước ngoài theo hợp đồng', 'người', n, n, 2749], // 4
        [n, 'Trong đó: lao động nữ', 'người', n, n, 11000], // 5
      ],
      { indents: { B3: 1, B4: 1, B5: 1 } },
    );
    expect(indicatorAt(result, 5)).toMatchObject({ parentRow: 2, breakdown: 'partial' });
    expect(result.findings).toEqual([]);
  });

  it('never adds a child row in another unit ("Quà tặng … suất" with "- Số tiền … triệu đồng"): it is an attribute', () => {
    const result = table([
      ['10', 'Quà tặng người có công và thân nhân nhân dịp lễ, tết', 'suất', n, n, 110412], // 2
      [n, '- Số tiền', 'triệu đồng', n, n, 34451.21], // 3
      ['11', 'Hỗ trợ trang cấp dụng cụ chỉnh hình', 'người', n, n, 402], // 4
      [n, '- Kinh phí', 'triệu đồng', n, n, 759], // 5
    ]);
    expect(indicatorAt(result, 3)).toMatchObject({ parentRow: 2, breakdown: null, unit: 'triệu đồng' });
    // 759 million đồng "exceeds" 402 people only if one adds them: nothing to flag.
    expect(result.findings).toEqual([]);
  });

  it('lets a row without a unit take its total\'s only as a plausible part: not among siblings in other units', () => {
    const result = table([
      ['1', 'Quà tặng người có công nhân dịp lễ, tết', 'suất', n, n, 1200], // 2
      [n, '- Số tiền', 'triệu đồng', n, n, 600], // 3
      [n, '- Số đơn vị tham gia', n, n, n, 1500], // 4
      ['2', 'Số lao động được giải quyết việc làm', 'người', n, n, 900], // 5
      [n, '- Lao động nam', n, n, n, 500], // 6
      [n, '- Lao động nữ', n, n, n, 400], // 7
    ]);
    // Row 4 sits among attributes in other units: it is no part of 1.200 suất, and 1.500 exceeds nothing.
    expect(indicatorAt(result, 4)).toMatchObject({ unit: null, breakdown: null });
    // Rows 6 and 7 name no unit, like all their siblings: the total's unit, written once, is theirs.
    expect(indicatorAt(result, 6)).toMatchObject({ unit: 'người' });
    expect(result.findings).toEqual([]);
  });

  it('passes 4,35 + 3,02 = 7,37 although the binary sum is 7,369999…', () => {
    expect(4.35 + 3.02).not.toBe(7.37);
    const result = table([
      ['1', 'Diện tích cây ăn quả', 'Ha', n, n, 7.37],
      [n, 'Chia ra: - Sầu riêng', 'Ha', n, n, 4.35],
      [n, '- Bơ', 'Ha', n, n, 3.02],
    ]);
    expect(result.findings).toEqual([]);
  });

  it('makes parts without a breakdown word a full breakdown when they add up in one column', () => {
    const result = table(unannounced(35164, 37625).slice(1));
    expect(result.findings).toHaveLength(1);
    expect(indicatorAt(result, 3).breakdown).toBe('full');
  });

  it('reads parts without a breakdown word as of-which when no column adds up and they stay below the total', () => {
    const result = table(unannounced(50000, 52000).slice(1));
    expect(indicatorAt(result, 3).breakdown).toBe('partial');
    expect(result.findings).toEqual([]);
  });

  it('reads a lone part equal to its total as of-which, not as proof of a full breakdown', () => {
    const result = table([
      ['1', 'Diện tích lúa', 'Ha', 401, n, 596],
      [n, '- Lúa lai', 'Ha', 401, n, 440],
    ]);
    expect(indicatorAt(result, 3).breakdown).toBe('partial');
    expect(result.findings).toEqual([]);
  });

  it('makes "Bao gồm" parts that add up a full breakdown', () => {
    const result = table(funds([3000, 4000], [3100, 4008]).slice(1));
    expect(indicatorAt(result, 3).breakdown).toBe('full');
    expect(result.findings).toEqual([]);
  });
});
