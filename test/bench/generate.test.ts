/**
 * The benchmark's workbook generator: deterministic, shaped so that the engine reads every sheet,
 * and clean but for the inconsistencies it plants. No timings are asserted here.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSnapshots } from '../../src/adapters/exceljs/readWorkbook';
import { generate, generateWorkbook, sheetCountFor, viNumber, type GeneratedWorkbook } from '../../src/bench/generate';
import { createRandom } from '../../src/bench/random';
import { checkWorkbook, wordReport } from '../../src/core';
import type { Report, RuleId } from '../../src/core/report';
import { defaultSettings } from '../../src/core/settings';

/** Every cell of every sheet as plain data: value, number format, font, alignment, border; and the merges. */
function cellsOf(workbook: ExcelJS.Workbook): unknown[] {
  return workbook.worksheets.map((sheet) => {
    const cells: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => cells.push([r, c, cell.value, cell.numFmt, cell.font, cell.alignment, cell.border])),
    );
    return { name: sheet.name, cells, merges: sheet.model.merges };
  });
}

/** The .xlsx bytes with the zip entries' modification times zeroed (ExcelJS stamps them with the time of writing). */
function withoutZipTimes(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    out.fill(0, at + 12, at + 16);
    const local = out.readUInt32LE(at + 42);
    out.fill(0, local + 10, local + 14);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

describe('the seeded random numbers', () => {
  it('repeat for a seed and differ between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateWorkbook', () => {
  it('gives the same cells, and the same bytes but for zip timestamps, for the same seed', async () => {
    const a = generateWorkbook({ rows: 400, seed: 7 });
    const b = generateWorkbook({ rows: 400, seed: 7 });
    expect(cellsOf(a)).toEqual(cellsOf(b));
    const [bytesA, bytesB] = await Promise.all([a.xlsx.writeBuffer(), b.xlsx.writeBuffer()]);
    expect(withoutZipTimes(Buffer.from(bytesA)).equals(withoutZipTimes(Buffer.from(bytesB)))).toBe(true);
    expect(cellsOf(generateWorkbook({ rows: 400, seed: 8 }))).not.toEqual(cellsOf(a));
  });

  it('spreads the rows over sheets as a ministry gets them', () => {
    expect(sheetCountFor(1_000)).toBe(5);
    expect(sheetCountFor(10_000)).toBe(16);
    expect(sheetCountFor(100_000)).toBe(50);
    const generated = generate({ rows: 1_003, seed: 1 });
    expect(generated.sheets.map((s) => s.rows)).toEqual([201, 201, 201, 200, 200]);
    expect(generated.sheets.some((s) => s.districts > 0)).toBe(true);
    expect(generated.sheets.some((s) => s.formulaTotals)).toBe(true);
  });

  it('types numbers as a Vietnamese office does', () => {
    expect(viNumber(13225, 0)).toBe('13.225');
    expect(viNumber(45.5, 1)).toBe('45,5');
    expect(viNumber(1350.25, 2)).toBe('1.350,25');
    expect(viNumber(237, 0)).toBe('237');
  });
});

describe('the engine on a generated 1,000-row workbook', () => {
  let generated: GeneratedWorkbook;
  let report: Report;
  let snapshotRows: number;
  beforeAll(async () => {
    generated = generate({ rows: 1_000, seed: 1 });
    // Read back from the .xlsx bytes, as the command line reads a file.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await generated.workbook.xlsx.writeBuffer());
    const sheets = readSnapshots(workbook);
    snapshotRows = sheets.reduce((sum, s) => sum + s.origin.row + s.values.length - 1 - 10, 0);
    report = wordReport(checkWorkbook({ name: 'generated.xlsx', sheets }, defaultSettings).report, 'vi');
  });

  it('holds 1,000 indicator rows and checks every sheet', () => {
    expect(snapshotRows).toBe(1_000);
    expect(report.sheets).toHaveLength(generated.sheets.length);
    expect(report.sheets.filter((s) => s.status !== 'checked')).toEqual([]);
    expect(report.indicators.length).toBeGreaterThan(700);
  });

  it('plants every kind of finding', () => {
    const kinds = new Set(generated.planted.map((p) => p.rules[0]));
    const all: RuleId[] = ['sum-mismatch', 'subset-exceeds-total', 'shares-not-100', 'stated-percent-mismatch', 'unit-mismatch', 'formula-omits-row', 'unreadable-value'];
    expect([...kinds].sort()).toEqual([...all].sort());
  });

  it('finds each planted inconsistency where it was planted', () => {
    const missed = generated.planted.filter(
      (p) => !report.findings.some((f) => f.sheet === p.sheet && f.row === p.row && f.cell === p.cell && f.rule === p.rules[0]),
    );
    expect(missed).toEqual([]);
  });

  it('finds nothing else', () => {
    const unplanted = report.findings.filter(
      (f) => !generated.planted.some((p) => p.sheet === f.sheet && p.row === f.row && p.rules.includes(f.rule)),
    );
    expect(unplanted.map((f) => `${f.rule} ${f.sheet}!${f.cell}: ${f.message}`)).toEqual([]);
  });
});
