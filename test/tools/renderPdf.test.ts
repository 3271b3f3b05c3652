import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SOFFICE_MISSING, findProgram, renderPdf } from '../../src/tools/renderPdf';

describe('render:pdf', () => {
  it('finds a program in the folders of the search path, in order', () => {
    const [first, second] = [mkdtempSync(path.join(tmpdir(), 'a-')), mkdtempSync(path.join(tmpdir(), 'b-'))];
    writeFileSync(path.join(second, 'soffice'), '');
    expect(findProgram('soffice', [first, second].join(path.delimiter))).toBe(path.join(second, 'soffice'));
    expect(findProgram('soffice', first)).toBeNull();
  });

  it('says plainly that LibreOffice is missing, and stops before checking anything', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await renderPdf([], mkdtempSync(path.join(tmpdir(), 'empty-')))).toBe(2);
      expect(errors).toHaveBeenCalledWith(SOFFICE_MISSING);
    } finally {
      errors.mockRestore();
    }
  });
});
