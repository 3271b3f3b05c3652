import type ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { PackageError, withPlannedSheets } from '../../../src/adapters/xlsxPackage/plannedSheetsPackage';
import { entryText, newEntry, readZip, writeZip, type ZipEntry } from '../../../src/adapters/xlsxPackage/zipArchive';
import type { PlannedCell, WritableSheet } from '../../../src/summaryPlan';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MS_REL = 'http://schemas.microsoft.com/office/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const doctype = (rootName: string) => `<!DOCTYPE ${rootName} [<!ENTITY boom "b>o]om">]>`;
const sheetXml = (value: number) => `${HEAD}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>${value}</v></c></row></sheetData></worksheet>`;
const STYLES = `<styleSheet xmlns="${MAIN}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>`;

/** A workbook of two sheets, Data1 and Data2, whose parts are given whole (or replaced by `changes`). */
function plainParts(changes: Record<string, string | Uint8Array> = {}): Record<string, string | Uint8Array> {
  return {
    '[Content_Types].xml':
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${SHEET_TYPE}"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${SHEET_TYPE}"/>` +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    '_rels/.rels': `${HEAD}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="1"/></bookViews>` +
      '<sheets><sheet name="Data1" sheetId="1" r:id="rId1"/><sheet name="Data2" sheetId="2" r:id="rId2"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${HEAD}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheetXml(1),
    'xl/worksheets/sheet2.xml': sheetXml(2),
    'xl/styles.xml': `${HEAD}${STYLES}`,
    ...changes,
  };
}

/**
 * The same workbook as a hostile .xlsm would have it: an Excel 4.0 macro sheet between the two
 * (run by Auto_Open), a signed VBA project, a relationship to a VBA project that is not there, a
 * calculation chain, DOCTYPEs in every part the writer edits, and entries named to land outside.
 */
function hostileParts(): Record<string, string | Uint8Array> {
  const plain = plainParts();
  const edit = (name: string, from: string, to: string) => (plain[name] as string).replace(from, to);
  return {
    '[Content_Types].xml': edit('[Content_Types].xml', '<Types', `${doctype('Types')}<Types`)
      .replace('spreadsheetml.sheet.main+xml', 'x')
      .replace('application/vnd.openxmlformats-officedocument.x', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace(
        '</Types>',
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' +
          '<Override PartName="/xl/macrosheets/sheet1.xml" ContentType="application/vnd.ms-excel.macrosheet+xml"/>' +
          '<Override PartName="/xl/vbaProjectSignature.bin" ContentType="application/vnd.ms-office.vbaProjectSignature"/>' +
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    '_rels/.rels': edit('_rels/.rels', '<Relationships', `${doctype('Relationships')}<Relationships`),
    'xl/workbook.xml': `${HEAD}${doctype('workbook')}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="2" firstSheet="2"/></bookViews>` +
      '<sheets><sheet name="Data1" sheetId="1" r:id="rId1"/><sheet name="Macro1" sheetId="3" state="hidden" r:id="rId3"/><sheet name="Data2" sheetId="2" r:id="rId2"/></sheets>' +
      '<definedNames><definedName name="_xlnm.Auto_Open">Macro1!$A$1</definedName><definedName name="Auto_Close1">Data1!$A$1</definedName>' +
      '<definedName name="Runner" xlm="1">Data1!$A$2</definedName><definedName name="Helper" function="1" vbProcedure="1">Data1!$A$3</definedName>' +
      '<definedName name="Start">Macro1!$A$2</definedName><definedName name="_xlnm.Print_Area" localSheetId="1">Macro1!$A:$B</definedName>' +
      '<definedName name="_xlnm.Print_Area" localSheetId="2">Data2!$A:$B</definedName><definedName name="Target">Data1!$B$2&amp;"&boom;"</definedName></definedNames></workbook>',
    'xl/_rels/workbook.xml.rels': edit('xl/_rels/workbook.xml.rels', '<Relationships', `${doctype('Relationships')}<Relationships`).replace(
      '</Relationships>',
      `<Relationship Id="rId3" Type="${MS_REL}/xlMacrosheet" Target="macrosheets/sheet1.xml"/>` +
        `<Relationship Id="rId5" Type="${MS_REL}/vbaProject" Target="vbaProject.bin"/><Relationship Id="rId6" Type="${MS_REL}/vbaProject" Target="vbaGone.bin"/>` +
        `<Relationship Id="rId7" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': plain['xl/worksheets/sheet1.xml']!,
    'xl/worksheets/sheet2.xml': plain['xl/worksheets/sheet2.xml']!,
    'xl/styles.xml': `${HEAD}${doctype('styleSheet')}${STYLES}`,
    'xl/macrosheets/sheet1.xml': `${HEAD}<xm:macrosheet xmlns="${MAIN}" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><sheetData><row r="1"><c r="A1"><f>EXEC("calc.exe")</f></c></row></sheetData></xm:macrosheet>`,
    'xl/macrosheets/_rels/sheet1.xml.rels': `${HEAD}<Relationships xmlns="${PACKAGE_REL}"/>`,
    'xl/calcChain.xml': `${HEAD}<calcChain xmlns="${MAIN}"><c r="A1" i="3"/></calcChain>`,
    'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]),
    'xl/_rels/vbaProject.bin.rels': `${HEAD}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${MS_REL}/vbaProjectSignature" Target="vbaProjectSignature.bin"/></Relationships>`,
    'xl/vbaProjectSignature.bin': new Uint8Array([0x30, 0x82, 4, 5]),
    '../../evil.txt': 'evil',
    '/abs.txt': 'absolute',
    'C:\\win.txt': 'drive',
  };
}

function zipOf(parts: Record<string, string | Uint8Array>): Uint8Array {
  return writeZip(Object.entries(parts).map(([name, content]) => newEntry(name, content)));
}

function checkedCopy(original: Uint8Array, sheets = [tinySheet('Tổng hợp'), tinySheet('Kiểm tra')]): { entries: ZipEntry[]; dropped: readonly string[] } {
  const copy = withPlannedSheets(original, sheets);
  const chunks: Uint8Array[] = [];
  copy.writeTo((bytes) => chunks.push(bytes));
  return { entries: readZip(Buffer.concat(chunks)), dropped: copy.dropped };
}

function tinySheet(name: string): WritableSheet {
  const header: PlannedCell[] = [{ value: 'Chỉ tiêu', bold: true }, { value: 'Thực hiện', bold: true }];
  return { name, rows: [header, [{ value: 'Lúa' }, { value: 1234.5 }]], headerRow: 1, columnWidths: [30, 12], frozenRows: 1, table: null };
}

function textOf(entries: readonly ZipEntry[], name: string): string {
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no part ${name}`);
  return entryText(entry);
}

/** The console, watched: a library's diagnostic there is noise in the user's terminal. */
let consoleCalls: MockInstance[] = [];
beforeEach(() => {
  consoleCalls = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method).mockImplementation(() => undefined));
});
afterEach(() => vi.restoreAllMocks());
const consoleWasQuiet = () => expect(consoleCalls.flatMap((spy) => spy.mock.calls)).toEqual([]);

describe('a hostile macro workbook', () => {
  const original = zipOf(hostileParts());
  const copy = () => {
    const { entries, dropped } = checkedCopy(original);
    return { entries, dropped, names: entries.map((entry) => entry.name) };
  };
  const edited = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];

  it('is copied without its macro sheet, VBA project, signature, calculation chain or unsafely named entries, and says which entries it dropped', () => {
    const { dropped, names } = copy();
    consoleWasQuiet();
    expect(dropped).toEqual(['../../evil.txt', '/abs.txt', 'C:\\win.txt']);
    expect(names.filter((name) => /macrosheet|vbaProject|calcChain|evil|abs|win/i.test(name))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml']));
  });

  it('keeps the user\'s sheets and adds the summaries, with no macro name, the remaining names\' sheet positions renumbered', () => {
    const { entries } = copy();
    const workbook = textOf(entries, 'xl/workbook.xml');
    expect([...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((match) => match[1])).toEqual(['Data1', 'Data2', 'Tổng hợp', 'Kiểm tra']);
    expect(workbook).not.toMatch(/Macro1|Auto_|xlm=|function=|vbProcedure|Runner|Helper|"Start"|DOCTYPE|ENTITY/);
    expect(workbook).toContain('<definedName name="_xlnm.Print_Area" localSheetId="1">Data2!$A:$B</definedName>');
    expect(workbook).toContain('<definedName name="Target">Data1!$B$2&amp;"&amp;boom;"</definedName>');
    expect(workbook).toContain('<workbookView activeTab="1" firstSheet="1"/>');
  });

  it('leaves no content type, relationship or DOCTYPE pointing to what is gone, and declares a plain workbook', () => {
    const { entries, names } = copy();
    const types = textOf(entries, '[Content_Types].xml');
    expect(types).not.toMatch(/macroEnabled|vbaProject|macrosheet|calcChain|DOCTYPE/);
    expect(types).toContain('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>');
    for (const [, partName] of types.matchAll(/PartName="\/([^"]+)"/g)) expect(names).toContain(partName);
    const rels = textOf(entries, 'xl/_rels/workbook.xml.rels');
    expect(rels).not.toMatch(/vbaProject|Macrosheet|calcChain|DOCTYPE/);
    for (const [, target] of rels.matchAll(/Target="([^"]+)"/g)) expect(names).toContain(`xl/${target}`);
    for (const name of ['_rels/.rels', 'xl/styles.xml']) expect(textOf(entries, name)).not.toContain('DOCTYPE');
  });

  it('carries every original part it keeps and does not edit byte for byte', () => {
    const { entries } = copy();
    const before = new Map(readZip(original).map((entry) => [entry.name, entry]));
    const kept = entries.filter((entry) => before.has(entry.name) && !edited.includes(entry.name));
    expect(kept.map((entry) => entry.name).sort()).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
    for (const entry of kept) expect(Buffer.from(entry.stored)).toEqual(Buffer.from(before.get(entry.name)!.stored));
  });

  it('opens in ExcelJS with the user\'s sheets and the summaries', async () => {
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    const chunks: Uint8Array[] = [];
    withPlannedSheets(original, [tinySheet('Tổng hợp')]).writeTo((bytes) => chunks.push(bytes));
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Data1', 'Data2', 'Tổng hợp']);
  });
});

describe('a workbook without macros', () => {
  it('keeps its names, Auto_Open-like ones included: they run nothing where there is no macro', () => {
    const names = '<definedNames><definedName name="Auto_Open_Date">Data1!$A$1</definedName><definedName name="Data">Data2!$A$1:$B$2</definedName></definedNames>';
    const original = zipOf(plainParts({ 'xl/workbook.xml': (plainParts()['xl/workbook.xml'] as string).replace('</workbook>', `${names}</workbook>`) }));
    const workbook = textOf(checkedCopy(original).entries, 'xl/workbook.xml');
    expect(workbook).toContain('name="Auto_Open_Date"');
    expect(workbook).toContain('name="Data"');
  });
});

describe('a part the writer edits that is broken', () => {
  const failure = (parts: Record<string, string | Uint8Array>): unknown => {
    try {
      checkedCopy(zipOf(parts));
    } catch (error) {
      return error;
    }
    return null;
  };

  it.each([
    ['an empty content types part', { '[Content_Types].xml': '' }, /\[Content_Types\]\.xml is not well-formed XML/],
    ['a truncated content types part', { '[Content_Types].xml': (plainParts()['[Content_Types].xml'] as string).slice(0, 200) }, /\[Content_Types\]\.xml is not well-formed XML/],
    ['a styles part with an undeclared prefix', { 'xl/styles.xml': STYLES.replace('<fonts', '<x:numFmts/><fonts') }, /xl\/styles\.xml is not well-formed XML/],
    ['a workbook part of another kind', { 'xl/workbook.xml': `<worksheet xmlns="${MAIN}"/>` }, /xl\/workbook\.xml has no <workbook> root element/],
  ])('is refused with a PackageError naming it, and nothing on the console: %s', (_, changes, detail) => {
    const error = failure(plainParts(changes));
    expect(error).toBeInstanceOf(PackageError);
    expect((error as PackageError).message).toMatch(detail);
    consoleWasQuiet();
  });

  it.each([
    ['UTF-16 little-endian', 'utf16le', [0xff, 0xfe]],
    ['UTF-16 big-endian', 'utf16be', [0xfe, 0xff]],
  ] as const)('is read as %s when it says so with a byte-order mark, and written back as UTF-8', (_, encoding, mark) => {
    const text = (plainParts()['[Content_Types].xml'] as string).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const little = Buffer.from(text, 'utf16le');
    const bytes = encoding === 'utf16le' ? little : Buffer.from(little).swap16();
    const { entries } = checkedCopy(zipOf(plainParts({ '[Content_Types].xml': Buffer.concat([Buffer.from(mark), bytes]) })));
    const types = textOf(entries, '[Content_Types].xml');
    expect(types).toMatch(/^<\?xml version="1.0" encoding="UTF-8"/);
    expect(types).toContain('<Override PartName="/xl/worksheets/sheet3.xml"');
    consoleWasQuiet();
  });

  it('loses its DOCTYPE and says UTF-8 when it is edited as text: a selected sheet in UTF-16 and the shared strings', () => {
    const plain = plainParts();
    const selected = (plain['xl/worksheets/sheet1.xml'] as string)
      .replace('encoding="UTF-8"', 'encoding="UTF-16"')
      .replace('<worksheet', `${doctype('worksheet')}<worksheet`)
      .replace('<sheetData>', '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData>');
    const parts = plainParts({
      'xl/worksheets/sheet1.xml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(selected, 'utf16le')]),
      'xl/sharedStrings.xml': `${HEAD}${doctype('sst')}<sst xmlns="${MAIN}" count="1" uniqueCount="1"><si><t>Gạo</t></si></sst>`,
      'xl/_rels/workbook.xml.rels': (plain['xl/_rels/workbook.xml.rels'] as string).replace('</Relationships>', `<Relationship Id="rId9" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`),
    });
    const { entries } = checkedCopy(zipOf(parts), [{ ...tinySheet('Tổng hợp'), active: true }]);
    const sheet = textOf(entries, 'xl/worksheets/sheet1.xml');
    expect(sheet).toBe(selected.replace('encoding="UTF-16"', 'encoding="UTF-8"').replace(doctype('worksheet'), '').replace(' tabSelected="1"', ''));
    const strings = textOf(entries, 'xl/sharedStrings.xml');
    expect(strings).not.toContain('DOCTYPE');
    expect(strings).toMatch(/<si><t>Gạo<\/t><\/si>.*Chỉ tiêu/);
    consoleWasQuiet();
  });

  it('keeps an entity a DOCTYPE declares as written, never expanded, and says nothing on the console', () => {
    const workbook = (plainParts()['xl/workbook.xml'] as string)
      .replace('<workbook', `${doctype('workbook')}<workbook`)
      .replace('</workbook>', '<definedNames><definedName name="Target">Data1!$A$1&amp;"&boom;"</definedName></definedNames></workbook>');
    const { entries } = checkedCopy(zipOf(plainParts({ 'xl/workbook.xml': workbook })));
    expect(textOf(entries, 'xl/workbook.xml')).toContain('&amp;boom;');
    expect(textOf(entries, 'xl/workbook.xml')).not.toContain('b>o]om');
    consoleWasQuiet();
  });
});
