import { perPersonUnit } from '../../../src/core/checks/perPersonUnit';
import { header2023 } from '../../helpers/sheets';
import { ruleTester } from './ruleTester';

const n = null;
const income = (unit: string, actual: number | null) => [
  [...header2023],
  ['1', 'Thu nhập bình quân đầu người', unit, 40.1, 42, actual],
];

ruleTester.run(perPersonUnit, {
  valid: [
    { name: 'per person in triệu đồng/người', sheet: income('Triệu đồng/người', 42.87) },
    { name: 'per person in triệu đồng, the "/người" left to the label', sheet: income('Triệu đồng', 42.87) },
    { name: 'a total amount in tỷ đồng', sheet: [[...header2023], ['1', 'Tổng thu ngân sách', 'Tỷ đồng', 900, 950, 1020]] },
    { name: 'a per-person row with nothing filled', sheet: [[...header2023], ['1', 'Thu nhập bình quân đầu người', 'Tỷ đồng', n, n, n]] },
  ],
  invalid: [
    {
      name: 'per person in tỷ đồng',
      sheet: income('Tỷ đồng', 42.87),
      findings: [{ cell: 'C2', messageId: 'totalUnitPerPerson', row: 2, column: 'unit', severity: 'warning' }],
    },
    {
      name: 'GRDP per head in triệu USD',
      sheet: [[...header2023], ['1', 'GRDP bình quân/người', 'Triệu USD', 3.9, 4.1, 4.2]],
      findings: [{ cell: 'C2', messageId: 'totalUnitPerPerson', row: 2, column: 'unit', severity: 'warning' }],
    },
  ],
});
