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

/** "Toàn huyện" and two communes; row 4's households are written in Xã A's columns only, from row 3's rates. */
const groupedRates = [
  ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn huyện', n, n, 'Xã A', n, n, 'Xã B', n, n],
  ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'TH 2020', 'TH 2019', 'KH 2020', 'TH 2020', 'TH 2019', 'KH 2020', 'TH 2020'],
  ['1', 'Tỷ lệ hộ nghèo', '%', 4, 3.5, 3, 5, 4, 3.5, 3, 3, 2.5],
  [n, 'Chia ra:', 'hộ', n, n, n, 50, 40, 35, n, n, n],
];

/**
 * Row 5 has no unit of its own: under "Nhóm hộ mới" (row 4) it counts households where row 4 has
 * figures (Xã A's columns), and nothing where row 4 is a bare heading (the total's columns).
 */
const unitFromItsGroup = [
  ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn huyện', n, n, 'Xã A', n, n, 'Xã B', n, n],
  ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'TH 2020', 'TH 2019', 'KH 2020', 'TH 2020', 'TH 2019', 'KH 2020', 'TH 2020'],
  ['1', 'Số hộ', 'hộ', 300, 310, 320, 100, 110, 120, 200, 200, 200],
  ['a', 'Nhóm hộ mới', n, n, n, n, 20, 22, 24, n, n, n],
  [n, '- Số hộ mới', n, 10, 12, 14, 20, 22, 24, n, n, n],
  ['2', 'Tỷ lệ hộ mới', '%', 5, 5, 5, 20, 20, 20, 0, 0, 0],
];

ruleTester.run(amountFromRates, {
  valid: [
    { name: 'an amount from the total and its share', sheet: structure, options: { formulas: { E6: '=E2*E5/100' } } },
    { name: 'a share from shares', sheet: structure, options: { formulas: { E3: '=E4+E5' } } },
    { name: 'an amount typed', sheet: structure },
  ],
  invalid: [
    {
      // Read by the table's own reading too, where it has no unit: the commune's reading, in units of its own, is what finds it.
      name: 'households computed from a rate, in a row whose unit only a commune’s reading gives it',
      sheet: unitFromItsGroup,
      options: { formulas: { G5: '=G6*1', H5: '=H6*1.1', I5: '=I6*1.2' } },
      findings: [{ cell: 'G5', messageId: 'computedFromRates', row: 5, severity: 'warning', data: { unit: 'hộ', formula: '=G6*1', rows: '6' } }],
    },
    {
      // With no figure in the total's columns the row is read only through the communes' columns, in units of their own reading.
      name: 'households computed from a rate, in a row written in one commune’s columns only',
      sheet: groupedRates,
      options: { formulas: { G4: '=G3*10', H4: '=H3*10', I4: '=I3*10' } },
      findings: [{ cell: 'G4', messageId: 'computedFromRates', row: 4, severity: 'warning', data: { unit: 'hộ', formula: '=G3*10', rows: '3' } }],
    },
    {
      name: 'an amount computed from two rows of percents (the formula a few rows off)',
      sheet: structure,
      options: { formulas: { E6: '=E5/E3*100' } },
      findings: [{ cell: 'E6', messageId: 'computedFromRates', row: 6, severity: 'warning', data: { unit: 'Tỷ đồng', formula: '=E5/E3*100', rows: '5, 3' } }],
    },
  ],
});
