import { formulaDoubleCounts } from '../../../src/core/checks/formulaDoubleCounts';
import { ruleTester, underHeader } from './ruleTester';

const n = null;

/** A total over two areas, each the sum of its communes: rows 2 to 8. */
const areas = (total: number) =>
  underHeader([
    ['1', 'Số hộ được hỗ trợ', 'hộ', n, n, total], // 2
    [n, 'Khu vực A', 'hộ', n, n, 7], // 3
    [n, 'Xã 1', 'hộ', n, n, 3], // 4
    [n, 'Xã 2', 'hộ', n, n, 4], // 5
    [n, 'Khu vực B', 'hộ', n, n, 11], // 6
    [n, 'Xã 3', 'hộ', n, n, 5], // 7
    [n, 'Xã 4', 'hộ', n, n, 6], // 8
  ]);

ruleTester.run(formulaDoubleCounts, {
  valid: [
    { name: 'a total that adds the subtotals only', sheet: areas(18), options: { formulas: { F2: '=F3+F6', F3: '=SUM(F4:F5)', F6: '=SUM(F7:F8)' } } },
    {
      name: 'subtotals over their parts, the total typed',
      sheet: areas(18),
      options: { formulas: { F3: '=SUM(F4:F5)', F6: '=SUM(F7:F8)' } },
      alsoFound: ['formula-omits-row F2'],
    },
  ],
  invalid: [
    {
      name: 'SUM(F3:F8) adds the subtotals of rows 3 and 6 and their own parts',
      sheet: areas(36),
      options: { formulas: { F2: '=SUM(F3:F8)', F3: '=SUM(F4:F5)', F6: '=SUM(F7:F8)' } },
      // The formula names rows 3 and 6 as the parts: their sum, 18, is held against 36 too.
      alsoFound: ['sum-mismatch F2'],
      findings: [
        {
          cell: 'F2',
          messageId: 'countsTwice',
          severity: 'error',
          expected: 18,
          found: 36,
          data: { subtotals: '3, 6', parts: '4, 5, 7, 8' },
          message: 'Công thức ở ô F2 cộng cả dòng 3, 6 lẫn các dòng thành phần của nó (4, 5, 7, 8), nên các dòng này bị tính hai lần: không tính trùng thì tổng là 18, không phải 36.',
        },
      ],
    },
  ],
});
