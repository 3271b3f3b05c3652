import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ZipFormatError, entryHeadText, entryText, newEntry, readZip, writeZip, zipComment } from '../../../src/adapters/xlsxPackage/zipArchive';

describe('zipArchive', () => {
  it('reads what JSZip writes, stored or deflated, and copies entries so JSZip reads them back unchanged', async () => {
    const source = new JSZip();
    source.file('a.xml', '<a>Tổng hợp</a>', { compression: 'DEFLATE' });
    source.file('b/c.bin', new Uint8Array([0, 1, 2, 255]), { compression: 'STORE' });
    const entries = readZip(await source.generateAsync({ type: 'uint8array' }));
    expect(entries.map((entry) => [entry.name, entry.method])).toEqual([['a.xml', 8], ['b/', 0], ['b/c.bin', 0]]);
    expect(entryText(entries[0]!)).toBe('<a>Tổng hợp</a>');

    const copy = await JSZip.loadAsync(writeZip([...entries, newEntry('d.xml', '<d/>')]));
    expect(await copy.file('a.xml')!.async('string')).toBe('<a>Tổng hợp</a>');
    expect([...(await copy.file('b/c.bin')!.async('uint8array'))]).toEqual([0, 1, 2, 255]);
    expect(await copy.file('d.xml')!.async('string')).toBe('<d/>');
  });

  it('inflates a part whatever size the archive claims for it, empty parts too', () => {
    const text = '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(2000);
    const [entry] = readZip(writeZip([newEntry('x.xml', text)]));
    for (const size of [0, 10, entry!.size, entry!.size * 10]) expect(entryText({ ...entry!, size })).toBe(text);
    const [empty] = readZip(writeZip([newEntry('e.xml', '')]));
    expect(entryText(empty!)).toBe('');
  });

  it('gives the same bytes for the same entries', () => {
    const make = () => writeZip([newEntry('x.xml', '<x>1</x>'), newEntry('y.xml', '<y/>')]);
    expect(Buffer.from(make()).equals(Buffer.from(make()))).toBe(true);
  });

  it('says what is wrong with something that is not a ZIP archive, or a cut-off one', async () => {
    expect(() => readZip(new TextEncoder().encode('not a zip at all, just some text'))).toThrow(ZipFormatError);
    const whole = writeZip([newEntry('x.xml', '<x>'.repeat(1000))]);
    const directoryless = new Uint8Array(whole);
    directoryless.fill(0, 0, 30);
    expect(() => readZip(directoryless)).toThrow(/broken entry x.xml/);
  });

  it('inflates the start of a big entry from a part of its bytes, and the whole of a small one', () => {
    // Numbers that do not repeat, so the deflated text is well over the bytes read.
    const text = `<head/>${Array.from({ length: 20_000 }, (_, i) => `<v>${(i * 7919) % 100_003}</v>`).join('')}`;
    const big = newEntry('big.xml', text);
    expect(big.stored.length).toBeGreaterThan(4096);
    const head = entryHeadText(big, 4096);
    expect(head.complete).toBe(false);
    expect(head.text.length).toBeGreaterThan(1000);
    expect(text.startsWith(head.text)).toBe(true);
    expect(entryHeadText(newEntry('small.xml', '<x>Tổng hợp</x>'), 4096)).toEqual({ text: '<x>Tổng hợp</x>', complete: true });
  });
});

describe('the archive comment', () => {
  it('is written after the central directory and read back, the entries unchanged', () => {
    const entries = [newEntry('a.xml', '<a/>'), newEntry('b/c.xml', 'ccc')];
    const bytes = writeZip(entries, 'Soat chi tieu / Indicator Check 0badf00d');
    expect(zipComment(bytes)).toBe('Soat chi tieu / Indicator Check 0badf00d');
    expect(readZip(bytes).map((entry) => entryText(entry))).toEqual(['<a/>', 'ccc']);
    expect(zipComment(writeZip(entries))).toBe('');
  });
});
