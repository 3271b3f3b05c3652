import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/snapshot';
import { check, findingKeys, findingsOf, header2023, indicatorAt, sheet, type SheetOptions } from '../helpers/sheets';

const n = null;

/** Rows under the standard header in row 1 (D prior, E plan, F actual): the first data row is row 2. */
function table(rows: readonly (readonly CellValue[])[], options?: SheetOptions) {
  return check(sheet('Biểu 01', [[...header2023], ...rows], options));
}

describe('sum-mismatch', () => {
  /** Quảng Ninh 2020, drug rehabilitation: the parts of the actual make 915, the total says 900. */
  const rehab = (actualTotal: number) =>
    table([
      ['9', 'Cai nghiện ma túy', 'lượt người', n, 900, actualTotal], // 2
      [n, 'Chia ra: - Cai nghiện tập trung tại Cơ sở cai nghiện ma túy tỉnh', 'lượt người', n, 700, 715], // 3
      [n, '- Cai nghiện tại cộng đồng', 'lượt người', n, 200, 200], // 4
    ]);

  it('flags Quảng Ninh\'s 900 = 715 + 200 on the actual, and only there', () => {
    const result = rehab(900);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      rule: 'sum-mismatch',
      severity: 'error',
      sheet: 'Biểu 01',
      row: 2,
      cell: 'F2',
      column: 'actual',
      expected: 915,
      found: 900,
    });
  });

  it('passes a total that equals its parts', () => {
    expect(rehab(915).findings).toEqual([]);
  });

  it('does not count a "Trong đó" row under a "Chia ra" part as another part', () => {
    const enrol = (planTotal: number) =>
      table(
        [
          ['8', 'Tuyển sinh đào tạo nghề', 'người', n, planTotal, 37625], // 2
          [n, 'Chia ra: - Cao đẳng và trung cấp', 'người', n, 6103, 6347], // 3
          [n, '- Sơ cấp và đào tạo nghề dưới 3 tháng', 'người', n, 29789, 31278], // 4
          [n, 'Trong đó: đào tạo nghề cho lao động nông thôn', 'người', n, 1933, 2281], // 5
        ],
        { indents: { B3: 1, B4: 1, B5: 2 } },
      );
    expect(enrol(35892).findings).toEqual([]);
    // The expected sum leaves the 1.933 of the "Trong đó" row out: 6.103 + 29.789.
    expect(findingsOf(enrol(35164))).toEqual([expect.objectContaining({ rule: 'sum-mismatch', cell: 'E2', expected: 35892, found: 35164 })]);
  });

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

  it('reads "120-150" in a breakdown as a range of sums', () => {
    const firms = (total: number) =>
      table([
        ['1', 'Số doanh nghiệp được kiểm tra', 'doanh nghiệp', n, n, total], // 2
        [n, 'Chia ra: - Doanh nghiệp nhà nước', 'doanh nghiệp', n, n, '120-150'], // 3
        [n, '- Doanh nghiệp ngoài nhà nước', 'doanh nghiệp', n, n, 160], // 4
      ]);
    expect(firms(280).findings).toEqual([]);
    expect(firms(300).findings).toEqual([]);
    expect(firms(310).findings).toEqual([]);
    const above = firms(320);
    expect(findingKeys(above)).toEqual(['sum-mismatch F2']);
    expect(above.findings[0]!.found).toBe(320);
  });

  it('passes 43,7 + 44,2 + 43,4 = 131,3 despite floating point', () => {
    const rice = (total: CellValue) =>
      table([
        ['1', 'Diện tích lúa cả năm', 'Ha', n, n, total],
        [n, 'Chia ra: - Lúa đông xuân', 'Ha', n, n, 43.7],
        [n, '- Lúa hè thu', 'Ha', n, n, 44.2],
        [n, '- Lúa mùa', 'Ha', n, n, 43.4],
      ]);
    expect(rice(131.3).findings).toEqual([]);
    expect(rice('131,3').findings).toEqual([]);
    // Three parts shown to one decimal: half a unit summed over the parts allows 0,15.
    expect(rice(131.4).findings).toEqual([]);
    expect(findingKeys(rice(131.5))).toEqual(['sum-mismatch F2']);
  });

  it('holds whole counts of people to the person: 916 is not 715 + 200', () => {
    const rehab = (total: number) =>
      table([
        ['9', 'Cai nghiện ma túy', 'lượt người', n, n, total],
        [n, 'Chia ra: - Cai nghiện tập trung', 'lượt người', n, n, 715],
        [n, '- Cai nghiện tại cộng đồng', 'lượt người', n, n, 200],
      ]);
    expect(rehab(915).findings).toEqual([]);
    expect(findingKeys(rehab(916))).toEqual(['sum-mismatch F2']);
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

  it('takes the tolerance from the decimals shown, not the decimals stored', () => {
    const area = (format: string) =>
      table(
        [
          ['1', 'Diện tích rau các loại', 'Ha', n, n, 30],
          [n, 'Chia ra: - Rau ăn lá', 'Ha', n, n, 10.4],
          [n, '- Rau ăn quả', 'Ha', n, n, 19.9],
        ],
        { numberFormats: { F2: format, F3: format, F4: format } },
      );
    // Shown as 30 = 10 + 20: the reader sees figures that add up.
    expect(area('#,##0').findings).toEqual([]);
    // Shown as 30,0 against 10,4 + 19,9 = 30,3: they do not.
    expect(findingKeys(area('#,##0.0'))).toEqual(['sum-mismatch F2']);
  });

  it('widens the tolerance by the extra digits the settings allow', () => {
    const rows = [
      ['1', 'Diện tích lúa cả năm', 'Ha', n, n, 131.6],
      [n, 'Chia ra: - Lúa đông xuân', 'Ha', n, n, 43.7],
      [n, '- Lúa hè thu', 'Ha', n, n, 44.2],
      [n, '- Lúa mùa', 'Ha', n, n, 43.4],
    ];
    expect(findingKeys(table(rows))).toEqual(['sum-mismatch F2']);
    expect(check(sheet('Biểu 01', [[...header2023], ...rows]), { extraToleranceDigits: 1 }).findings).toEqual([]);
  });

  it('never adds rates: the parts of a % total are not summed', () => {
    const result = table([
      ['1', 'Tỷ lệ lao động qua đào tạo', '%', n, 73, 73],
      [n, 'Chia ra: - Thành thị', '%', n, 80, 81],
      [n, '- Nông thôn', '%', n, 68, 69],
    ]);
    expect(findingsOf(result, 'sum-mismatch')).toEqual([]);
  });
});

describe('parts without a breakdown word', () => {
  /** Quảng Ninh's enrolment without its "Chia ra": the actual adds up (6.347 + 31.278 = 37.625), the plan does not. */
  const enrol = (plan: number, actual: number) =>
    table([
      ['8', 'Tuyển sinh đào tạo nghề', 'người', n, plan, actual], // 2
      [n, '- Cao đẳng và trung cấp', 'người', n, 6103, 6347], // 3
      [n, '- Sơ cấp và đào tạo nghề dưới 3 tháng', 'người', n, 29789, 31278], // 4
    ]);

  it('makes them a full breakdown when they add up in one column, so a mismatch in another is an error', () => {
    const result = enrol(35164, 37625);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: 'sum-mismatch', severity: 'error', cell: 'E2', column: 'plan', expected: 35892, found: 35164 });
    expect(indicatorAt(result, 3).breakdown).toBe('full');
  });

  it('reads them as of-which when no column adds up and they stay below the total', () => {
    const result = enrol(50000, 52000);
    expect(indicatorAt(result, 3).breakdown).toBe('partial');
    expect(result.findings).toEqual([]);
  });

  it('flags parts that add up to more than their total', () => {
    const result = enrol(30000, 30000);
    expect(findingKeys(result)).toEqual(['sum-mismatch E2', 'sum-mismatch F2']);
    expect(result.findings.every((f) => f.severity === 'error')).toBe(true);
  });
});

describe('"Bao gồm" (comprising)', () => {
  const funds = (plan: [number, number], actual: [number, number]) =>
    table([
      ['8', 'Quỹ Đền ơn đáp nghĩa các cấp huy động', 'triệu đồng', n, 7000, 7108], // 2
      [n, 'Bao gồm: - Quỹ cấp tỉnh', 'triệu đồng', n, plan[0], actual[0]], // 3
      [n, '- Quỹ cấp huyện, xã', 'triệu đồng', n, plan[1], actual[1]], // 4
    ]);

  it('is a full breakdown when it adds up', () => {
    const result = funds([3000, 4000], [3100, 4008]);
    expect(indicatorAt(result, 3).breakdown).toBe('full');
    expect(result.findings).toEqual([]);
  });

  it('makes a mismatch an error when another column adds up', () => {
    expect(funds([3000, 4000], [3100, 3900]).findings).toEqual([
      expect.objectContaining({ rule: 'sum-mismatch', severity: 'error', cell: 'F2', expected: 7000, found: 7108 }),
    ]);
  });

  it('only warns when no column adds up', () => {
    const result = funds([3000, 3500], [3100, 3900]);
    expect(findingKeys(result)).toEqual(['sum-mismatch E2', 'sum-mismatch F2']);
    expect(result.findings.every((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('subset-exceeds-total', () => {
  const abroad = (part: number) =>
    table([
      ['3', 'Số lao động được giải quyết việc làm', 'người', n, n, 23250],
      [n, 'Trong đó: Đi làm việc ở nước ngoài theo hợp đồng', 'người', 1982, n, part],
    ]);

  it('passes an "of which" part below its total', () => {
    expect(abroad(2749).findings).toEqual([]);
    expect(abroad(23250).findings).toEqual([]);
  });

  it('flags an "of which" part above its total', () => {
    expect(abroad(25000).findings).toEqual([
      expect.objectContaining({ rule: 'subset-exceeds-total', severity: 'error', row: 3, cell: 'F3', column: 'actual', expected: 23250, found: 25000 }),
    ]);
  });

  it('holds an "of which" rate to its total rate', () => {
    const trained = (part: number) =>
      table([
        ['2', 'Tỷ lệ lao động qua đào tạo', '%', 72, 73, 73],
        [n, 'Trong đó: có bằng cấp, chứng chỉ', '%', 35.9, 36, part],
      ]);
    expect(trained(36).findings).toEqual([]);
    expect(findingsOf(trained(80))).toEqual([expect.objectContaining({ rule: 'subset-exceeds-total', cell: 'F3', expected: 73, found: 80 })]);
  });
});

describe('shares-not-100', () => {
  const structure = (services: number) =>
    table([
      ['1', 'Cơ cấu lao động', '%', n, 100, 100], // 2
      [n, '- Nông, lâm nghiệp và thủy sản', '%', n, 28, 27.5], // 3
      [n, '- Công nghiệp và xây dựng', '%', n, 37, 37.4], // 4
      [n, '- Dịch vụ', '%', n, 35, services], // 5
    ]);

  it('passes shares that add up to 100', () => {
    expect(structure(35.1).findings).toEqual([]);
  });

  it('flags shares that do not add up to 100, on the column that is off', () => {
    const result = structure(34.1);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: 'shares-not-100', severity: 'error', row: 3, cell: 'F3', column: 'actual', expected: 100 });
    expect(result.findings[0]!.found).toBeCloseTo(99, 9);
  });
});

describe('stated-percent-mismatch', () => {
  const headerWithComparison = [...header2023, 'TH 2023 so với KH (%)'];
  const stated = (values: readonly CellValue[]) =>
    check(
      sheet('Biểu 01', [
        headerWithComparison,
        ['1', 'Tuyển sinh và đào tạo nghề nghiệp', 'người', n, 40000, 40512, values[0]!], // 2
        ['2', 'Tổ chức cai nghiện phục hồi', 'người', n, 1000, 1087, values[1]!], // 3
        ['3', 'Quỹ Đền ơn đáp nghĩa các cấp huy động', 'triệu đồng', n, 7000, 7108, values[2]!], // 4
      ]),
    );

  it('passes a percent column that matches ("101,28")', () => {
    expect(stated(['101,28', '108,7', '101,5']).findings).toEqual([]);
    expect(stated([101.28, 108.7, 101.54]).findings).toEqual([]);
  });

  it('passes a ratio column whose rows match ("1,0128")', () => {
    expect(stated(['1,0128', '1,087', '1,015']).findings).toEqual([]);
    expect(stated([1.0128, 1.087, 1.0154]).findings).toEqual([]);
  });

  it('flags a wrong stated percent, in percent units', () => {
    const result = stated([110, 108.7, 101.5]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: 'stated-percent-mismatch', severity: 'error', row: 2, cell: 'G2', column: 'statedPercentOfPlan', found: 110 });
    expect(result.findings[0]!.expected).toBeCloseTo(101.28, 6);
  });

  it('flags a wrong stated ratio, in percent units', () => {
    const result = stated([1.1, 1.087, 1.015]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: 'stated-percent-mismatch', cell: 'G2' });
    expect(result.findings[0]!.expected).toBeCloseTo(101.28, 6);
    expect(result.findings[0]!.found).toBeCloseTo(110, 6);
  });

  it('reads a stated year-on-year index (prior = 100): 138,7 for 1.982 → 2.749', () => {
    const yoy = (value: CellValue) =>
      check(
        sheet('Biểu 01', [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2022', 'TH 2023', 'TH 2023/TH 2022 (%)'],
          ['1', 'Đi làm việc ở nước ngoài theo hợp đồng', 'người', 1982, 2749, value],
          ['2', 'Tỷ lệ lao động qua đào tạo', '%', 72, 73, 101.4],
        ]),
      );
    expect(yoy(138.7).findings).toEqual([]);
    expect(yoy(38.7).findings).toEqual([expect.objectContaining({ rule: 'stated-percent-mismatch', cell: 'F2', column: 'statedYoY' })]);
  });
});

describe('unit-mismatch', () => {
  const budget = (total: number) =>
    table([
      ['1', 'Kinh phí hỗ trợ người có công', 'triệu đồng', n, n, total], // 2
      [n, 'Chia ra: - Ngân sách tỉnh', 'tỷ đồng', n, n, 1.5], // 3
      [n, '- Ngân sách huyện', 'triệu đồng', n, n, 1000], // 4
    ]);

  it('converts parts in tỷ đồng under a total in triệu đồng and names the mix-up on the total row, not as a sum error', () => {
    const result = budget(2500);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: 'unit-mismatch', row: 2, cell: 'C2', column: 'unit' });
    expect(findingsOf(result, 'sum-mismatch')).toEqual([]);
  });

  it('still checks the converted sum', () => {
    const result = budget(3000);
    expect(findingKeys(result).sort()).toEqual(['sum-mismatch F2', 'unit-mismatch C2']);
    expect(findingsOf(result, 'sum-mismatch')[0]).toMatchObject({ expected: 2500, found: 3000 });
  });

  it('says nothing when all parts are in the total\'s unit', () => {
    const result = table([
      ['1', 'Kinh phí hỗ trợ người có công', 'triệu đồng', n, n, 2500],
      [n, 'Chia ra: - Ngân sách tỉnh', 'triệu đồng', n, n, 1500],
      [n, '- Ngân sách huyện', 'triệu đồng', n, n, 1000],
    ]);
    expect(result.findings).toEqual([]);
  });
});

describe('formula-omits-row', () => {
  /** A 3-part "Chia ra" with its total in row 19, the header in row 18. */
  const training = (formula: string, cached: number) =>
    check(
      sheet(
        'Biểu 01',
        [
          [...header2023], // 18
          ['1', 'Tuyển sinh đào tạo nghề', 'người', n, cached, n], // 19
          [n, 'Chia ra: - Cao đẳng', 'người', n, 2000, n], // 20
          [n, '- Trung cấp', 'người', n, 4103, n], // 21
          [n, '- Sơ cấp và dưới 3 tháng', 'người', n, 29789, n], // 22
        ],
        { origin: 'A18', formulas: { E19: formula } },
      ),
    );

  it('flags =SUM(E20:E21) that leaves out row 22 of the breakdown', () => {
    const result = training('=SUM(E20:E21)', 6103);
    const omits = findingsOf(result, 'formula-omits-row');
    expect(omits).toEqual([expect.objectContaining({ row: 19, cell: 'E19', column: 'plan', severity: 'warning' })]);
    expect(omits[0]!.message).toContain('22');
    // The cached result is short by the omitted row, which the sum check also sees.
    expect(findingsOf(result, 'sum-mismatch')).toEqual([expect.objectContaining({ cell: 'E19', expected: 35892, found: 6103 })]);
  });

  it('passes a formula that adds every part', () => {
    expect(training('=SUM(E20:E22)', 35892).findings).toEqual([]);
    expect(training('=E20+E21+E22', 35892).findings).toEqual([]);
  });

  it('flags a typed total among totals that are formulas', () => {
    const rows = [
      [...header2023], // 1
      ['1', 'Số người tham gia BHXH', 'người', n, n, 263050], // 2
      [n, 'Chia ra: - BHXH bắt buộc', 'người', n, n, 241800], // 3
      [n, '- BHXH tự nguyện', 'người', n, n, 21250], // 4
      ['2', 'Tuyển sinh đào tạo nghề', 'người', n, n, 37625], // 5
      [n, 'Chia ra: - Cao đẳng và trung cấp', 'người', n, n, 6347], // 6
      [n, '- Sơ cấp và đào tạo nghề dưới 3 tháng', 'người', n, n, 31278], // 7
      ['3', 'Cai nghiện ma túy', 'lượt người', n, n, 915], // 8
      [n, 'Chia ra: - Cai nghiện tập trung', 'lượt người', n, n, 715], // 9
      [n, '- Cai nghiện tại cộng đồng', 'lượt người', n, n, 200], // 10
    ];
    const typedAmongFormulas = check(sheet('Biểu 01', rows, { formulas: { F2: '=F3+F4', F5: '=SUM(F6:F7)' } }));
    expect(typedAmongFormulas.findings).toEqual([expect.objectContaining({ rule: 'formula-omits-row', cell: 'F8', row: 8, column: 'actual' })]);

    expect(check(sheet('Biểu 01', rows, { formulas: { F2: '=F3+F4', F5: '=SUM(F6:F7)', F8: '=SUM(F9:F10)' } })).findings).toEqual([]);
    expect(check(sheet('Biểu 01', rows)).findings).toEqual([]);
  });
});

describe('unreadable-value', () => {
  it('flags a cell in an actual column that is not a number, and says what it found', () => {
    const result = table([
      ['1', 'Số lao động được giải quyết việc làm', 'người', n, 23000, 'x'],
      ['2', 'Tỷ lệ lao động qua đào tạo', '%', n, 73, 73],
    ]);
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'unreadable-value', severity: 'warning', row: 2, cell: 'F2', column: 'actual' })]);
    expect(result.findings[0]!.message).toContain('"x"');
    expect(result.findings[0]!.message).toContain('F2');
  });

  it('flags an Excel error such as #DIV/0!', () => {
    const result = table([['1', 'Số lao động được giải quyết việc làm', 'người', n, 23000, { error: '#DIV/0!' }]]);
    expect(findingKeys(result)).toEqual(['unreadable-value F2']);
  });

  it('takes a dash for "no figure" and leaves notes alone', () => {
    const result = check(
      sheet('Biểu 01', [
        [...header2023, 'Ghi chú'],
        ['1', 'Số lao động được giải quyết việc làm', 'người', '-', 23000, 23250, 'gần 20.000'],
        ['2', 'Người có công và thân nhân hưởng trợ cấp hàng tháng', 'người', n, n, 20000, 'Chỉ tiêu giao: dưới 3%'],
      ]),
    );
    expect(result.findings).toEqual([]);
  });
});
