import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSnapshots } from '../../../src/adapters/exceljs/readWorkbook';
import { entryText, newEntry, readZip, writeZip, type ZipEntry } from '../../../src/adapters/xlsxPackage/zipArchive';
import { readLimits } from '../../../src/adapters/xlsxReader/readLimits';
import { readXlsxFile, readXlsxPackage } from '../../../src/adapters/xlsxReader/readXlsx';
import { WorkbookLoadError } from '../../../src/adapters/xlsxReader/workbookFile';
import { parseCellAddress } from '../../../src/core/address';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { ENCRYPTED_XLSX_BYTES } from '../../helpers/files';
import { tempFolder } from '../../helpers/workbooks';
import { asZip64 } from '../../helpers/zip64';
import { rawPackage, sheetData, type RawWorkbook } from './rawPackage';

function at<T>(sheet: SheetSnapshot, grid: readonly (readonly T[])[] | undefined, address: string): T | undefined {
  const { row, column } = parseCellAddress(address)!;
  return grid?.[row - sheet.origin.row]?.[column - sheet.origin.column];
}

const STYLES =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0\\%"/>' +
  '<numFmt numFmtId="166" formatCode="_(* #,##0_);_(* \\(#,##0\\)"/><numFmt numFmtId="167" formatCode="#,##0\\ \\h\\a"/></numFmts>' +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><name val="Times New Roman"/></font>' +
  '<font><b val="0"/><i val="0"/><name val="Arial"/></font></fonts>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="1"/></cellStyleXfs>' +
  '<cellXfs count="7"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="164" fontId="0"/>' +
  '<xf numFmtId="0" fontId="1"/><xf numFmtId="0" fontId="2"><alignment horizontal="left" indent="2"/></xf>' +
  '<xf numFmtId="165" fontId="0"/><xf numFmtId="166" fontId="0"/><xf numFmtId="167" fontId="0"/></cellXfs>' +
  '<dxfs count="1"><dxf><font><b/><name val="Wingdings"/></font></dxf></dxfs></styleSheet>';

function read(workbook: RawWorkbook): SheetSnapshot[] {
  return readXlsxPackage(rawPackage(workbook)).sheets;
}

function oneSheet(body: string, extra: Partial<RawWorkbook> = {}): SheetSnapshot {
  return read({ sheets: [{ name: 'Biểu 01', body }], styles: STYLES, ...extra })[0]!;
}

describe('readXlsxPackage: values', () => {
  const sheet = oneSheet(
    sheetData([
      '<c r="A1"><v>715.5</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>Tổng số</t></is></c>',
      '<c r="A2" t="inlineStr"><is><r><rPr><b/></rPr><t>Trong </t></r><r><t>đó</t></r></is></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="b"><v>0</v></c><c r="D2" t="e"><v>#N/A</v></c>',
      '<c r="A3" t="s"><v>2</v></c><c r="B3" t="inlineStr"><is><t>Dòng 1_x000D_</t></is></c><c r="C3" t="s"><v>3</v></c>',
    ]),
    {
      sharedStrings: [
        '<si><t>Chỉ tiêu</t></si>',
        '<si><r><t>Kế </t></r><r><rPr><i/></rPr><t>hoạch</t></r></si>',
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>',
        '<si><t></t></si>',
      ],
    },
  );

  it('reads numbers, shared, rich and inline strings, booleans and errors', () => {
    expect(sheet.values[0]).toEqual([715.5, 'Chỉ tiêu', 'Kế hoạch', 'Tổng số']);
    expect(sheet.values[1]).toEqual(['Trong đó', true, false, { error: '#N/A' }]);
  });

  it('leaves phonetic guides out, turns Excel escapes back into characters, keeps an empty text', () => {
    expect(sheet.values[2]).toEqual(['東京', 'Dòng 1\r', '', null]);
  });
});

describe('readXlsxPackage: formulas', () => {
  const sheet = oneSheet(
    sheetData([
      '<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><f t="shared" ref="C1:E1" si="0">A1+$B$1*B1</f><v>5</v></c><c r="D1"><f t="shared" si="0"/><v>7</v></c><c r="E1"><f t="shared" si="0"/><v>0</v></c>',
      '<c r="A2"><v>3</v></c><c r="B2"><f t="shared" ref="B2:B4" si="1">SUM($A$1:A2)&amp;"A1"&amp;\'Q1 A2\'!A2</f><v>4</v></c>',
      '<c r="A3"><v>4</v></c><c r="B3"><f t="shared" si="1"/><v>8</v></c>',
      '<c r="A4"><f t="array" ref="A4:A5">A1:A2*2</f><v>2</v></c><c r="B4"><f t="shared" si="1"/><v>12</v></c><c r="C4" t="str"><f>IF(A1&gt;5,"x","")</f><v></v></c><c r="D4" t="b"><f>A1&gt;5</f><v>0</v></c>',
      '<c r="A5"><v>6</v></c><c r="B5"><f t="dataTable" ref="B5:B5" dt2D="0" dtr="0" r1="A1"/><v>9</v></c><c r="C5"><f>LOG10(A1)+COUNT(B:B)</f><v>0</v></c>',
    ]),
  );

  it('translates a shared formula to each cell it covers, across columns and down rows', () => {
    expect(sheet.formulas![0]!.slice(2)).toEqual(['=A1+$B$1*B1', '=B1+$B$1*C1', '=C1+$B$1*D1']);
    // Text in quotes and a quoted sheet name are not references; the reference after the name is.
    expect(at(sheet, sheet.formulas, 'B3')).toBe('=SUM($A$1:A3)&"A1"&\'Q1 A2\'!A3');
    expect(at(sheet, sheet.formulas, 'B4')).toBe('=SUM($A$1:A4)&"A1"&\'Q1 A2\'!A4');
  });

  it('keeps an array formula on its first cell only, and no formula for a data table', () => {
    expect(at(sheet, sheet.formulas, 'A4')).toBe('=A1:A2*2');
    expect(at(sheet, sheet.formulas, 'A5')).toBeNull();
    expect(at(sheet, sheet.values, 'A5')).toBe(6);
    expect(at(sheet, sheet.formulas, 'B5')).toBeNull();
    expect(at(sheet, sheet.values, 'B5')).toBe(9);
    expect(at(sheet, sheet.formulas, 'C5')).toBe('=LOG10(A1)+COUNT(B:B)');
  });

  it('reads each formula cell as its cached result, 0 and FALSE included', () => {
    expect(at(sheet, sheet.values, 'E1')).toBe(0);
    expect(at(sheet, sheet.values, 'D4')).toBe(false);
    expect(at(sheet, sheet.values, 'C5')).toBe(0);
    // No cached result (never calculated): nothing to read, the formula stays.
    expect(at(sheet, sheet.values, 'C4')).toBeNull();
    expect(at(sheet, sheet.formulas, 'C4')).toBe('=IF(A1>5,"x","")');
  });

  it('lists the cells of a shared formula whose first cell is missing, when they saved no result: their figure is unknown', () => {
    const orphans = oneSheet(sheetData(['<c r="A1"><v>1</v></c><c r="B1"><f t="shared" si="7"/></c><c r="C1"><f t="shared" si="7"/><v>4</v></c><c r="D1"><f t="shared" si="8"/><v></v></c>']));
    expect(orphans.lostFormulas).toEqual([
      { row: 1, column: 2 },
      { row: 1, column: 4 },
    ]);
    // One that saved a result is read by it, as any formula the reader cannot follow.
    expect(at(orphans, orphans.values, 'C1')).toBe(4);
    expect(sheet.lostFormulas).toBeUndefined();
  });
});

describe('readXlsxPackage: dates, number formats and styles', () => {
  const body = sheetData([
    '<c r="A1" s="1"><v>44196</v></c><c r="B1" s="2"><v>44196.75</v></c><c r="C1" t="d"><v>2021-03-01T00:00:00Z</v></c><c r="D1" s="1" t="s"><v>0</v></c>',
    '<c r="A2" s="3"><v>1</v></c><c r="B2" s="4"><v>2</v></c><c r="C2" s="5"><v>0.5</v></c><c r="D2" s="6"><v>3</v></c><c r="E2" s="0"><v>4</v></c><c r="F2"><v>5</v></c>',
    '<c r="A3" s="7"><v>1250</v></c>',
  ]);

  it('reads a number under a date format as the date, in either date system', () => {
    const sheet = oneSheet(body, { sharedStrings: ['<si><t>31/12/2020</t></si>'] });
    expect(sheet.values[0]).toEqual(['2020-12-31', '2020-12-31T18:00:00.000Z', '2021-03-01', '31/12/2020', null, null]);
    expect(oneSheet(body, { sharedStrings: ['<si><t>x</t></si>'], date1904: true }).values[0]![0]).toBe('2025-01-01');
  });

  it('does not take letters a format shows literally for date parts: 1,250 ha stays a number', () => {
    const sheet = oneSheet(body, { sharedStrings: ['<si><t>x</t></si>'] });
    expect(sheet.values[2]![0]).toBe(1250);
    expect(sheet.numberFormats![2]![0]).toBe('#,##0\\ \\h\\a');
  });

  it('gives built-in and custom format codes as the styles part writes them, escapes kept', () => {
    const sheet = oneSheet(body, { sharedStrings: ['<si><t>x</t></si>'] });
    expect(sheet.numberFormats![0]!.slice(0, 2)).toEqual(['mm-dd-yy', 'dd/mm/yyyy']);
    expect(sheet.numberFormats![1]).toEqual([null, null, '0.0\\%', '_(* #,##0_);_(* \\(#,##0\\)', null, null]);
  });

  it('reads bold, indent and font name from the cell format; <b val="0"/> is not bold', () => {
    const sheet = oneSheet(body, { sharedStrings: ['<si><t>x</t></si>'] });
    expect(sheet.styles![1]!.slice(0, 2)).toEqual([{ bold: true, fontName: 'Times New Roman' }, { indent: 2, bold: false, fontName: 'Arial' }]);
    // Style 0 and no style tell nothing, as the ExcelJS reader had it.
    expect(sheet.styles![1]!.slice(4)).toEqual([null, null]);
  });
});

describe('readXlsxPackage: merges, hidden parts and the used range', () => {
  it('puts a merge value on its top-left cell only, whatever the others hold, and never expands the merge', () => {
    const sheet = oneSheet(
      sheetData([{ r: 2, attributes: 's="3"', cells: '<c r="B2" t="inlineStr"><is><t>So sánh (%)</t></is></c><c r="C2"><v>99</v></c>' }, { r: 3, cells: '<c r="B3"><v>1</v></c><c r="D3"><v>2</v></c>' }]) +
        '<mergeCells count="2"><mergeCell ref="B2:D2"/><mergeCell ref="A10:Z100000"/></mergeCells>',
    );
    expect(sheet.origin).toEqual({ row: 2, column: 2 });
    expect(sheet.values).toEqual([['So sánh (%)', null, null], [1, null, 2]]);
    expect(sheet.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 4 }, { top: 10, left: 1, bottom: 100000, right: 26 }]);
    // D2 is not in the part: it takes its row's format, as ExcelJS gave it.
    expect(sheet.styles![0]).toEqual([null, null, { bold: true, fontName: 'Times New Roman' }]);
  });

  it('lists hidden rows, hidden columns and how each sheet is shown; chart sheets are not worksheets', () => {
    const body =
      '<cols><col min="2" max="3" width="0" hidden="1"/><col min="5" max="5" hidden="true"/><col min="6" max="6" width="9"/></cols>' +
      sheetData([{ r: 1, cells: '<c r="A1"><v>1</v></c>' }, { r: 4, attributes: 'hidden="1"', cells: '<c r="A4"><v>4</v></c>' }, { r: 7, attributes: 'hidden="1"', cells: '' }]);
    const bytes = rawPackage({
      sheets: [
        { name: 'Biểu 01', body },
        { name: 'Biểu đồ', body: '', chart: true },
        { name: 'Ẩn', body: sheetData(['<c r="A1"><v>1</v></c>']), state: 'hidden' },
        { name: 'Rất ẩn', body: '', state: 'veryHidden' },
      ],
    });
    const { sheetNames, sheets } = readXlsxPackage(bytes);
    expect(sheetNames).toEqual(['Biểu 01', 'Biểu đồ', 'Ẩn', 'Rất ẩn']);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Biểu 01', 'Ẩn', 'Rất ẩn']);
    expect(sheets.map((sheet) => sheet.visibility)).toEqual(['visible', 'hidden', 'veryHidden']);
    expect(sheets[0]!.hiddenRows).toEqual([4, 7]);
    expect(sheets[0]!.hiddenColumns).toEqual([2, 3, 5]);
    expect(sheets[2]!.values).toEqual([]);
  });

  it('spans the used range to a stray far cell, not to the dimension element or to styled empty cells', () => {
    const sheet = oneSheet(
      '<dimension ref="A1:B2"/>' + sheetData([{ r: 2, cells: '<c r="B2"><v>1</v></c><c r="C2" s="3"/>' }, { r: 5000, cells: '<c r="AB5000" t="inlineStr"><is><t>x</t></is></c><c r="AD5001" s="3"/>' }]),
    );
    expect(sheet.origin).toEqual({ row: 2, column: 2 });
    expect(sheet.values).toHaveLength(4999);
    expect(sheet.values[0]).toHaveLength(27);
    expect(at(sheet, sheet.values, 'AB5000')).toBe('x');
  });

  it('reads parts written with a namespace prefix and cells without an address', () => {
    const bytes = rawPackage({ sheets: [{ name: 'S', body: '' }] });
    const entries = readZip(bytes).map((entry) =>
      entry.name === 'xl/worksheets/sheet1.xml'
        ? newEntry(
            entry.name,
            '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
          )
        : entry,
    );
    expect(readXlsxPackage(writeZip(entries)).sheets[0]!.values).toEqual([[1, 'b']]);
  });
});

describe('readXlsxPackage: cells with a link', () => {
  it('keep their number and formula (ExcelJS turns a linked cell into link text: a number or formula is lost)', () => {
    const body =
      sheetData(['<c r="A1"><v>42</v></c><c r="B1"><f>A1*2</f><v>84</v></c><c r="C1" t="inlineStr"><is><t>Nguồn</t></is></c>']) +
      '<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B1" r:id="rId1"/><hyperlink ref="C1" r:id="rId1"/></hyperlinks>';
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.gso.gov.vn/" TargetMode="External"/></Relationships>';
    const entries = [...readZip(rawPackage({ sheets: [{ name: 'S', body }] })), newEntry('xl/worksheets/_rels/sheet1.xml.rels', rels)];
    const [sheet] = readXlsxPackage(writeZip(entries)).sheets;
    expect(sheet!.values).toEqual([[42, 84, 'Nguồn']]);
    expect(sheet!.formulas).toEqual([[null, '=A1*2', null]]);
  });
});

describe('readXlsxPackage agrees with the ExcelJS reader where ExcelJS reads the XML right', () => {
  it('on a workbook with shared and array formulas, merges, hidden parts, dates and styles', async () => {
    const bytes = rawPackage({
      sheets: [
        {
          name: 'Biểu 01',
          body:
            '<cols><col min="3" max="3" hidden="1"/></cols>' +
            sheetData([
              '<c r="A1" t="s"><v>0</v></c><c r="B1" s="3" t="inlineStr"><is><t>Kế hoạch</t></is></c><c r="D1" s="1"><v>44196</v></c>',
              { r: 2, attributes: 'hidden="1"', cells: '<c r="A2"><v>1</v></c><c r="B2"><f t="shared" ref="B2:B4" si="0">A2*2+$A$2</f><v>3</v></c><c r="C2" t="e"><v>#DIV/0!</v></c>' },
              '<c r="A3" s="4"><v>2</v></c><c r="B3"><f t="shared" si="0"/><v>5</v></c><c r="C3"><f t="array" ref="C3">SUM(A2:A3)</f><v>3</v></c>',
              '<c r="A4" s="5"><v>0.25</v></c><c r="B4"><f t="shared" si="0"/><v>7</v></c><c r="C4" t="b"><v>1</v></c>',
              { r: 9, cells: '<c r="E9"><v>9</v></c>' },
            ]) +
            '<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>',
        },
        { name: 'Ẩn', body: sheetData([{ r: 2, cells: '<c r="B2"><v>1</v></c>' }]), state: 'hidden' },
      ],
      sharedStrings: ['<si><r><t>Chỉ </t></r><r><t>tiêu</t></r></si>'],
      // Without the two things ExcelJS misreads: <b val="0"/> (bold to it) and escapes in format codes (dropped).
      styles: STYLES.replace('<b val="0"/>', '').replace('0.0\\%', '0.0%'),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(readXlsxPackage(bytes).sheets).toEqual(readSnapshots(workbook));
  });
});

describe('readXlsxFile refuses what it cannot read, in the words the command line used', () => {
  let temp: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    temp = tempFolder();
  });
  afterEach(() => temp.remove());

  async function loadError(name: string, content: Uint8Array | Buffer, language: 'vi' | 'en' = 'vi'): Promise<WorkbookLoadError> {
    const file = path.join(temp.dir, name);
    writeFileSync(file, content);
    const error = await readXlsxFile(file, language).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(WorkbookLoadError);
    expect((error as WorkbookLoadError).message).toContain(file);
    return error as WorkbookLoadError;
  }

  const good = rawPackage({ sheets: [{ name: 'S', body: sheetData(['<c r="A1"><v>1</v></c>']) }] });

  it('a password-protected workbook, by its OLE envelope', async () => {
    const error = await loadError('mat-khau.xlsx', ENCRYPTED_XLSX_BYTES);
    expect(error.problem).toBe('password-protected');
    expect(error.message).toContain('mật khẩu');
  });

  it('random bytes, a cut package and a sheet of broken XML, as corrupt', async () => {
    const brokenSheet = writeZip(readZip(good).map((entry) => (entry.name.endsWith('sheet1.xml') ? newEntry(entry.name, '<worksheet><sheetData><row>') : entry)));
    const noWorkbook = writeZip(readZip(good).filter((entry) => entry.name !== 'xl/workbook.xml'));
    const files = {
      'hong.xlsx': Buffer.from('not a workbook at all, just text'),
      'cut.xlsx': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]),
      'xml.xlsx': brokenSheet,
      'no-workbook.xlsx': noWorkbook,
    };
    for (const [name, content] of Object.entries(files)) {
      const error = await loadError(name, content);
      expect(error.problem).toBe('corrupt');
      expect(error.message).toContain('bị hỏng');
    }
  });

  it('ZIP64 and Strict Open XML packages, as packed in a way the copy cannot be made from', async () => {
    const zip64 = await loadError('zip64.xlsx', asZip64(good));
    expect(zip64.problem).toBe('unsupported-package');
    expect(zip64.message).toContain('ZIP64');
    expect(zip64.message).toContain('lưu lại dạng .xlsx');
    const strictParts = readZip(good).map((entry) =>
      entry.name.endsWith('.rels') ? newEntry(entry.name, entryText(entry).replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships')) : entry,
    );
    const strict = await loadError('strict.xlsx', writeZip(strictParts), 'en');
    expect(strict.problem).toBe('unsupported-package');
    expect(strict.message).toContain('Strict Open XML');
    expect(strict.message).toContain('save it as .xlsx');
  });

  it('a sheet whose used range is past the limit, naming the sheet and the stray cell that stretches it', async () => {
    const stray = rawPackage({ sheets: [{ name: 'Biểu 02', body: sheetData([{ r: 1, cells: '<c r="A1"><v>1</v></c><c r="C1"><v>2</v></c>' }, { r: 1_048_576, cells: '<c r="XFD1048576"><v>3</v></c>' }]) }] });
    const error = await loadError('o-xa.xlsx', stray);
    expect(error.problem).toBe('too-large');
    expect(error.message).toContain('“Biểu 02”');
    expect(error.message).toContain('A1:XFD1048576');
    expect(error.message).toContain('17.179.869.184 ô');
    expect(error.message).toContain('Ô có nội dung xa nhất là XFD1048576');
    // Rows are what the engine pays for: a far row of three columns still reads (the limit is cells).
    const tall = rawPackage({ sheets: [{ name: 'S', body: sheetData([{ r: 1, cells: '<c r="A1"><v>1</v></c>' }, { r: 1_000_000, cells: '<c r="C1000000"><v>2</v></c>' }]) }] });
    expect(readXlsxPackage(tall).sheets[0]!.values).toHaveLength(1_000_000);
  });

  it('a zip bomb: a part that unpacks past the limit, refused before it is read, whatever size the archive states', async () => {
    const zeros = newEntry('xl/worksheets/sheet1.xml', Buffer.alloc(readLimits.partBytes + 1));
    const withSheet = (entry: ZipEntry) => writeZip(readZip(good).map((original) => (original.name.endsWith('sheet1.xml') ? entry : original)));
    const stated = await loadError('bom.xlsx', withSheet(zeros), 'en');
    expect(stated.problem).toBe('too-large');
    expect(stated.message).toMatch(/sheet "S" unpacks to more than 128 MB \(from \d+ KB in the file\)/);
    // The same stream claiming to be 1 KB: inflating stops at the limit all the same.
    const lying = await loadError('bom-nho.xlsx', withSheet({ ...zeros, size: 1024 }), 'en');
    expect(lying.problem).toBe('too-large');
    expect(lying.message).toContain('zip bomb');
  });

  it('reads a good file, its bytes kept for the writer', async () => {
    const file = path.join(temp.dir, 'tot.xlsx');
    writeFileSync(file, good);
    const read = await readXlsxFile(file);
    expect(read.sheetNames).toEqual(['S']);
    expect(Buffer.from(read.bytes).equals(Buffer.from(good))).toBe(true);
  });
});
