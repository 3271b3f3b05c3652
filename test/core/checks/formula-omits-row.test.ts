import { describe, expect, it } from 'vitest';
import { formulaOmitsRow } from '../../../src/core/checks/formulaOmitsRow';
import { check, findingsOf, header2023, sheet } from '../../helpers/sheets';
import { ruleTester } from './ruleTester';

const n = null;

/** A 3-part "Chia ra" with its total in row 19, the header in row 18. */
const training = (cached: number) => [
  [...header2023], // 18
  ['1', 'Tuyển sinh đào tạo nghề', 'người', n, cached, n], // 19
  [n, 'Chia ra: - Cao đẳng', 'người', n, 2000, n], // 20
  [n, '- Trung cấp', 'người', n, 4103, n], // 21
  [n, '- Sơ cấp và dưới 3 tháng', 'người', n, 29789, n], // 22
];
const trainingTotal = (formula: string) => ({ origin: 'A18', formulas: { E19: formula } });

const totals = [
  [...header2023], // 1
  ['1', 'Số người tham gia BHXH', 'người', n, n, 263050], // 2
  [n, 'Chia ra: - BHXH bắt buộc', 'người', n, n, 241800], // 3
  [n, '- BHXH tự nguyện', 'người', n, n, 21250], // 4
  ['2', 'Tuyển sinh đào tạo nghề', 'người', n, n, 37625], // 5
  [n, 'Chia ra: - Cao đẳng và trung cấp', 'người', n, n, 6347], // 6
  [n, '- Sơ cấp và đào tạo nghề dưới 3 tháng', 'người', n, n, 31278], // 7
  ['3', 'Cai nghiện ma túy', 'lượt người', n, n, 915], // 8
  [n, 'Chia ra: - Cai nghiện tập trung', 'lượt người', n, n, 715], // 9
  [n, '- Cai nghiện tại cộng đồng', 'lượt người', n, n, 200], // 10
];

ruleTester.run(formulaOmitsRow, {
  valid: [
    { name: 'a SUM over every part', sheet: training(35892), options: trainingTotal('=SUM(E20:E22)') },
    { name: 'a + of every part', sheet: training(35892), options: trainingTotal('=E20+E21+E22') },
    { name: 'every total a formula', sheet: totals, options: { formulas: { F2: '=F3+F4', F5: '=SUM(F6:F7)', F8: '=SUM(F9:F10)' } } },
    { name: 'every total typed', sheet: totals },
  ],
  invalid: [
    {
      name: 'a typed total among totals that are formulas',
      sheet: totals,
      options: { formulas: { F2: '=F3+F4', F5: '=SUM(F6:F7)' } },
      findings: [{ cell: 'F8', messageId: 'typedTotal', row: 8, column: 'actual', severity: 'warning' }],
    },
  ],
});

describe('formula-omits-row beside the sum check', () => {
  it('flags =SUM(E20:E21) that leaves out row 22 of the breakdown', () => {
    const result = check(sheet('Biểu 01', training(6103), trainingTotal('=SUM(E20:E21)')));
    const omits = findingsOf(result, 'formula-omits-row');
    expect(omits).toEqual([expect.objectContaining({ row: 19, cell: 'E19', column: 'plan', severity: 'warning' })]);
    expect(omits[0]!.message).toContain('22');
    // The cached result is short by the omitted row, which the sum check also sees.
    expect(findingsOf(result, 'sum-mismatch')).toEqual([expect.objectContaining({ cell: 'E19', expected: 35892, found: 6103 })]);
  });
});
