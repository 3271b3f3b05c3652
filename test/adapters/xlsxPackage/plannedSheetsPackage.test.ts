import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readSnapshots } from '../../../src/adapters/exceljs/readWorkbook';
import { PackageError, addPlannedSheetsToPackage, packageOfPlannedSheets } from '../../../src/adapters/xlsxPackage/plannedSheetsPackage';
import { cellTextXml, xmlText } from '../../../src/adapters/xlsxPackage/xmlText';
import { entryText, readZip, type ZipEntry } from '../../../src/adapters/xlsxPackage/zipArchive';
import { cellAddress } from '../../../src/core/address';
import { checkWorkbook, wordResult } from '../../../src/core';
import type { CheckResult } from '../../../src/core/model';
import { defaultSettings } from '../../../src/core/settings';
import { buildSummaryPlan, type PlannedCell, type SummaryPlan, type WritableSheet } from '../../../src/summaryPlan';
import { stubCheck } from '../../helpers/reports';
import { changedCells, fixturesDir, linkTargets, readWorkbook, roundTrip, workbookOf, writtenWithSheets, type GridValue } from '../../helpers/workbooks';

const checkedAt = new Date(2024, 2, 1);

function planFor(workbook: ExcelJS.Workbook, content: CheckResult): SummaryPlan {
  return buildSummaryPlan(wordResult(content, 'vi'), { existingSheetNames: workbook.worksheets.map((s) => s.name), checkedAt });
}

/** What the stand-in engine reports: a row and a link for every row holding a value. */
function stubReport(workbook: ExcelJS.Workbook): CheckResult {
  return stubCheck({ name: 'test.xlsx', sheets: readSnapshots(workbook) });
}

/** What the real engine reports for the workbook. */
function engineReport(workbook: ExcelJS.Workbook): CheckResult {
  return checkWorkbook({ name: 'test.xlsx', sheets: readSnapshots(workbook) }, defaultSettings);
}

/** Whether a written cell shows what the plan asked for. */
function expectRendered(cell: ExcelJS.Cell, planned: PlannedCell): void {
  const value = cell.value as ExcelJS.CellValue;
  if (planned.link && planned.value !== null) {
    expect(cell.formula).toMatch(/^HYPERLINK\(/);
    expect((value as ExcelJS.CellFormulaValue).result).toEqual(planned.value);
  } else {
    expect(value).toEqual(planned.value);
  }
  if (planned.numberFormat) expect(cell.numFmt).toBe(planned.numberFormat);
  if (planned.bold) expect(cell.font?.bold).toBe(true);
  if (planned.fill) expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${planned.fill}`);
  if (planned.fontColor) expect(cell.font?.color?.argb).toBe(`FF${planned.fontColor}`);
  if (planned.wrap) expect(cell.alignment?.wrapText).toBe(true);
  if (planned.indent) expect(cell.alignment?.indent).toBe(planned.indent);
}

describe('addPlannedSheetsToPackage', () => {
  it('appends the planned sheets after the originals and renders every planned cell', async () => {
    const file = path.join(fixturesDir, 'quang-ninh-2020.xlsx');
    const original = await readWorkbook(file);
    const plan = planFor(original, engineReport(original));
    expect(plan.sheets[1]!.rows.length).toBeGreaterThan(5);
    const written = await writtenWithSheets(file, plan.sheets);

    expect(written.worksheets.map((sheet) => sheet.name)).toEqual(['KQ 2020 - KH 2021', 'Tổng hợp', 'Kiểm tra']);
    for (const sheet of plan.sheets) {
      const worksheet = written.getWorksheet(sheet.name)!;
      sheet.rows.forEach((cells, r) => cells.forEach((planned, c) => expectRendered(worksheet.getCell(r + 1, c + 1), planned)));
    }
  });

  it('carries every part of the original over byte for byte, except the four it registers the sheets in, the shared strings it appends to and the sheets it unselects', async () => {
    for (const file of ['quang-ninh-2020.xlsx', 'thai-nguyen-2023.xlsx', 'chitieu-nn-dahuoai-2020.xlsx', 'gdnn-registration-form.xlsx']) {
      const bytes = new Uint8Array(await readFile(path.join(fixturesDir, file)));
      const original = await readWorkbook(path.join(fixturesDir, file));
      const written = await JSZip.loadAsync(addPlannedSheetsToPackage(bytes, planFor(original, engineReport(original)).sheets));
      const before = await JSZip.loadAsync(bytes);
      const edited = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml']);
      for (const [name, entry] of Object.entries(before.files)) {
        if (entry.dir || edited.has(name)) continue;
        const copy = written.file(name);
        expect(copy, `${file}: ${name}`).not.toBeNull();
        const [copied, originalBytes] = [Buffer.from(await copy!.async('uint8array')), Buffer.from(await entry.async('uint8array'))];
        if (copied.equals(originalBytes)) continue;
        if (name === 'xl/sharedStrings.xml') {
          // The new texts come after the original's items, which stay as they were and where they were.
          const items = (xml: string) => xml.slice(xml.indexOf('>', xml.indexOf('<sst')) + 1, xml.lastIndexOf('</sst>'));
          expect(items(copied.toString('utf8')).startsWith(items(originalBytes.toString('utf8'))), `${file}: ${name}`).toBe(true);
          continue;
        }
        // A sheet that was selected loses only its tabSelected flag: the checked copy opens on a new sheet.
        expect(name, file).toMatch(/^xl\/(worksheets|chartsheets)\/[^/]+\.xml$/);
        expect(copied.toString('utf8'), `${file}: ${name}`).toBe(originalBytes.toString('utf8').replace(/ tabSelected="(1|true)"/, ''));
      }
      expect(changedCells(original, await writtenWithSheets(path.join(fixturesDir, file), planFor(original, engineReport(original)).sheets)), file).toEqual([]);
    }
  });

  it('unselects a big selected sheet and copies big unselected ones untouched, reading only the start of those', () => {
    // Figures that do not repeat, so each sheet's part deflates to far more than the start read of it.
    const bigSheet = (name: string): WritableSheet => ({
      ...tinySheet(name),
      rows: Array.from({ length: 20_000 }, (_, i) => [{ value: (i * 7919) % 100_003 }]),
    });
    const original = packageOfPlannedSheets([{ ...bigSheet('Selected'), active: true }, bigSheet('Other')]);
    const copy = addPlannedSheetsToPackage(original, [{ ...tinySheet('Tổng hợp'), active: true }]);
    const part = (entries: ZipEntry[], name: string) => entries.find((entry) => entry.name === name)!;
    const [before, after] = [readZip(original), readZip(copy)];
    expect(part(before, 'xl/worksheets/sheet1.xml').stored.length).toBeGreaterThan(16 * 1024);
    expect(entryText(part(before, 'xl/worksheets/sheet1.xml'))).toContain('tabSelected="1"');
    expect(entryText(part(after, 'xl/worksheets/sheet1.xml'))).toBe(entryText(part(before, 'xl/worksheets/sheet1.xml')).replace(' tabSelected="1"', ''));
    expect(Buffer.from(part(after, 'xl/worksheets/sheet2.xml').stored).equals(Buffer.from(part(before, 'xl/worksheets/sheet2.xml').stored))).toBe(true);
    expect(entryText(part(after, 'xl/worksheets/sheet3.xml'))).toContain('tabSelected="1"');
  });

  it('links each indicator to the cell holding its label, and each finding to its cell', async () => {
    const file = path.join(fixturesDir, 'quang-ninh-2020.xlsx');
    const workbook = await readWorkbook(file);
    const content = engineReport(workbook);
    const written = await writtenWithSheets(file, planFor(workbook, content).sheets);

    const summaryLinks = linkTargets(written.getWorksheet('Tổng hợp')!);
    // A heading row per sheet links to its table's header, then each indicator and section heading to its label, in sheet order.
    const indicatorLinks = summaryLinks.filter((link) => link.from.startsWith('B'));
    const [table] = content.sheets[0]!.tables;
    const sections = (table!.sections ?? []).map((section) => section.row);
    expect(sections.length).toBeGreaterThan(0);
    const labelled = [...content.report.indicators.map((indicator) => indicator.row), ...sections].sort((a, b) => a - b);
    expect(indicatorLinks.map((link) => link.row)).toEqual([table!.headerRows[0]!, ...labelled]);
    // The findings count links to the first finding of its row on the Findings sheet.
    const countLinks = summaryLinks.filter((link) => link.from.startsWith('J'));
    expect(countLinks.length).toBeGreaterThan(0);
    for (const link of countLinks) {
      expect(link.sheet).toBe('Kiểm tra');
      const cell = written.getWorksheet('Kiểm tra')!.getCell(link.row, link.column).text;
      expect(content.report.findings.map((f) => f.cell)).toContain(cell);
    }
    for (const link of indicatorLinks) {
      const label = written.getWorksheet(link.sheet)!.getCell(link.row, link.column).text;
      expect(label.length, link.from).toBeGreaterThan(0);
    }
    const findingLinks = linkTargets(written.getWorksheet('Kiểm tra')!);
    expect(findingLinks.map((link) => `${link.sheet}!${cellAddress(link.row, link.column)}`).sort()).toEqual(
      content.report.findings.map((f) => `${f.sheet}!${f.cell}`).sort(),
    );
  });

  it('freezes the header rows and the name columns, filters the table and sets the column widths', async () => {
    const workbook = workbookOf({ 'Biểu 01': [['Chỉ tiêu'], ['Tạo việc làm']] });
    const plan = planFor(workbook, stubReport(workbook));
    const written = await writtenWithSheets(workbook, plan.sheets);
    const summary = written.getWorksheet('Tổng hợp')!;
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 7, xSplit: 3, topLeftCell: 'D8' });
    expect(summary.autoFilter).toBe('A7:K10');
    expect(summary.getColumn(3).width).toBe(plan.sheets[0]!.columnWidths[2]);
  });

  it("names each filter's range for its own sheet, as Excel does", async () => {
    const workbook = workbookOf({ 'Biểu 01': [['Chỉ tiêu'], ['Tạo việc làm']] });
    const bytes = addPlannedSheetsToPackage(new Uint8Array(await workbook.xlsx.writeBuffer()), planFor(workbook, stubReport(workbook)).sheets);
    const workbookXml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Tổng hợp'!$A$7:$K$10</definedName>`);
    expect(workbookXml).toMatch(/<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">'Kiểm tra'!\$A\$4:\$J\$\d+<\/definedName>/);
  });

  it('writes text exactly, including quotes, markup, line breaks and leading spaces', async () => {
    const texts = ['Tỷ lệ "hộ nghèo" <5% & >1%', 'hai\ndòng', 'tab\tvà', '  cách đầu'];
    const sheet: WritableSheet = {
      name: 'Văn bản',
      rows: texts.map((value) => [{ value }, { value, link: { sheet: 'Văn bản', row: 1, column: 1 } }]),
      headerRow: 1,
      columnWidths: [20, 20],
      frozenRows: 0,
      table: null,
    };
    const written = (await readBack(packageOfPlannedSheets([sheet]))).getWorksheet('Văn bản')!;
    texts.forEach((text, i) => {
      expect(written.getCell(i + 1, 1).value).toBe(text);
      expect((written.getCell(i + 1, 2).value as ExcelJS.CellFormulaValue).result).toBe(text);
    });
  });

  it('saves a macro-enabled workbook as a plain .xlsx without its VBA project', async () => {
    const zip = await JSZip.loadAsync(await readFile(path.join(fixturesDir, 'quang-ninh-2020.xlsx')));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types
      .replace('spreadsheetml.sheet.main+xml', '').replace('application/vnd.openxmlformats-officedocument.', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml" x="')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
    zip.file('xl/vbaProject.bin', new Uint8Array([1, 2, 3]));
    const macroBook = await zip.generateAsync({ type: 'uint8array' });
    const plainTypes = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
    expect(await (await JSZip.loadAsync(macroBook)).file('[Content_Types].xml')!.async('string')).not.toContain(plainTypes);

    const written = await JSZip.loadAsync(addPlannedSheetsToPackage(macroBook, [tinySheet('Tổng hợp')]));
    expect(written.file('xl/vbaProject.bin')).toBeNull();
    const writtenTypes = await written.file('[Content_Types].xml')!.async('string');
    expect(writtenTypes).toContain(plainTypes);
    expect(writtenTypes).not.toMatch(/macroEnabled|vbaProject/);
    expect(await written.file('xl/_rels/workbook.xml.rels')!.async('string')).not.toContain('vbaProject');
  });

  it('refuses to add a sheet whose name the workbook already has (ignoring case)', async () => {
    const bytes = new Uint8Array(await readFile(path.join(fixturesDir, 'quang-ninh-2020.xlsx')));
    expect(() => addPlannedSheetsToPackage(bytes, [tinySheet('kq 2020 - KH 2021')])).toThrow(PackageError);
  });

  it('keeps any small grid of numbers, texts and blanks unchanged through a write and a read', async () => {
    const value: fc.Arbitrary<GridValue> = fc.oneof(
      fc.constant(null),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
      fc.integer(),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
    );
    const grid = fc.array(fc.array(value, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(grid, async (cells) => {
        const original = await roundTrip(workbookOf({ 'Biểu 01': cells, 'Tổng hợp': [['đã có']] }));
        // The engine skips most random grids; the stand-in adds rows and links on every run.
        const once = await writtenWithSheets(original, planFor(original, engineReport(original)).sheets);
        const twice = await writtenWithSheets(once, planFor(once, stubReport(once)).sheets);
        expect(changedCells(original, twice)).toEqual([]);
        expect(twice.worksheets).toHaveLength(6);
      }),
      { numRuns: 40 },
    );
  });
});

describe('cellTextXml', () => {
  it("writes characters XML cannot hold, and text that looks like Excel's escapes, as Excel does", () => {
    expect(cellTextXml('a\u0001b')).toBe('a_x0001_b');
    expect(cellTextXml('mã _x0041_')).toBe('mã _x005F_x0041_');
    expect(cellTextXml('<5% & "x"')).toBe('&lt;5% &amp; &quot;x&quot;');
    expect(cellTextXml('hai\ndòng\tvà')).toBe('hai\ndòng\tvà');
    expect(cellTextXml('lẻ \uD800 đôi 😀')).toBe('lẻ _xD800_ đôi 😀');
    expect(cellTextXml('Tổng hợp 2023')).toBe('Tổng hợp 2023');
  });
});

describe('xmlText', () => {
  it('writes formulas with their markup escaped and what XML cannot hold as spaces', () => {
    expect(xmlText('HYPERLINK("#\'Biểu 01\'!B5","a & b")')).toBe('HYPERLINK(&quot;#\'Biểu 01\'!B5&quot;,&quot;a &amp; b&quot;)');
    expect(xmlText('"a\u0001b" & "\uDC00" & "😀"')).toBe('&quot;a b&quot; &amp; &quot; &quot; &amp; &quot;😀&quot;');
    expect(xmlText('tab\tline\nok _x0041_')).toBe('tab\tline\nok _x0041_');
  });
});

describe('packageOfPlannedSheets', () => {
  it('makes a workbook holding only the planned sheets', async () => {
    const written = await readBack(packageOfPlannedSheets([tinySheet('Tổng hợp'), tinySheet('Kiểm tra')]));
    expect(written.worksheets.map((sheet) => sheet.name)).toEqual(['Tổng hợp', 'Kiểm tra']);
    expect(written.getWorksheet('Kiểm tra')!.getCell('B2').value).toBe(1234.5);
    expect(written.getWorksheet('Kiểm tra')!.getCell('B2').numFmt).toBe('#,##0.0');
    expect(written.getWorksheet('Kiểm tra')!.getCell('A1').font?.bold).toBe(true);
  });

  it('needs at least one sheet', async () => {
    expect(() => packageOfPlannedSheets([])).toThrow(PackageError);
  });
});

function tinySheet(name: string): WritableSheet {
  const header: PlannedCell[] = [{ value: 'Chỉ tiêu', bold: true, fill: 'DDEBF7' }, { value: 'Thực hiện', bold: true, fill: 'DDEBF7' }];
  return { name, rows: [header, [{ value: 'Lúa' }, { value: 1234.5, numberFormat: '#,##0.0' }]], headerRow: 1, columnWidths: [30, 12], frozenRows: 1, table: { top: 1, left: 1, bottom: 2, right: 2 } };
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}
