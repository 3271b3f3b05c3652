import { describe, expect, it } from 'vitest';
import { lastResortFailure, unexpectedFailure } from '../../src/cli/unexpectedFailure';

describe('unexpectedFailure', () => {
  it('names the file and keeps the error as technical detail, on one line', () => {
    const error = new Error('first line\n    at somewhere (file.ts:1:2)\nlast');
    const message = unexpectedFailure(error, '/du lieu/a.xlsx', 'vi');
    expect(message).toBe('Việc kiểm tra /du lieu/a.xlsx dừng vì một lỗi ngoài dự kiến; không có tệp nào được ghi. Chi tiết kỹ thuật (để báo lỗi): first line at somewhere (file.ts:1:2) last');
  });

  it('cuts a long detail to a readable length', () => {
    const message = unexpectedFailure(new Error('x'.repeat(5_000)), 'a.xlsx', 'en');
    expect(message.length).toBeLessThan(400);
    expect(message).toMatch(/x…$/);
  });

  it('says running out of memory plainly, whether the error or only its message crossed over', () => {
    for (const error of [new RangeError('Invalid string length'), 'RangeError: Array buffer allocation failed', Object.assign(new RangeError('Cannot create a Buffer larger than 4294967296 bytes'), { code: 'ERR_BUFFER_TOO_LARGE' })]) {
      expect(unexpectedFailure(error, 'a.xlsx', 'en')).toBe('Could not check a.xlsx: it needs more memory than this computer has; nothing was written. Close other programs, or split the workbook into smaller files.');
    }
  });
});

describe('lastResortFailure', () => {
  it('names the input of a single check, the output folder of a batch, in the language asked for', () => {
    const error = new Error('socket hang up');
    expect(lastResortFailure(error, ['/du-lieu/a.xlsx', '--lang', 'en'])).toContain('The check of /du-lieu/a.xlsx stopped on an unexpected error');
    expect(lastResortFailure(error, ['/du-lieu', '--out-dir', '/ket-qua'])).toBe(
      'Kiểm tra hàng loạt dừng vì một lỗi ngoài dự kiến. Các bản sao đã ghi xong (nếu có) vẫn ở /ket-qua; báo cáo tổng hợp chưa được ghi. Chi tiết kỹ thuật (để báo lỗi): socket hang up',
    );
  });
});
