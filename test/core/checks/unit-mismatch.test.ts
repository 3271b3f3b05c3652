import { describe, expect, it } from 'vitest';
import { unitMismatch } from '../../../src/core/checks/unitMismatch';
import { check, findingKeys, findingsOf, sheet } from '../../helpers/sheets';
import { ruleTester, underHeader } from './ruleTester';

const n = null;

const budget = (total: number) =>
  underHeader([
    ['1', 'Kinh phí hỗ trợ người có công', 'triệu đồng', n, n, total], // 2
    [n, 'Chia ra: - Ngân sách tỉnh', 'tỷ đồng', n, n, 1.5], // 3
    [n, '- Ngân sách huyện', 'triệu đồng', n, n, 1000], // 4
  ]);

ruleTester.run(unitMismatch, {
  valid: [
    {
      name: "all parts in the total's unit",
      sheet: underHeader([
        ['1', 'Kinh phí hỗ trợ người có công', 'triệu đồng', n, n, 2500],
        [n, 'Chia ra: - Ngân sách tỉnh', 'triệu đồng', n, n, 1500],
        [n, '- Ngân sách huyện', 'triệu đồng', n, n, 1000],
      ]),
    },
  ],
  invalid: [
    {
      // Converted, 1,5 tỷ + 1.000 triệu make the 2.500 triệu of the total: no sum error.
      name: 'parts in tỷ đồng under a total in triệu đồng, named on the total row',
      sheet: budget(2500),
      findings: [{ cell: 'C2', messageId: 'mixedUnits', row: 2, column: 'unit', data: { rows: '3', partUnit: 'tỷ đồng', totalUnit: 'triệu đồng' } }],
    },
  ],
});

describe('unit-mismatch beside the sum check', () => {
  it('still checks the converted sum', () => {
    const result = check(sheet('Biểu 01', budget(3000)));
    expect(findingKeys(result).sort()).toEqual(['sum-mismatch F2', 'unit-mismatch C2']);
    expect(findingsOf(result, 'sum-mismatch')[0]).toMatchObject({ expected: 2500, found: 3000 });
  });
});
