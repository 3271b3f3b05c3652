import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/snapshot';
import { check, findingKeys, findingsOf, header2023, sheet } from '../helpers/sheets';

const n = null;

/** Header A STT, B Chỉ tiêu, C ĐVT, D TH 2022, E KH 2023, F TH 2023; rows from row 2. */
const table = (rows: readonly (readonly CellValue[])[]) => sheet('Biểu 01', [[...header2023], ...rows]);
const problems = (rows: readonly (readonly CellValue[])[]): string[] => {
  const result = check(table(rows));
  return findingKeys({ findings: result.findings.filter((f) => f.severity !== 'info') });
};

describe('breakdowns by a dimension ("Phân theo …:")', () => {
  const population = (ruralActual: number): CellValue[][] => [
    ['1', 'Dân số trung bình', 'Nghìn người', 100, 110, 120],
    [n, 'Phân theo giới tính'],
    [n, '- Nam', 'Nghìn người', 49, 54, 59],
    [n, '- Nữ', 'Nghìn người', 51, 56, 61],
    [n, 'Phân theo khu vực'],
    [n, '- Thành thị', 'Nghìn người', 35, 40, 45],
    [n, '- Nông thôn', 'Nghìn người', 65, 70, ruralActual],
  ];

  it('holds each dimension against the total on its own', () => {
    expect(problems(population(75))).toEqual([]);
  });

  it('names only the dimension that does not add up', () => {
    const result = check(table(population(70)));
    const [finding] = findingsOf(result, 'sum-mismatch');
    expect(findingKeys(result)).toEqual(['sum-mismatch F2']);
    expect(finding!.message).toContain('7, 8');
  });

  it('reads "Phân theo một số …" as some of the parts, not all', () => {
    expect(
      problems([
        ['1', 'Vốn đầu tư thực hiện', 'Tỷ đồng', 900, 1000, 1100],
        [n, 'Phân theo một số tỉnh, thành phố'],
        [n, '- Hà Nội', 'Tỷ đồng', 300, 320, 350],
        [n, '- TP. Hồ Chí Minh', 'Tỷ đồng', 250, 260, 280],
      ]),
    ).toEqual([]);
  });
});

describe('breakdowns the sheet’s own sums show', () => {
  const fishery = (caughtActual: number): CellValue[][] => [
    ['1', 'Sản lượng thủy sản', 'Nghìn tấn', 2519.5, 2600, 2516.3],
    [n, '- Cá', 'Nghìn tấn', 1755.7, 1800, 1757.7],
    [n, '- Tôm', 'Nghìn tấn', 421.8, 450, 396.2],
    [n, '- Thủy sản khác', 'Nghìn tấn', 342, 350, 362.4],
    [n, '- Nuôi trồng', 'Nghìn tấn', 1463.1, 1500, 1650.3],
    [n, '- Khai thác', 'Nghìn tấn', 1056.4, 1100, caughtActual],
  ];

  it('takes parts that add up to the total twice, one run after the other, for two breakdowns', () => {
    expect(problems(fishery(866))).toEqual([]);
  });

  it('still reports a run that does not add up where the other does', () => {
    expect(problems(fishery(876))).toEqual(['sum-mismatch F2']);
  });

  const economy = (helpersActual: number, tradeActual: number): CellValue[][] => [
    ['1', 'Tổng sản phẩm', 'Tỷ đồng', 90, 95, 100],
    [n, '- Nông nghiệp', 'Tỷ đồng', 27, 28, 30],
    [n, '+ Trồng trọt', 'Tỷ đồng', 18, 19, 20],
    [n, '+ Chăn nuôi', 'Tỷ đồng', 9, 9, 10],
    [n, '- Dịch vụ', 'Tỷ đồng', 45, 47, 50],
    [n, '+ Thương mại', 'Tỷ đồng', 27, 28, tradeActual],
    [n, '+ Vận tải', 'Tỷ đồng', 14, 15, 15],
    [n, '- Làm thuê trong hộ gia đình', 'Tỷ đồng', 4, 4, helpersActual],
    [n, '- Thuế sản phẩm', 'Tỷ đồng', 18, 20, 20],
  ];

  it('gives a part written one level too high to the sibling above it when both sums then hold', () => {
    expect(problems(economy(5, 30))).toEqual([]);
  });

  it('then reports the sibling where, with that part, it does not add up', () => {
    // 2022 and the plan show "Làm thuê" inside "Dịch vụ"; in 2023 Thương mại 35 + 15 + 5 is 55, not 50.
    expect(problems(economy(5, 35))).toEqual(['sum-mismatch F6']);
  });

  it('reports a total that leaves out a part no sibling accounts for', () => {
    const rows: CellValue[][] = [
      ['1', 'Tổng sản phẩm', 'Tỷ đồng', 90, 95, 100],
      [n, '- Nông nghiệp', 'Tỷ đồng', 27, 28, 30],
      [n, '+ Trồng trọt', 'Tỷ đồng', 18, 19, 20],
      [n, '+ Chăn nuôi', 'Tỷ đồng', 9, 9, 10],
      [n, '- Dịch vụ', 'Tỷ đồng', 45, 47, 50],
      [n, '+ Thương mại', 'Tỷ đồng', 31, 32, 35],
      [n, '+ Vận tải', 'Tỷ đồng', 14, 15, 15],
      [n, '- Làm thuê trong hộ gia đình', 'Tỷ đồng', 4, 4, 5],
      [n, '- Thuế sản phẩm', 'Tỷ đồng', 18, 20, 20],
    ];
    expect(problems(rows)).toEqual(['sum-mismatch D2', 'sum-mismatch E2', 'sum-mismatch F2']);
  });
});

describe('a part’s own parts written at its level', () => {
  const exports = (otherGoods: number): CellValue[][] => [
    ['1', 'Tổng trị giá xuất khẩu', 'Triệu USD', 20100, 21000, 22600],
    [n, '- Khu vực kinh tế trong nước', 'Triệu USD', 6800, 7200, 7446],
    [n, '- Khu vực có vốn đầu tư nước ngoài', 'Triệu USD', 13300, 13800, 15154],
    [n, '- Dầu thô', 'Triệu USD', 200, 180, 154],
    [n, '- Hàng hóa khác', 'Triệu USD', 13100, 13620, otherGoods],
  ];

  it('takes the rows that add up to the part above them, the total adding up without them, for that part’s breakdown', () => {
    expect(problems(exports(15000))).toEqual([]);
  });

  it('then reports that part where, in one column, its rows do not add up to it', () => {
    expect(problems(exports(15100))).toEqual(['sum-mismatch F4']);
  });
});
