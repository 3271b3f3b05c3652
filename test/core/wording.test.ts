import { describe, expect, it } from 'vitest';
import type { RuleFinding } from '../../src/core/report';
import { wordFinding, wordSheet } from '../../src/core/wording';

/** Quảng Ninh's drug rehabilitation total as the rule reports it: no sentence yet, only its data. */
const rehab: RuleFinding = {
  rule: 'sum-mismatch',
  severity: 'error',
  sheet: 'Biểu 01',
  row: 2,
  cell: 'F2',
  column: 'actual',
  expected: 13225.5,
  found: 900,
  messageId: 'totalDiffers',
  data: { found: 900, expected: 13225.5, rows: '3, 4' },
};

describe('the wording step', () => {
  it('words one finding in either language, writing its figures as that language does', () => {
    expect(wordFinding(rehab, 'vi').message).toBe(
      'Số tổng 900 ở ô F2 khác tổng các thành phần (13.225,5, dòng 3, 4): kiểm tra lại số tổng hoặc các dòng thành phần.',
    );
    expect(wordFinding(rehab, 'en').message).toBe(
      'The total 900 in F2 differs from the sum of its parts (13,225.5, rows 3, 4): check the total or its parts.',
    );
  });

  it('words a range of sums as its two ends with an en dash, each written as the language writes figures', () => {
    const ranged: RuleFinding = { ...rehab, data: { found: 15000, expected: { low: 15120, high: 15150 }, rows: '3, 4' } };
    expect(wordFinding(ranged, 'vi').message).toContain('(15.120–15.150, dòng 3, 4)');
    expect(wordFinding(ranged, 'en').message).toContain('(15,120–15,150, rows 3, 4)');
  });

  it('keeps everything else of the finding as the report has it', () => {
    const { messageId: _messageId, data: _data, ...placed } = rehab;
    expect(wordFinding(rehab, 'en')).toEqual({ ...placed, message: expect.any(String) });
  });

  it('refuses a message whose placeholder has no data rather than show "{{rows}}"', () => {
    expect(() => wordFinding({ ...rehab, data: { found: 900, expected: 915 } }, 'vi')).toThrow(/rows/);
  });

  it("words a skipped sheet's reason code as the report's sentence", () => {
    expect(wordSheet({ name: 'Sheet3', status: 'skipped', skipReason: 'emptySheet' }, 'en')).toEqual({
      name: 'Sheet3',
      status: 'skipped',
      reason: 'The sheet is empty.',
    });
  });
});
