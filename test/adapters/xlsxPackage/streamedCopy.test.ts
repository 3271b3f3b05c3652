import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { addPlannedSheetsToPackage, packageOfPlannedSheets, withPlannedSheets } from '../../../src/adapters/xlsxPackage/plannedSheetsPackage';
import { SharedStrings } from '../../../src/adapters/xlsxPackage/sharedStringsPart';
import { readZip, streamedEntry, writeZip } from '../../../src/adapters/xlsxPackage/zipArchive';
import { readSharedStrings } from '../../../src/adapters/xlsxReader/sharedStrings';
import { readXlsxPackage } from '../../../src/adapters/xlsxReader/readXlsx';
import { generate } from '../../../src/bench/generate';
import { checkWorkbook, wordResult } from '../../../src/core';
import { defaultSettings, type SheetSnapshot } from '../../../src/core/model';
import { buildSummaryPlan, type PlannedCell, type WritableSheet } from '../../../src/summaryPlan';
import { changedCells, fixturesDir } from '../../helpers/workbooks';

const checkedAt = new Date(Date.UTC(2026, 0, 2));

/** The engine's plan for the workbook in `bytes`. */
function planOf(bytes: Uint8Array): WritableSheet[] {
  const { sheetNames, sheets } = readXlsxPackage(bytes);
  const result = wordResult(checkWorkbook({ name: 'test.xlsx', sheets }, defaultSettings), 'vi');
  return buildSummaryPlan(result, { existingSheetNames: sheetNames, checkedAt }).sheets;
}

/** The copy as the command line writes it: the package handed out piece by piece. */
function streamedCopy(bytes: Uint8Array, sheets: readonly WritableSheet[]): { copy: Uint8Array; pieces: number } {
  const pieces: Uint8Array[] = [];
  withPlannedSheets(bytes, sheets).writeTo((piece) => pieces.push(Buffer.from(piece)));
  return { copy: Buffer.concat(pieces), pieces: pieces.length };
}

async function excelJsRead(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** What a reader should find in a planned cell: its value, the link's text as a formula's result, nothing for a blank. */
function shown(planned: PlannedCell | undefined): string | number | null {
  const value = planned?.value ?? null;
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}

function snapshotValue(sheet: SheetSnapshot, row: number, column: number): unknown {
  return sheet.values[row - sheet.origin.row]?.[column - sheet.origin.column] ?? null;
}

function expectShownByExcelJs(cell: ExcelJS.Cell, planned: PlannedCell, where: string): void {
  if ((planned.link || planned.externalLink) && shown(planned) !== null) {
    expect(cell.formula, where).toMatch(/^HYPERLINK\(/);
    expect((cell.value as ExcelJS.CellFormulaValue).result, where).toEqual(shown(planned));
  } else {
    expect(cell.value, where).toEqual(shown(planned));
  }
}

/** Every planned cell, read back by ExcelJS and by the project's reader, against the plan. */
async function expectEveryCell(copy: Uint8Array, sheets: readonly WritableSheet[]): Promise<void> {
  const byExcelJs = await excelJsRead(copy);
  const byReader = readXlsxPackage(copy);
  for (const sheet of sheets) {
    const worksheet = byExcelJs.getWorksheet(sheet.name)!;
    const snapshot = byReader.sheets.find((s) => s.name === sheet.name)!;
    sheet.rows.forEach((cells, r) =>
      cells.forEach((planned, c) => {
        const where = `${sheet.name}!R${r + 1}C${c + 1}`;
        expectShownByExcelJs(worksheet.getCell(r + 1, c + 1), planned, where);
        expect(snapshotValue(snapshot, r + 1, c + 1), where).toEqual(shown(planned));
      }),
    );
  }
}

describe('the checked copy written as a stream', () => {
  it("shows every planned cell to ExcelJS and to the project's reader, texts through the workbook's own shared strings, its cells unchanged", async () => {
    const file = path.join(fixturesDir, 'quang-ninh-2020.xlsx');
    const bytes = new Uint8Array(await readFile(file));
    const sheets = planOf(bytes);
    const { copy, pieces } = streamedCopy(bytes, sheets);
    expect(Buffer.from(copy).equals(Buffer.from(addPlannedSheetsToPackage(bytes, sheets)))).toBe(true);
    expect(pieces).toBeGreaterThan(readZip(copy).length * 2);

    await expectEveryCell(copy, sheets);
    const before = readXlsxPackage(bytes).sheets;
    expect(readXlsxPackage(copy).sheets.slice(0, before.length)).toEqual(before);
    expect(changedCells(await excelJsRead(bytes), await excelJsRead(copy))).toEqual([]);

    // The original's items first, unchanged and in their places; then the new texts, once each.
    const sharedText = (zip: Uint8Array) => new TextDecoder().decode(inflateRawSync(readZip(zip).find((e) => e.name === 'xl/sharedStrings.xml')!.stored));
    const [original, appended] = [readSharedStrings(sharedText(bytes)), readSharedStrings(sharedText(copy))];
    expect(appended.slice(0, original.length)).toEqual(original);
    const added = appended.slice(original.length);
    expect(added.length).toBeGreaterThan(0);
    expect(new Set(added).size).toBe(added.length);
    expect(sharedText(copy)).toMatch(new RegExp(`uniqueCount="${appended.length}"`));
  });

  it('writes a generated workbook, and a new workbook with a shared-strings part of its own', async () => {
    const bytes = new Uint8Array(await generate({ rows: 2500, seed: 5 }).workbook.xlsx.writeBuffer());
    const sheets = planOf(bytes);
    const { copy } = streamedCopy(bytes, sheets);
    await expectEveryCell(copy, sheets);
    await JSZip.loadAsync(copy, { checkCRC32: true });

    const alone = packageOfPlannedSheets(sheets);
    expect(readZip(alone).map((entry) => entry.name)).toContain('xl/sharedStrings.xml');
    await expectEveryCell(alone, sheets);
  }, 60000);

  it('writes the shared strings where the workbook says they are when that part is missing', async () => {
    const zip = await JSZip.loadAsync(packageOfPlannedSheets([tinySheet('Biểu 01')]));
    zip.remove('xl/sharedStrings.xml');
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace(/<Override PartName="\/xl\/sharedStrings.xml"[^>]*\/>/, ''));
    const lacking = await zip.generateAsync({ type: 'uint8array' });
    const added = [tinySheet('Tổng hợp')];
    const copy = addPlannedSheetsToPackage(lacking, added);
    await expectEveryCell(copy, added);
    const copyTypes = new TextDecoder().decode(inflateRawSync(readZip(copy).find((e) => e.name === '[Content_Types].xml')!.stored));
    expect(copyTypes.match(/PartName="\/xl\/sharedStrings.xml"/g)).toHaveLength(1);
  });
});

function tinySheet(name: string): WritableSheet {
  return { name, rows: [[{ value: 'Chỉ tiêu', bold: true }, { value: 'Đạt' }], [{ value: 'Lúa' }, { value: 12.5 }]], headerRow: 1, columnWidths: [20, 10], frozenRows: 1, table: null };
}

describe('SharedStrings', () => {
  it('appends to a part whose elements carry a prefix, keeping its items and counting the new references', () => {
    const original =
      '<?xml version="1.0"?>\n<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="2">' +
      '<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Tổng</x:t></x:r></x:si><x:si><x:t>Lúa</x:t></x:si></x:sst>';
    const strings = new SharedStrings(original);
    expect([strings.indexOf('Đạt'), strings.indexOf('Lúa'), strings.indexOf('Đạt')]).toEqual([2, 3, 2]);
    const xml = [...strings.partXml()].join('');
    expect(xml.startsWith(original.slice(0, original.indexOf('<x:si>')).replace('count="3" uniqueCount="2"', 'count="6" uniqueCount="4"'))).toBe(true);
    expect(xml).toContain('<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Tổng</x:t></x:r></x:si><x:si><x:t>Lúa</x:t></x:si><x:si>');
    expect(readSharedStrings(xml)).toEqual(['Tổng', 'Lúa', 'Đạt', 'Lúa']);
  });

  it('fills an empty part and makes a new one, escaping what XML cannot hold', () => {
    const empty = new SharedStrings('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    empty.indexOf('<5% & "x"');
    expect(readSharedStrings([...empty.partXml()].join(''))).toEqual(['<5% & "x"']);

    const fresh = new SharedStrings(null);
    expect(fresh.used).toBe(false);
    fresh.indexOf('  hai\ndòng \u0001');
    expect(fresh.used).toBe(true);
    const xml = [...fresh.partXml()].join('');
    expect(xml).toContain('count="1" uniqueCount="1"');
    expect(readSharedStrings(xml)).toEqual(['  hai\ndòng \u0001']);
  });
});

describe('streamedEntry', () => {
  it('deflates pieces of any size into one stream a reader inflates back to their text, with its CRC', async () => {
    const pieces = Array.from({ length: 30000 }, (_, i) => `<row r="${i}"><c><v>${(i * 7919) % 104729}</v></c>${i % 97 === 0 ? 'x'.repeat(40000) : ''}</row>`);
    const entry = streamedEntry('a.xml', pieces);
    expect(new TextDecoder().decode(inflateRawSync(entry.stored))).toBe(pieces.join(''));
    expect(entry.size).toBe(Buffer.byteLength(pieces.join('')));
    const zip = await JSZip.loadAsync(writeZip([entry, streamedEntry('b.xml', [])]), { checkCRC32: true });
    expect(await zip.file('a.xml')!.async('string')).toBe(pieces.join(''));
    expect(await zip.file('b.xml')!.async('string')).toBe('');
  });

  it('takes pieces of text beyond its buffer, and characters of two, three and four bytes, whole', () => {
    const pieces = ['<t>', 'Tổng hợp '.repeat(150_000), '😀', 'ệ'.repeat(1_100_000), 'ố'.repeat(600_000), '</t>', '<v>1</v>'];
    const entry = streamedEntry('a.xml', pieces);
    const text = pieces.join('');
    expect(new TextDecoder().decode(inflateRawSync(entry.stored))).toBe(text);
    expect(entry.size).toBe(Buffer.byteLength(text));
    expect(entry.crc).toBe(crc32(Buffer.from(text)));
  });
});
