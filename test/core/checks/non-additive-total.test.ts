import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/snapshot';
import { check, findingsOf } from '../../helpers/sheets';
import { sheet } from '../../helpers/sheets';

/** "Toàn huyện" and two communes, each with TH 2019, KH 2020, TH 2020. */
function groupedSheet(rows: readonly (readonly CellValue[])[]) {
  const n = null;
  return sheet('Biểu 07', [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn huyện', n, n, 'Xã A', n, n, 'Xã B', n, n],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'TH 2020', 'TH 2019', 'KH 2020', 'TH 2020', 'TH 2019', 'KH 2020', 'TH 2020'],
    ...rows,
  ]);
}

describe('non-additive-total', () => {
  it('warns where a yield of the total group is the sum of the communes\' yields', () => {
    const result = check(groupedSheet([['1', 'Năng suất lúa', 'tạ/ha', 50, 52, 110, 48, 50, 55, 52, 54, 55]]));
    expect(findingsOf(result, 'non-additive-total').map((f) => [f.cell, f.severity])).toEqual([['F3', 'warning']]);
  });

  it('stays silent on averages, a single filled commune, additive rows and blank units', () => {
    const result = check(
      groupedSheet([
        ['1', 'Năng suất lúa', 'tạ/ha', 50, 52, 55, 48, 50, 55, 52, 54, 55],
        ['2', 'Tỷ lệ hộ nghèo', '%', 5, 4, 3, 0, 0, 0, 5, 4, 3],
        ['3', 'Số hộ', 'hộ', 30, 35, 40, 10, 15, 20, 20, 20, 20],
        ['4', 'Chỉ số', null, 30, 35, 40, 10, 15, 20, 20, 20, 20],
      ]),
    );
    expect(findingsOf(result, 'non-additive-total')).toEqual([]);
  });
});
