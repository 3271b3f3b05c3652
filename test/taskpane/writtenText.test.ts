import { describe, expect, it } from 'vitest';
import { say, uiText } from '../../src/text/strings';

describe('the pane says which sheets it wrote', () => {
  it('names the summary and findings sheets, and the sheets by district between them when there are any', () => {
    expect(say('vi', uiText.written, { summary: 'Tổng hợp', findings: 'Kiểm tra', districts: [] })).toBe('Đã ghi trang "Tổng hợp" và "Kiểm tra".');
    expect(say('vi', uiText.written, { summary: 'Tổng hợp', findings: 'Kiểm tra', districts: ['Theo địa bàn'] })).toBe(
      'Đã ghi trang "Tổng hợp", "Theo địa bàn" và "Kiểm tra".',
    );
    expect(say('en', uiText.written, { summary: 'Summary', findings: 'Findings', districts: ['By district', 'By district (2)'] })).toBe(
      'Wrote the sheets "Summary", "By district", "By district (2)" and "Findings".',
    );
  });
});
