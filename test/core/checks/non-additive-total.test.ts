import { describe, expect, it } from 'vitest';
import { check, findingsOf, groupedSheet } from '../../helpers/sheets';

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
