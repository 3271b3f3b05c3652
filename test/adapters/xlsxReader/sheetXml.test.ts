import { describe, expect, it } from 'vitest';
import { readSheetXml } from '../../../src/adapters/xlsxReader/sheetXml';
import { readStyles } from '../../../src/adapters/xlsxReader/styles';

const STYLES = readStyles(
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="2"><font><name val="Calibri"/></font><font><b/><name val="Arial"/></font></fonts>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="3" fontId="1"/></cellXfs></styleSheet>',
);

function sheet(sheetData: string, sharedStrings: string[] = ['chung']) {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetData}</worksheet>`;
  return readSheetXml(xml, { name: 'S', visibility: 'visible', sharedStrings, styles: STYLES, date1904: false });
}

describe('readSheetXml: the cell markup as other tools write it', () => {
  it('reads attributes in any order and quoting, and tags spread over indented lines', () => {
    const read = sheet(`<sheetData>
  <row r='1'>
    <c t='s' s="2" r='A1'>
      <v>0</v>
    </c>
    <c
       s = "1"
       r = "B1"><v>44196</v></c>
    <c r="C1" t="inlineStr"><is><t>x</t></is></c>
  </row>
</sheetData>`);
    expect(read.values).toEqual([['chung', '2020-12-31', 'x']]);
    expect(read.numberFormats).toEqual([['#,##0', 'mm-dd-yy', null]]);
    expect(read.styles).toEqual([[{ bold: true, fontName: 'Arial' }, { fontName: 'Calibri' }, null]]);
  });

  it('decodes entities in formulas and text, and joins text around comments and CDATA', () => {
    const read = sheet(
      '<sheetData><row r="1">' +
        '<c r="A1" t="str"><f>IF(B1&gt;0,"a&amp;b","&lt;&#273;&#x1EA1;&gt;")</f><v>a&amp;b</v></c>' +
        '<c r="B1"><v>1<!-- kept out -->2</v></c>' +
        '<c r="C1" t="inlineStr"><is><t><![CDATA[<Tổng & số>]]></t></is></c>' +
        '</row></sheetData>',
    );
    expect(read.values).toEqual([['a&b', 12, '<Tổng & số>']]);
    expect(read.formulas![0]![0]).toBe('=IF(B1>0,"a&b","<đạ>")');
  });

  it('joins rich-text runs with their spaces, leaving phonetic runs out', () => {
    const read = sheet(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is>' +
        '<r><t xml:space="preserve">Trong </t></r><r><rPr><b/></rPr><t>đó:</t></r><rPh sb="0" eb="1"><t>x</t></rPh><r><t xml:space="preserve"> vốn</t></r>' +
        '</is></c></row></sheetData>',
    );
    expect(read.values).toEqual([['Trong đó: vốn']]);
  });

  it('reads self-closing cells, values and formulas, and empty values as no value', () => {
    const read = sheet(
      '<sheetData><row r="1">' +
        '<c r="A1" s="2"/><c r="B1"><v/></c><c r="C1" t="str"><v></v></c><c r="D1" t="b"><v></v></c><c r="E1"><f t="shared" ref="E1:F1" si="0">A1+1</f><v>1</v></c>' +
        '<c r="F1"><f t="shared" si="0"/><v>2</v></c><c r="G1" t="inlineStr"><is><t></t></is></c><c r="H1"><v>3</v></c>' +
        '</row></sheetData>',
    );
    expect(read.values).toEqual([[1, 2, null, 3]]);
    expect(read.origin).toEqual({ row: 1, column: 5 });
    expect(read.formulas).toEqual([['=A1+1', '=B1+1', null, null]]);
  });

  it('reads elements under any prefix, rows and cells without an address in order', () => {
    const read = readSheetXml(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
        '<x:row><x:c><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row><x:row hidden="1"><x:c/><x:c><x:v>4</x:v></x:c></x:row>' +
        '</x:sheetData><x:mergeCells><x:mergeCell ref="A1:A2"/></x:mergeCells></x:worksheet>',
      { name: 'S', visibility: 'visible', sharedStrings: [], styles: STYLES, date1904: false },
    );
    expect(read.values).toEqual([
      [1, 'b'],
      [null, 4],
    ]);
    expect(read.hiddenRows).toEqual([2]);
    expect(read.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 1 }]);
  });

  it('throws on a part cut short or with mismatched tags', () => {
    expect(() => sheet('<sheetData><row r="1"><c r="A1"><v>1</v></c>')).toThrow();
    expect(() => sheet('<sheetData><row r="1"><c r="A1"><v>1</c></v></row></sheetData>')).toThrow();
  });
});
