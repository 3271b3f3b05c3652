import { describe, expect, it } from 'vitest';
import { shownPath, terminalText } from '../../src/text/shownPath';
import { cliText, say, summaryText } from '../../src/text/strings';

describe('shownPath', () => {
  it('escapes C0, DEL, C1 and bidi controls, and leaves Vietnamese, spaces and backslashes alone', () => {
    expect(shownPath('a\u001b[31mb\u0000c\u007f\u009b\td\ne')).toBe('a\\x1b[31mb\\x00c\\x7f\\x9b\\x09d\\x0ae');
    expect(shownPath('\u202a\u202e\u2066\u2069')).toBe('\\u202a\\u202e\\u2066\\u2069');
    expect(shownPath('C:\\Báo cáo\\Tỉnh Đắk Lắk.xlsx')).toBe('C:\\Báo cáo\\Tỉnh Đắk Lắk.xlsx');
  });
});

describe('terminalText', () => {
  it('shows every {path}, {folder} and {detail} of a message with controls escaped, its line breaks kept', () => {
    expect(terminalText(say('en', cliText.fileMissing, { path: '/tmp/x\u001b[31m.xlsx' }))).toContain('/tmp/x\\x1b[31m.xlsx');
    expect(terminalText(say('vi', cliText.outputFolderMissing, { folder: '/tmp/\u202eout' }))).toContain('/tmp/\\u202eout');
    expect(terminalText(say('en', cliText.corrupt, { path: 'a.xlsx', detail: 'no part xl/\u001b]0;x\u0007' }))).toContain('no part xl/\\x1b]0;x\\x07');
    expect(terminalText('a\u001b\nb\u202e')).toBe('a\\x1b\nb\\u202e');
  });

  it('leaves the message tables plain: a sheet name goes into the workbook as it is', () => {
    expect(say('vi', summaryText.districtActual, { sheet: 'Biểu\u0007' })).toBe('Biểu\u0007: thực hiện');
  });
});
