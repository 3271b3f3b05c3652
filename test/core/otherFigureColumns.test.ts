import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/snapshot';
import { check, findingKeys, sheet } from '../helpers/sheets';

const n = null;

/** History years beside the report's prior, plan and actual: TH 2016 and TH 2017 have no role. */
const history = (partOf2016: number): CellValue[][] => [
  ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2016', 'TH 2017', 'TH 2018', 'KH 2019', 'TH 2019'],
  ['1', 'Tổng giá trị sản xuất', 'Tỷ đồng', 900, 1000, 1100, 1200, 1210],
  [n, 'Chia ra:'],
  [n, '- Nông nghiệp', 'Tỷ đồng', partOf2016, 400, 420, 450, 455],
  [n, '- Công nghiệp', 'Tỷ đồng', 520, 600, 680, 750, 755],
];

describe('figure columns without a role', () => {
  it('keeps the roles to the report year and its neighbours', () => {
    expect(check(sheet('Biểu 01', history(380))).sheet.columns).toEqual({ code: 'A', label: 'B', unit: 'C', prior: 'F', plan: 'G', actual: 'H' });
  });

  it('checks the sums of a history year too, at its own cells', () => {
    expect(findingKeys(check(sheet('Biểu 01', history(380))))).toEqual([]);
    expect(findingKeys(check(sheet('Biểu 01', history(390))))).toEqual(['sum-mismatch D2']);
  });
});
