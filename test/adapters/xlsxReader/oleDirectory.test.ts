import { describe, expect, it } from 'vitest';
import { directoryEntryNames, oleContent, oleDirectoryNames, type ReadAt } from '../../../src/adapters/xlsxReader/oleDirectory';
import { ENCRYPTED_XLSX_BYTES, LEGACY_XLS_BYTES, oleFile } from '../../helpers/files';

const readerOf =
  (bytes: Buffer): ReadAt =>
  async (offset, length) =>
    bytes.subarray(offset, offset + length);

describe('oleContent', () => {
  it('finds an encrypted package by its streams, past the first directory sector', async () => {
    expect(await oleDirectoryNames(readerOf(ENCRYPTED_XLSX_BYTES))).toContain('EncryptedPackage');
    expect(await oleContent(readerOf(ENCRYPTED_XLSX_BYTES))).toBe('encrypted-package');
  });

  it('finds a legacy workbook by its Workbook stream, or Book before Excel 97', async () => {
    expect(await oleContent(readerOf(LEGACY_XLS_BYTES))).toBe('legacy-workbook');
    expect(await oleContent(readerOf(oleFile([{ name: 'Root Entry', type: 5 }, { name: 'Book' }])))).toBe('legacy-workbook');
  });

  it('reads directories of 4096-byte sectors too', async () => {
    const bytes = oleFile([{ name: 'Root Entry', type: 5 }, { name: 'EncryptionInfo' }, { name: 'EncryptedPackage' }], { sectorShift: 12 });
    expect(bytes.length).toBe(3 * 4096);
    expect(await oleContent(readerOf(bytes))).toBe('encrypted-package');
  });

  it('says unknown for an OLE file of neither kind, a zeroed header or a cut file', async () => {
    const document = oleFile([{ name: 'Root Entry', type: 5 }, { name: 'WordDocument' }]);
    const zeroed = Buffer.concat([LEGACY_XLS_BYTES.subarray(0, 8), Buffer.alloc(504)]);
    expect(await oleContent(readerOf(document))).toBe('unknown');
    expect(await oleContent(readerOf(zeroed))).toBe('unknown');
    expect(await oleContent(readerOf(ENCRYPTED_XLSX_BYTES.subarray(0, 300)))).toBe('unknown');
  });

  it('stops on a directory chain that loops back on itself', async () => {
    const looped = Buffer.from(ENCRYPTED_XLSX_BYTES);
    // The second directory sector (2) points back to the first (1).
    looped.writeUInt32LE(1, 512 + 4 * 2);
    let reads = 0;
    const counting: ReadAt = async (offset, length) => {
      reads++;
      return looped.subarray(offset, offset + length);
    };
    expect(await oleContent(counting)).toBe('encrypted-package');
    expect(reads).toBeLessThan(100);
  });
});

describe('directoryEntryNames', () => {
  it('reads the UTF-16 names of used entries and skips unused slots', () => {
    const sector = oleFile([{ name: 'Root Entry', type: 5 }, { name: '', type: 0 }, { name: 'Workbook' }]).subarray(1024, 1536);
    expect(directoryEntryNames(sector)).toEqual(['Root Entry', 'Workbook']);
  });
});
