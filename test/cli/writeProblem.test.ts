import { describe, expect, it } from 'vitest';
import { errorCode } from '../../src/cli/thrown';
import { writeProblemAdvice } from '../../src/cli/writeProblem';
import { cliText, say } from '../../src/text/strings';

const message = (code: string | undefined, language: 'vi' | 'en' = 'en') =>
  say(language, cliText.writeFailed, { path: '/out/ket-qua.xlsx', detail: `${code}: write failed`, advice: writeProblemAdvice(code, language) });

describe('writeProblemAdvice', () => {
  it('tells the user to free space on a full disk or a used-up quota, not to close Excel', () => {
    expect(message('ENOSPC')).toContain('The disk is full: free some space');
    expect(message('ENOSPC', 'vi')).toContain('Ổ đĩa đã đầy');
    expect(message('EDQUOT')).toContain('quota is used up');
    for (const code of ['ENOSPC', 'EDQUOT']) expect(message(code)).not.toContain('Excel');
  });

  it('tells the user to choose another folder on a read-only file system', () => {
    expect(message('EROFS')).toContain('choose another folder');
    expect(message('EROFS', 'vi')).toContain('hãy chọn thư mục khác');
    expect(message('EROFS')).not.toContain('Excel');
  });

  it('keeps the advice to close the file in Excel for a locked or forbidden file, and when the cause is unknown', () => {
    for (const code of ['EBUSY', 'EPERM', 'EACCES', undefined]) expect(message(code)).toContain('If the file is open in Excel, close it');
    expect(message('EBUSY', 'vi')).toContain('Nếu tệp đang mở trong Excel');
  });

  it('says which file and that the input is unchanged, whatever the cause', () => {
    expect(message('ENOSPC')).toMatch(/^Could not write \/out\/ket-qua\.xlsx: ENOSPC: write failed\. The disk is full.* The input file is unchanged\.$/);
  });
});

describe('errorCode', () => {
  it('reads the system error code of what a write threw, and nothing from anything else', () => {
    expect(errorCode(Object.assign(new Error('no space'), { code: 'ENOSPC' }))).toBe('ENOSPC');
    expect(errorCode(new Error('plain'))).toBeUndefined();
    expect(errorCode('text')).toBeUndefined();
    expect(errorCode(null)).toBeUndefined();
  });
});
