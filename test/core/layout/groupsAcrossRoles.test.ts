import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/snapshot';
import { check, findingKeys, sheet } from '../../helpers/sheets';

const n = null;

/** Each year over "Tổng số | Chia ra: Miền Bắc | Miền Nam": the regions run inside each year's columns. */
function regions(header: readonly (readonly CellValue[])[], southOutput2023: number) {
  return sheet(
    '4.Cay',
    [
      ['4. Diện tích và sản lượng một số cây trồng chủ yếu'],
      [],
      ...header,
      [],
      ['1. Cây lương thực có hạt'],
      [n, 'Lúa cả năm'],
      [n, ' Diện tích (Nghìn ha)', 7108.9, 2276.8, 4832.1, 7119.5, 2246, 4873.5],
      [n, ' Năng suất (Tạ/ha)', 60, 57.3, 61.3, 61, 58.4, 62.3],
      [n, ' Sản lượng (Nghìn tấn)', 42661, 13046, 29615, 43428, 13116, 30312],
      [n, 'Ngô'],
      [n, ' Diện tích (Nghìn ha)', 887.5, 500.1, 387.4, 890.2, 502.2, 388],
      [n, ' Sản lượng (Nghìn tấn)', 4106.3, 2200.2, 1906.1, 4200.5, 2300.5, southOutput2023],
    ],
    { merges: ['C3:E3', 'F3:H3', 'D4:E4', 'G4:H4'] },
  );
}

const byRegion = [
  [n, n, 'Ước tính năm 2022', n, n, 'Ước tính năm 2023', n, n],
  [n, n, 'Tổng số', 'Chia ra:', n, 'Tổng số', 'Chia ra:', n],
  [n, n, n, 'Miền Bắc', 'Miền Nam', n, 'Miền Bắc', 'Miền Nam'],
];

describe('column groups inside each year ("Tổng số | Chia ra: Miền Bắc | Miền Nam")', () => {
  it('reads the total and the regions, and finds nothing where the regions add up', () => {
    const result = check(regions(byRegion, 1900));
    expect(result.sheet.columns).toMatchObject({ label: 'A', prior: 'C', actual: 'F' });
    expect(findingKeys(result)).toEqual([]);
  });

  it('holds the total against the regions, never the yields', () => {
    expect(findingKeys(check(regions(byRegion, 1850)))).toEqual(['group-total-mismatch F14']);
  });

  it('does not sum measures written under each year ("Số lượng | Giá trị")', () => {
    const measures = [
      [n, n, 'Ước tính năm 2022', n, n, 'Ước tính năm 2023', n, n],
      [n, n, 'Tổng số', 'Số lượng', 'Giá trị', 'Tổng số', 'Số lượng', 'Giá trị'],
    ];
    expect(findingKeys(check(regions(measures, 1850))).filter((key) => key.startsWith('group-total'))).toEqual([]);
  });
});
