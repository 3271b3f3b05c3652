import { statedPercentMismatch } from '../../../src/core/checks/statedPercentMismatch';
import type { CellValue } from '../../../src/core/snapshot';
import { header2023 } from '../../helpers/sheets';
import { ruleTester } from './ruleTester';

const n = null;

const stated = (values: readonly CellValue[]) => [
  [...header2023, 'TH 2023 so với KH (%)'],
  ['1', 'Tuyển sinh và đào tạo nghề nghiệp', 'người', n, 40000, 40512, values[0]!], // 2
  ['2', 'Tổ chức cai nghiện phục hồi', 'người', n, 1000, 1087, values[1]!], // 3
  ['3', 'Quỹ Đền ơn đáp nghĩa các cấp huy động', 'triệu đồng', n, 7000, 7108, values[2]!], // 4
];

/** A stated year-on-year index (prior = 100): 138,7 for 1.982 → 2.749. */
const yoy = (value: CellValue) => [
  ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2022', 'TH 2023', 'TH 2023/TH 2022 (%)'],
  ['1', 'Đi làm việc ở nước ngoài theo hợp đồng', 'người', 1982, 2749, value],
  ['2', 'Tỷ lệ lao động qua đào tạo', '%', 72, 73, 101.4],
];

ruleTester.run(statedPercentMismatch, {
  valid: [
    { name: 'a percent column that matches, as text ("101,28")', sheet: stated(['101,28', '108,7', '101,5']) },
    { name: 'a percent column that matches, as numbers', sheet: stated([101.28, 108.7, 101.54]) },
    { name: 'a ratio column whose rows match, as text ("1,0128")', sheet: stated(['1,0128', '1,087', '1,015']) },
    { name: 'a ratio column whose rows match, as numbers', sheet: stated([1.0128, 1.087, 1.0154]) },
    { name: 'a stated year-on-year index of 138,7 for 1.982 → 2.749', sheet: yoy(138.7) },
  ],
  invalid: [
    {
      name: 'a wrong stated percent, in percent units',
      sheet: stated([110, 108.7, 101.5]),
      findings: [
        { cell: 'G2', messageId: 'percentOfPlan', severity: 'error', row: 2, column: 'statedPercentOfPlan', expected: 101.28, found: 110, data: { expected: 101.28 } },
      ],
    },
    {
      name: 'a wrong stated ratio, in percent units',
      sheet: stated([1.1, 1.087, 1.015]),
      findings: [{ cell: 'G2', messageId: 'percentOfPlan', expected: 101.28, found: 110 }],
    },
    {
      name: 'a wrong stated year-on-year index',
      sheet: yoy(38.7),
      findings: [{ cell: 'F2', messageId: 'yearOnYear', column: 'statedYoY' }],
    },
  ],
});
