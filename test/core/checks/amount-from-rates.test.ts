import { amountFromRates } from '../../../src/core/checks/amountFromRates';
import { ruleTester } from './ruleTester';

const n = null;

/** Value (row 2), its structure in % (rows 3–5), and a row of value computed by formula (row 6). */
const structure = [
  ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'TH 2020'],
  ['1', 'Giá trị sản xuất', 'Tỷ đồng', 500, 560],
  ['2', 'Cơ cấu giá trị sản xuất', '%', 100, 100],
  [n, '- Nông nghiệp', '%', 40, 38],
  [n, '- Dịch vụ', '%', 60, 62],
  ['3', 'Giá trị dịch vụ', 'Tỷ đồng', 300, 100],
];

ruleTester.run(amountFromRates, {
  valid: [
    { name: 'an amount from the total and its share', sheet: structure, options: { formulas: { E6: '=E2*E5/100' } } },
    { name: 'a share from shares', sheet: structure, options: { formulas: { E3: '=E4+E5' } } },
    { name: 'an amount typed', sheet: structure },
  ],
  invalid: [
    {
      name: 'an amount computed from two rows of percents (the formula a few rows off)',
      sheet: structure,
      options: { formulas: { E6: '=E5/E3*100' } },
      findings: [{ cell: 'E6', messageId: 'computedFromRates', row: 6, severity: 'warning', data: { unit: 'Tỷ đồng', formula: '=E5/E3*100', rows: '5, 3' } }],
    },
  ],
});
