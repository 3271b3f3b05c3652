/**
 * Every workbook of test/fixtures read by both readers, compared cell by cell. They differ only
 * where ExcelJS misreads the XML, each case named below with what the XML holds; and the reports
 * the two give are the same.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkbookFile } from '../../../src/adapters/exceljs/loadWorkbook';
import { readSnapshots } from '../../../src/adapters/exceljs/readWorkbook';
import { entryText, readZip } from '../../../src/adapters/xlsxPackage/zipArchive';
import { readXlsxPackage } from '../../../src/adapters/xlsxReader/readXlsx';
import { checkWorkbook, defaultSettings, wordResult } from '../../../src/core';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { fixturesDir } from '../../helpers/workbooks';

const realDir = path.join(fixturesDir, 'real');
const workbooks = [
  ...readdirSync(fixturesDir).filter((name) => name.endsWith('.xlsx')).map((name) => path.join(fixturesDir, name)),
  ...readdirSync(realDir).filter((name) => name.endsWith('.xlsx')).map((name) => path.join(realDir, name)),
];

type Grid = 'values' | 'formulas' | 'numberFormats' | 'styles';

/** Where ExcelJS is wrong, and how the XML shows it; null when the two cells must be equal. */
function excelJsMisreading(grid: Grid, exceljs: unknown, ours: unknown, formula: string | null, stylesXml: string): string | null {
  // ExcelJS keeps a formula's cached result only when truthy (FormulaValue._copyModel): a cached
  // <v>0</v>, FALSE or "" reads as no result. The cell holds the formula and shows that result.
  if (grid === 'values' && exceljs === null && (ours === 0 || ours === false || ours === '') && formula !== null) return 'falsy cached result';
  // ExcelJS drops the backslash escapes of a format code (NumFmtXform); the part and Excel keep them.
  if (grid === 'numberFormats' && typeof ours === 'string' && ours.includes('\\') && ours.replace(/\\(.)/g, '$1') === exceljs) return 'format escapes';
  // ExcelJS reads any <b> as bold, <b val="0"/> (written by LibreOffice and others) included.
  if (grid === 'styles' && stylesXml.includes('<b val="0"/>')) {
    const { bold: oursBold, ...oursRest } = (ours ?? {}) as { bold?: boolean };
    const { bold: theirsBold, ...theirsRest } = (exceljs ?? {}) as { bold?: boolean };
    if (oursBold === false && theirsBold === true && JSON.stringify(oursRest) === JSON.stringify(theirsRest)) return 'bold val="0"';
  }
  return null;
}

function stylesXmlOf(bytes: Uint8Array): string {
  const entry = readZip(bytes).find((e) => e.name === 'xl/styles.xml');
  return entry ? entryText(entry) : '';
}

function compareSheets(theirs: SheetSnapshot, ours: SheetSnapshot, stylesXml: string, misreadings: Map<string, number>): string[] {
  const differences: string[] = [];
  for (const key of ['name', 'visibility', 'hiddenRows', 'hiddenColumns', 'origin', 'merges'] as const) {
    if (JSON.stringify(theirs[key]) !== JSON.stringify(ours[key])) differences.push(`${theirs.name} ${key}`);
  }
  for (const grid of ['values', 'formulas', 'numberFormats', 'styles'] as const) {
    const a = theirs[grid]!;
    const b = ours[grid]!;
    if (a.length !== b.length) differences.push(`${theirs.name} ${grid}: ${a.length} rows vs ${b.length}`);
    a.forEach((row, r) =>
      row.forEach((exceljs: unknown, c) => {
        const value = b[r]?.[c];
        if (JSON.stringify(exceljs) === JSON.stringify(value)) return;
        const reason = excelJsMisreading(grid, exceljs, value, ours.formulas?.[r]?.[c] ?? null, stylesXml);
        if (reason) misreadings.set(reason, (misreadings.get(reason) ?? 0) + 1);
        else differences.push(`${theirs.name} ${grid} R${r + theirs.origin.row}C${c + theirs.origin.column}: ${JSON.stringify(exceljs)} vs ${JSON.stringify(value)}`);
      }),
    );
  }
  return differences;
}

describe('the xlsxReader and the ExcelJS reader on every fixture', () => {
  it.each(workbooks.map((file) => [path.relative(fixturesDir, file), file]))('%s', async (_name, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const theirs = readSnapshots(await loadWorkbookFile(file));
    const ours = readXlsxPackage(bytes);
    expect(ours.sheetNames).toEqual(theirs.map((sheet) => sheet.name));

    const misreadings = new Map<string, number>();
    const stylesXml = stylesXmlOf(bytes);
    const differences = theirs.flatMap((sheet, i) => compareSheets(sheet, ours.sheets[i]!, stylesXml, misreadings));
    expect(differences.slice(0, 20)).toEqual([]);

    const name = path.basename(file);
    const report = (sheets: readonly SheetSnapshot[]) => JSON.stringify(wordResult(checkWorkbook({ name, sheets }, defaultSettings), 'vi'));
    expect(report(ours.sheets)).toBe(report(theirs));
  }, 60_000);

  it('differ at all on the fixtures, so the comparison above is not vacuous', async () => {
    const misreadings = new Map<string, number>();
    for (const name of ['ktxh-tonghop-dahuoai-2020.xlsx', 'kinhtexahoi-tonghop-gtsx-2015-2025.xlsx']) {
      const file = path.join(realDir, name);
      const bytes = new Uint8Array(readFileSync(file));
      const theirs = readSnapshots(await loadWorkbookFile(file));
      readXlsxPackage(bytes).sheets.forEach((sheet, i) => compareSheets(theirs[i]!, sheet, stylesXmlOf(bytes), misreadings));
    }
    expect([...misreadings.keys()].sort()).toEqual(['bold val="0"', 'falsy cached result', 'format escapes']);
  }, 60_000);
});
