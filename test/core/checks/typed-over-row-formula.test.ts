import { typedOverRowFormula } from '../../../src/core/checks/typedOverRowFormula';
import { ruleTester } from './ruleTester';

const n = null;

/** "Toàn huyện" and two communes, each with TH 2019, KH 2020, TH 2020; row 4 is a rate worked out from row 3. */
const groupedRates = (row4: readonly (number | null)[]) => [
  ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn huyện', n, n, 'Xã A', n, n, 'Xã B', n, n],
  ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'TH 2020', 'TH 2019', 'KH 2020', 'TH 2020', 'TH 2019', 'KH 2020', 'TH 2020'],
  ['1', 'Số hộ', 'hộ', 30, 33, 36, 10, 11, 12, 20, 22, 24],
  [n, 'Chia ra:', '%', ...row4],
];
/** Row 4 as a tenth of row 3 in the communes' columns, but for Xã A's KH 2020 (H4), typed. */
const ratesOfCommunes = { G4: '=G3/10', I4: '=I3/10', J4: '=J3/10', K4: '=K3/10', L4: '=L3/10' };


/**
 * Labour shares by quarter: B..E are quarters, F the year's estimate; each share row divides its
 * sector by the employed (row 3) in its own column.
 */
const shares = (fourthQuarter: number) => [
  ['Chỉ tiêu', 'Quý I năm 2023', 'Quý II năm 2023', 'Quý III năm 2023', 'Quý IV năm 2023', 'Ước tính năm 2023'], // 1
  ['Lao động có việc làm', 51148.9, 51232.2, 51319.6, 51450, 51287.7], // 2
  ['Công nghiệp và xây dựng', 17328.6, 17086.6, 17096.6, 17188.6, 17175.1], // 3
  ['Tỷ trọng công nghiệp và xây dựng', 33.8787, 33.3513, 33.314, fourthQuarter, 33.4878], // 4
];
const shareFormulas = { formulas: { B4: '=+B3/B2*100', C4: '=+C3/C2*100', D4: '=+D3/D2*100', F4: '=+F3/F2*100' } };

ruleTester.run(typedOverRowFormula, {
  valid: [
    { name: 'a typed share that the row’s formula gives, to its decimals', sheet: shares(33.4), options: shareFormulas },
    { name: 'a typed share a unit of its last decimal off (33.3 for 33.35)', sheet: shares(33.5), options: shareFormulas },
    { name: 'every share a formula', sheet: shares(33.4083), options: { formulas: { ...shareFormulas.formulas, E4: '=+E3/E2*100' } } },
    {
      name: 'a typed figure beyond the run of formulas (another measure may stand there)',
      sheet: [
        ['Chỉ tiêu', 'TH 2021', 'TH 2022', 'TH 2023', 'KH 2021-2025 (%)'],
        ['Tổng giá trị', 300, 330, 360, 112],
        ['Nông nghiệp', 100, 110, 120, 110],
        ['Công nghiệp', 200, 220, 240, 113],
      ],
      options: { formulas: { B2: '=B3+B4', C2: '=C3+C4', D2: '=D3+D4' } },
    },
    {
      name: 'formulas in no more than half of the row’s figures',
      sheet: shares(34.4),
      options: { formulas: { B4: '=+B3/B2*100', E4: '=+E3/E2*100' } },
    },
    {
      name: 'only one cell of the row holds the formula',
      sheet: shares(34.4),
      options: { formulas: { B4: '=+B3/B2*100' } },
    },
  ],
  invalid: [
    {
      // A "Chia ra:" row with no figure in the total's columns is read only through the communes' columns.
      name: 'a typed figure in a row whose figures are all in column groups',
      sheet: groupedRates([n, n, n, 1, 1.5, 1.2, 2, 2.2, 2.4]),
      options: { formulas: ratesOfCommunes },
      findings: [{ cell: 'H4', messageId: 'typedOverFormula', row: 4, severity: 'warning', data: { found: 1.5, expected: 1.1, formula: '=H3/10' } }],
    },
    {
      name: 'a typed share among the row’s formulas that they would not give',
      sheet: shares(34.4),
      options: shareFormulas,
      findings: [{ cell: 'E4', messageId: 'typedOverFormula', row: 4, severity: 'warning', data: { found: 34.4, expected: 33.41, formula: '=+E3/E2*100' } }],
    },
    {
      name: 'a constant formula ("=33.3") among the row’s formulas',
      sheet: shares(34.4),
      options: { formulas: { ...shareFormulas.formulas, E4: '=34.4' } },
      findings: [{ cell: 'E4', messageId: 'typedOverFormula', row: 4, severity: 'warning' }],
    },
  ],
});
