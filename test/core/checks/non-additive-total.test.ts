import { describe, expect, it } from 'vitest';
import { check, findingsOf, groupedSheet, sheet } from '../../helpers/sheets';

describe('non-additive-total', () => {
  it('warns where a yield of the total group is the sum of the communes\' yields', () => {
    const result = check(groupedSheet([['1', 'Năng suất lúa', 'tạ/ha', 50, 52, 110, 48, 50, 55, 52, 54, 55]]));
    expect(findingsOf(result, 'non-additive-total').map((f) => [f.cell, f.severity])).toEqual([['F3', 'warning']]);
  });

  it('warns at the edge of rounding: a total shown 2 over two communes shown 1 is no average of theirs', () => {
    // Two communes that grow none: their zeros are exact, and do not widen what the others average to.
    const n = null;
    const communes = ['Xã A', 'Xã B', 'Xã C', 'Xã D'];
    const result = check(
      sheet('Biểu 07', [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn huyện', n, ...communes.flatMap((name) => [name, n])],
        ['STT', 'Chỉ tiêu', 'ĐVT', ...Array.from({ length: 5 }, () => ['KH 2020', 'TH 2020']).flat()],
        ['1', 'Diện tích khoai mỳ', 'ha', 40, 30, 20, 15, 20, 15, 0, 0, 0, 0],
        ['2', 'Năng suất khoai mỳ', 'tạ/ha', 2, 1, 1, 1, 1, 0, 0, 0, 0, 0],
      ]),
    );
    expect(findingsOf(result, 'non-additive-total').map((f) => f.cell)).toEqual(['D4']);
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
