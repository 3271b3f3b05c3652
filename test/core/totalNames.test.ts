import { describe, expect, it } from 'vitest';
import { isTotalName } from '../../src/core/totalNames';

describe('names of a total sheet or a total column group', () => {
  it('reads the names of an area as a whole, in any case, with more words after them', () => {
    const totals = ['Toàn tỉnh', 'TOÀN HUYỆN', 'Toàn thành phố', 'Toàn quận', 'Toàn xã', 'Cả nước', 'Tổng hợp 2020', 'Tổng số', 'Tổng cộng', 'TH', 'Cộng', 'Chung'];
    expect(totals.filter((name) => !isTotalName(name))).toEqual([]);
  });

  it('does not take the actuals of a year, a commune or a report title for a total', () => {
    const others = ['TH 2023', 'Xã Ka Đô', 'Tổng kết', 'Cộng Hòa', 'Tổng Bửu', 'Chung cư', 'Phường 1', 'Huyện Đơn Dương'];
    expect(others.filter(isTotalName)).toEqual([]);
  });
});
