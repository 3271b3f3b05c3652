import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSnapshots } from '../../../src/adapters/exceljs/readWorkbook';
import { parseCellAddress } from '../../../src/core/address';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { fixturesDir, readWorkbook, roundTrip } from '../../helpers/workbooks';

/** The snapshot cell at a worksheet position, whatever the origin. */
function at<T>(sheet: SheetSnapshot, grid: readonly (readonly T[])[] | undefined, address: string): T | undefined {
  const { row, column } = parseCellAddress(address)!;
  return grid?.[row - sheet.origin.row]?.[column - sheet.origin.column];
}

async function snapshotOf(build: (sheet: ExcelJS.Worksheet) => void): Promise<SheetSnapshot> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Biểu 01'));
  const [sheet] = readSnapshots(await roundTrip(workbook));
  return sheet!;
}

describe('readSnapshots', () => {
  it('puts a merged header value in the top-left cell only and lists the merge', async () => {
    const sheet = await snapshotOf((ws) => {
      ws.getCell('B2').value = 'So sánh (%)';
      ws.mergeCells('B2:D2');
      ws.getCell('B3').value = 'TH/KH';
      ws.getCell('D3').value = 'TH/CK';
    });
    expect(sheet.origin).toEqual({ row: 2, column: 2 });
    expect(sheet.values[0]).toEqual(['So sánh (%)', null, null]);
    expect(sheet.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 4 }]);
  });

  it('reads a formula cell as its cached result and keeps the formula', async () => {
    const sheet = await snapshotOf((ws) => {
      ws.getCell('A1').value = 715;
      ws.getCell('A2').value = 200;
      ws.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 915 };
      ws.getCell('A4').value = { formula: 'A3/0' } as ExcelJS.CellFormulaValue;
    });
    expect(at(sheet, sheet.values, 'A3')).toBe(915);
    expect(at(sheet, sheet.formulas, 'A3')).toBe('=SUM(A1:A2)');
    expect(at(sheet, sheet.formulas, 'A1')).toBeNull();
    // No cached result (never calculated): no value, but the formula is still there.
    expect(at(sheet, sheet.values, 'A4')).toBeNull();
    expect(at(sheet, sheet.formulas, 'A4')).toBe('=A3/0');
  });

  it('gives each cell of a shared formula its own formula text', async () => {
    const sheet = await snapshotOf((ws) => {
      ws.getCell('A1').value = 1;
      ws.getCell('B1').value = 2;
      ws.getCell('A2').value = 3;
      ws.getCell('B2').value = 4;
      ws.getCell('C1').value = { formula: 'A1+B1', result: 3, shareType: 'shared', ref: 'C1:C2' } as ExcelJS.CellFormulaValue;
      ws.getCell('C2').value = { sharedFormula: 'C1', result: 7 } as ExcelJS.CellSharedFormulaValue;
    });
    expect(at(sheet, sheet.values, 'C2')).toBe(7);
    expect(at(sheet, sheet.formulas, 'C2')).toBe('=A2+B2');
  });

  it('keeps a percent-formatted value as stored, with its number format', async () => {
    const sheet = await snapshotOf((ws) => {
      ws.getCell('A1').value = 0.73;
      ws.getCell('A1').numFmt = '0.0%';
      ws.getCell('B1').value = 13225;
    });
    expect(sheet.values[0]).toEqual([0.73, 13225]);
    expect(sheet.numberFormats?.[0]).toEqual(['0.0%', null]);
  });

  it('reads rich text, links, dates, errors and booleans as plain values', async () => {
    const sheet = await snapshotOf((ws) => {
      ws.getCell('A1').value = { richText: [{ text: 'Tạo việc làm ' }, { text: '(nghìn người)', font: { italic: true } }] };
      ws.getCell('B1').value = { text: 'Nguồn', hyperlink: 'https://example.org' };
      ws.getCell('C1').value = new Date(Date.UTC(2020, 11, 31));
      ws.getCell('D1').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
      ws.getCell('E1').value = true;
      // A formatted link: ExcelJS keeps its text as rich text.
      ws.getCell('F1').value = { text: { richText: [{ text: 'Biểu ' }, { text: '02', font: { bold: true } }] }, hyperlink: '#B1' } as unknown as ExcelJS.CellHyperlinkValue;
    });
    expect(sheet.values[0]).toEqual(['Tạo việc làm (nghìn người)', 'Nguồn', '2020-12-31', { error: '#DIV/0!' }, true, 'Biểu 02']);
  });

  it('copies indent, bold and font name, which carry the row hierarchy and legacy encodings', async () => {
    const sheet = await snapshotOf((ws) => {
      ws.getCell('A1').value = 'ChØ tiªu';
      ws.getCell('A1').font = { name: '.VnTime', bold: true };
      ws.getCell('A2').value = '- Nam';
      ws.getCell('A2').alignment = { indent: 2 };
    });
    expect(sheet.styles?.[0]?.[0]).toMatchObject({ bold: true, fontName: '.VnTime' });
    expect(sheet.styles?.[1]?.[0]).toMatchObject({ indent: 2 });
  });

  it('spans only cells holding a value, not cells that are merely formatted', async () => {
    const sheet = await snapshotOf((ws) => {
      ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getCell('C3').value = 'x';
      ws.getCell('D5').value = 1;
      ws.getCell('H9').numFmt = '0.00';
    });
    expect(sheet.origin).toEqual({ row: 3, column: 3 });
    expect(sheet.values).toEqual([
      ['x', null],
      [null, null],
      [null, 1],
    ]);
    expect(sheet.formulas).toHaveLength(3);
  });

  it('returns an empty snapshot for an empty sheet, so the core can skip it with a reason', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Trống');
    workbook.addWorksheet('Số liệu').getCell('A1').value = 1;
    const sheets = readSnapshots(await roundTrip(workbook));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Trống', 'Số liệu']);
    expect(sheets[0]!.values).toEqual([]);
  });

  it('reads the Quảng Ninh sample with the drug rehabilitation row where the report has it', async () => {
    const [sheet] = readSnapshots(await readWorkbook(path.join(fixturesDir, 'quang-ninh-2020.xlsx')));
    expect(sheet!.name).toBe('KQ 2020 - KH 2021');
    const row23 = sheet!.values[23 - sheet!.origin.row]!;
    expect(row23.some((value) => typeof value === 'string' && value.includes('Cai nghiện ma túy'))).toBe(true);
    expect(row23).toContain(900);
  });
});

describe('readSnapshots: what is hidden', () => {
  it('reads hidden rows, a hidden column range and the visibility of each sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const shown = workbook.addWorksheet('Biểu 01');
    for (let row = 1; row <= 6; row++) shown.getRow(row).values = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    shown.getRow(4).hidden = true;
    shown.getRow(5).hidden = true;
    // Written as one <col min="4" max="6" hidden="1"/> range.
    for (const letter of ['D', 'E', 'F']) shown.getColumn(letter).hidden = true;
    workbook.addWorksheet('Nháp', { state: 'hidden' }).getCell('A1').value = 1;
    workbook.addWorksheet('Dữ liệu', { state: 'veryHidden' }).getCell('A1').value = 1;
    workbook.addWorksheet('Trống');

    const [first, hidden, veryHidden, empty] = readSnapshots(await roundTrip(workbook));
    expect(first).toMatchObject({ visibility: 'visible', hiddenRows: [4, 5], hiddenColumns: [4, 5, 6] });
    expect(hidden).toMatchObject({ visibility: 'hidden', hiddenRows: [], hiddenColumns: [] });
    expect(veryHidden).toMatchObject({ visibility: 'veryHidden' });
    expect(empty).toMatchObject({ visibility: 'visible', values: [] });
  });
});
