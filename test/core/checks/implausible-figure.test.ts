import { implausibleFigure } from '../../../src/core/checks/implausibleFigure';
import { ruleTester, underHeader } from './ruleTester';

const n = null;

const herd = (prior: number, plan: number | null, actual: number) => underHeader([['1', 'Tổng đàn lợn', '1000 con', prior, plan, actual]]);
const milk = (prior: number, plan: number, actual: number) => underHeader([['2', 'Sản lượng sữa', 'tấn', prior, plan, actual]]);

ruleTester.run(implausibleFigure, {
  valid: [
    { name: 'ordinary growth', sheet: herd(5.676, 4.3, 6.1) },
    { name: 'tenfold growth is outside both bands', sheet: herd(5.676, 50, 57) },
    { name: 'a tiny prior may grow a hundredfold (1 → 120 new enterprises)', sheet: underHeader([['3', 'Số doanh nghiệp thành lập mới', 'doanh nghiệp', 1, 100, 120]]) },
    { name: 'a percent row may move by any factor', sheet: underHeader([['4', 'Tốc độ tăng', '%', 0.5, 50, 55]]) },
    { name: 'no prior: nothing to measure against', sheet: herd(n as unknown as number, 4.3, 8750) },
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
  ],
});
