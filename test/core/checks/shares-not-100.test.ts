import { sharesNot100 } from '../../../src/core/checks/sharesNot100';
import { ruleTester, underHeader } from './ruleTester';

const n = null;

const structure = (services: number) =>
  underHeader([
    ['1', 'Cơ cấu lao động', '%', n, 100, 100], // 2
    [n, '- Nông, lâm nghiệp và thủy sản', '%', n, 28, 27.5], // 3
    [n, '- Công nghiệp và xây dựng', '%', n, 37, 37.4], // 4
    [n, '- Dịch vụ', '%', n, 35, services], // 5
  ]);

ruleTester.run(sharesNot100, {
  valid: [
    { name: 'shares that add up to 100', sheet: structure(35.1) },
    {
      name: 'a structure nobody filled in (every share 0) is unfilled, not wrong',
      sheet: underHeader([
        ['1', 'Cơ cấu kinh tế', '%', n, 100, 0], // 2
        [n, '- Nông, lâm nghiệp và thủy sản', '%', n, 28, 0], // 3
        [n, '- Công nghiệp và xây dựng', '%', n, 37, 0], // 4
        [n, '- Dịch vụ', '%', n, 35, 0], // 5
      ]),
    },
  ],
  invalid: [
    {
      name: 'shares that do not add up to 100, on the column that is off',
      sheet: structure(34.1),
      findings: [{ cell: 'F3', messageId: 'sharesNot100', severity: 'error', row: 3, column: 'actual', expected: 100, found: 99, data: { rows: '3, 4, 5' } }],
    },
  ],
});
