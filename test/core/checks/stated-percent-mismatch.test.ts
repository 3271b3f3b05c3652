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

/**
 * A "So sánh (%)" column that names no ratio: rows 2–8 with prior, plan and actual, and the stated
 * figures given. 101,28 and 108,7 are actual/plan; 92 and 77 are neither ratio.
 */
const unnamedComparison = (values: readonly CellValue[]) => [
  ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2022', 'KH 2023', 'TH 2023', 'So sánh (%)'],
  ['1', 'Tuyển sinh và đào tạo nghề nghiệp', 'người', 38000, 40000, 40512, values[0]!],
  ['2', 'Tổ chức cai nghiện phục hồi', 'người', 900, 1000, 1087, values[1]!],
  ['3', 'Quỹ Đền ơn đáp nghĩa các cấp huy động', 'triệu đồng', 6500, 7000, 7108, values[2]!],
  ['4', 'Số lao động được giải quyết việc làm', 'người', 22000, 23000, 23250, values[3]!],
  ['5', 'Đi làm việc ở nước ngoài theo hợp đồng', 'người', 1982, 2500, 2749, values[4]!],
  ['6', 'Số người tham gia bảo hiểm xã hội tự nguyện', 'người', 14000, 15000, 15600, values[5]!],
  ['7', 'Số hộ được hỗ trợ nhà ở', 'hộ', 300, 400, 420, values[6]!],
];
const ofPlan = [101.28, 108.7, 101.54, 101.09, 109.96, 104, 105];

ruleTester.run(statedPercentMismatch, {
  invalid: [
    {
      name: 'an unnamed comparison column takes the role a clear majority of its rows show (6 of 7 are actual/plan)',
      sheet: unnamedComparison([...ofPlan.slice(0, 6), 77]),
      findings: [{ cell: 'G8', messageId: 'percentOfPlan', severity: 'error', expected: 105 }],
    },
    {
      name: 'an unnamed comparison column where only 3 of 7 rows agree with a ratio is left unchecked, saying why',
      sheet: unnamedComparison([...ofPlan.slice(0, 3), 92, 77, 92, 77]),
      findings: [
        {
          cell: 'G1',
          messageId: 'comparisonUnsettled',
          severity: 'info',
          data: { agreeing: 3, comparable: 7 },
          message: /chỉ 3\/7 dòng khớp một cách tính, nên cột này không được kiểm tra/,
        },
      ],
    },
    {
      name: 'fewer than five agreeing rows settle nothing, however unanimous',
      sheet: unnamedComparison([...ofPlan.slice(0, 4), null, null, null]),
      findings: [{ cell: 'G1', messageId: 'comparisonUnsettled', severity: 'info', data: { agreeing: 4, comparable: 4 } }],
    },
  ],
});
