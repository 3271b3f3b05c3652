import { implausibleFigure } from '../../../src/core/checks/implausibleFigure';
import { ruleTester, underHeader } from './ruleTester';

const n = null;

const herd = (prior: number, plan: number | null, actual: number) => underHeader([['1', 'Tổng đàn lợn', '1000 con', prior, plan, actual]]);
/** A row and an "of which" part that kept to its plan (600 → 620 → 640). */
const jobs = ([label, unit, prior, plan, actual]: readonly [string, string, number | null, number, number]) =>
  underHeader([
    ['1', label, unit, prior, plan, actual],
    [n, 'Trong đó: lao động nữ', unit, 600, 620, 640],
  ]);
const milk = (prior: number, plan: number, actual: number) => underHeader([['2', 'Sản lượng sữa', 'tấn', prior, plan, actual]]);

ruleTester.run(implausibleFigure, {
  valid: [
    { name: 'ordinary growth', sheet: herd(5.676, 4.3, 6.1) },
    { name: 'tenfold growth is outside both bands', sheet: herd(5.676, 50, 57) },
    { name: 'a tiny prior may grow a hundredfold (1 → 120 new enterprises)', sheet: underHeader([['3', 'Số doanh nghiệp thành lập mới', 'doanh nghiệp', 1, 100, 120]]) },
    { name: 'a percent row may move by any factor', sheet: underHeader([['4', 'Tốc độ tăng', '%', 0.5, 50, 55]]) },
    { name: 'no prior: nothing to measure against', sheet: herd(n as unknown as number, 4.3, 8750) },
    {
      name: 'a handful planned may honestly end as several (2 new cooperatives planned, 25 founded)',
      sheet: underHeader([
        ['1', 'Số hợp tác xã thành lập mới', 'hợp tác xã', 4, 2, 25],
        [n, 'Trong đó: hợp tác xã nông nghiệp', 'hợp tác xã', 2, 2, 2],
      ]),
    },
    { name: 'an actual far above its plan with no prior: a plan set low and a slip look alike', sheet: jobs(['Tạo việc làm mới', 'người', n, 1250, 12800]) },
    { name: 'an actual far above its plan with no relative that kept to its plan', sheet: underHeader([['1', 'Tạo việc làm mới', 'người', 1200, 1250, 12800]]) },
    {
      name: 'an actual far above its plan whose block moved with it: more area, more output',
      sheet: underHeader([
        ['1', 'Củ năng', n, n, n, n],
        [n, '- Diện tích', 'ha', 10, 27, 174.5],
        [n, '- Năng suất', 'tạ/ha', 10, 10, 10],
        [n, '- Sản lượng', 'tấn', 10, 27, 174.5],
      ]),
    },
    { name: 'a change may move by any factor', sheet: jobs(['Số lao động tăng thêm', 'người', 1200, 1250, 12800]) },
    { name: 'a change in a count may be negative', sheet: underHeader([['1', 'Tăng/giảm số hộ nghèo', 'hộ', -40, -50, -45]]) },
    { name: 'a balance in an amount may be negative', sheet: underHeader([['1', 'Lợi nhuận của doanh nghiệp nhà nước', 'tỷ đồng', 12, 5, -3]]) },
    { name: 'a rate may be negative', sheet: underHeader([['1', 'Chỉ số giá tiêu dùng so với cùng kỳ', '%', 2.1, 3, -0.5]]) },
    { name: 'a unit not known to count things (a temperature) may be negative', sheet: underHeader([['1', 'Nhiệt độ thấp nhất', '°C', 3, n, -2]]) },
  ],
  invalid: [
    {
      name: 'an actual about 1,000 times the prior and far above the plan',
      sheet: herd(5.676, 4.3, 8750),
      findings: [{ cell: 'F2', messageId: 'scaleSlip', severity: 'warning', column: 'actual', expected: 5.676, found: 8750, data: { times: 1000 } }],
    },
    {
      name: 'plan and actual both about 1,000 times the prior',
      sheet: milk(154, 150000, 150000),
      findings: [
        { cell: 'E2', messageId: 'scaleSlip', column: 'plan', expected: 154, found: 150000 },
        { cell: 'F2', messageId: 'scaleSlip', column: 'actual', expected: 154, found: 150000 },
      ],
    },
    {
      name: 'an actual about 100 times the prior',
      sheet: milk(154, 160, 15400),
      findings: [{ cell: 'F2', messageId: 'scaleSlip', expected: 154, found: 15400, data: { times: 100 } }],
    },
    {
      name: 'an actual over 5 times both its plan and its prior, while its part kept to its plan',
      sheet: jobs(['Tạo việc làm mới', 'người', 1200, 1250, 12800]),
      findings: [
        {
          cell: 'F2',
          messageId: 'farAbovePlan',
          severity: 'warning',
          column: 'actual',
          expected: 1250,
          found: 12800,
          message: 'Số thực hiện 12.800 ở ô F2 bằng 1.024% kế hoạch 1.250 và gấp 10,7 lần số năm trước 1.200 của cùng dòng: có thể nhập sai đơn vị, sai dấu phân cách, hoặc nhầm dòng; nếu đúng, nên ghi chú lý do.',
        },
      ],
    },
    {
      name: 'a negative area',
      sheet: underHeader([['1', 'Diện tích lúa', 'ha', 1200, 1250, -1230]]),
      findings: [{ cell: 'F2', messageId: 'negativeCount', column: 'actual', expected: null, found: -1230, data: { unit: 'ha' } }],
    },
    {
      name: 'a difference pasted in place of a count, in any figure column',
      sheet: underHeader([['1', 'Số hộ nghèo', 'hộ', 500, -50, 430]]),
      findings: [
        {
          cell: 'E2',
          messageId: 'negativeCount',
          column: 'plan',
          found: -50,
          message: 'Số âm -50 ở ô E2 trên dòng tính bằng "hộ": số lượng, diện tích, sản lượng không thể âm. Có thể đã gõ nhầm dấu trừ, hoặc dán vào số chênh lệch (tăng/giảm) thay cho số của kỳ.',
        },
      ],
    },
  ],
});
