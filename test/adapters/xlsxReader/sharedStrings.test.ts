import { describe, expect, it } from 'vitest';
import { readSharedStrings } from '../../../src/adapters/xlsxReader/sharedStrings';

const part = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items}</sst>`;

describe('readSharedStrings', () => {
  it('reads plain and rich strings, runs joined with their spaces, phonetic guides left out', () => {
    const xml = part(
      '<si><t>Chỉ tiêu</t></si>' +
        '<si><r><t xml:space="preserve">Kế </t></r><r><rPr><b/></rPr><t>hoạch</t></r></si>' +
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
    );
    expect(readSharedStrings(xml)).toEqual(['Chỉ tiêu', 'Kế hoạch', '東京']);
  });

  it('keeps empty strings in their place, however written, so later indexes stay right', () => {
    expect(readSharedStrings(part('<si/><si><t/></si><si><t></t></si><si><rPh/></si><si><t>x</t></si>'))).toEqual(['', '', '', '', 'x']);
  });

  it('decodes entities and Excel escapes, reads a prefixed part, and has none without a part', () => {
    expect(readSharedStrings('<x:sst xmlns:x="urn:x"><x:si><x:t>a &amp; b_x000D_&#10;c</x:t></x:si></x:sst>')).toEqual(['a & b\r\nc']);
    expect(readSharedStrings(null)).toEqual([]);
  });

  it('throws on a broken part', () => {
    expect(() => readSharedStrings(part('<si><t>x</si>'))).toThrow();
  });
});
