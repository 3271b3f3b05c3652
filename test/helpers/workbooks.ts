/** Builds, saves and compares ExcelJS workbooks for tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { addPlannedSheetsToPackage } from '../../src/adapters/xlsxPackage/plannedSheetsPackage';
import { parseCellAddress } from '../../src/core/address';
import type { WritableSheet } from '../../src/summaryPlan';

export type GridValue = string | number | boolean | null;

/** A workbook with one sheet per entry, each grid written from cell A1. */
export function workbookOf(sheets: Record<string, readonly (readonly GridValue[])[]>): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const [name, grid] of Object.entries(sheets)) {
    const worksheet = workbook.addWorksheet(name);
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) worksheet.getCell(r + 1, c + 1).value = value;
      }),
    );
  }
  return workbook;
}

/** Writes and reads back, as a file on disk would be read: what the reader and the scorer see. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy;
}

/**
 * The command line's writer applied to a workbook (a file, or a workbook built in the test and
 * saved by ExcelJS first), read back as the scorer reads the checked copy.
 */
export async function writtenWithSheets(source: string | ExcelJS.Workbook, sheets: readonly WritableSheet[]): Promise<ExcelJS.Workbook> {
  const bytes = typeof source === 'string' ? new Uint8Array(await readFile(source)) : new Uint8Array(await source.xlsx.writeBuffer());
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(Buffer.from(addPlannedSheetsToPackage(bytes, sheets)) as unknown as ExcelJS.Buffer);
  return copy;
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/**
 * Cells of `original` whose value differs in `written`, compared as the project's scorer does:
 * JSON.stringify of ExcelJS's value, every non-empty cell of every original sheet.
 */
export function changedCells(original: ExcelJS.Workbook, written: ExcelJS.Workbook): string[] {
  const changed: string[] = [];
  original.eachSheet((sheet) => {
    const copy = written.getWorksheet(sheet.name);
    sheet.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (!copy || JSON.stringify(cell.value) !== JSON.stringify(copy.getCell(r, c).value)) {
          changed.push(`${sheet.name}!${cell.address}`);
        }
      }),
    );
  });
  return changed;
}

export interface LinkTarget {
  from: string;
  sheet: string;
  row: number;
  column: number;
}

/** The in-workbook targets of the =HYPERLINK("#'Sheet'!B12", …) cells of a sheet. */
export function linkTargets(worksheet: ExcelJS.Worksheet): LinkTarget[] {
  const targets: LinkTarget[] = [];
  worksheet.eachRow((row) =>
    row.eachCell((cell) => {
      const match = /^HYPERLINK\("#'((?:[^']|'')+)'!([A-Z]+\d+)"/.exec(cell.formula ?? '');
      const position = match ? parseCellAddress(match[2]!) : null;
      if (match && position) targets.push({ from: cell.address, sheet: match[1]!.replace(/''/g, "'"), ...position });
    }),
  );
  return targets;
}

/** A fresh folder under the system temp folder, and a function that removes it. */
export function tempFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'indicator-check-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
