/**
 * The add-in's whole path on a province-size workbook (the benchmark's generator, 20,000
 * indicator rows): read every sheet, check, write the summary sheets, counting round trips and
 * bytes on the host double. Counts, never times.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readSnapshots } from '../../../src/adapters/exceljs/readWorkbook';
import { generate } from '../../../src/bench/generate';
import { checkWorkbook, wordResult } from '../../../src/core';
import type { WorkbookSnapshot } from '../../../src/core/model';
import { defaultSettings } from '../../../src/core/settings';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { buildSummaryPlan, type SummaryPlan } from '../../../src/summaryPlan';
import { PAYLOAD_LIMIT_BYTES, doubleFromSnapshots, type ExcelHostDouble, type SyncRecord } from '../../../src/hostDouble';
import { officeAccessOn } from '../../doubles/officeAccess';
import { workbookOf, writtenWithSheets } from '../../helpers/workbooks';
import { doubleCells, excelJsCells } from './renderedCells';

const checkedAt = new Date(2024, 2, 1);
/** The benchmark's target: a few round trips, plus one per 4 MB moved either way. */
const allowedRoundTrips = (syncs: readonly SyncRecord[], constant: number): number =>
  constant + Math.ceil(syncs.reduce((sum, sync) => sum + sync.requestBytes + sync.responseBytes, 0) / 4_000_000);

describe('a 20,000-row province workbook through Office.js', () => {
  const generated = generate({ rows: 20_000, seed: 1 });
  let fromFile: SheetSnapshot[];
  let host: ExcelHostDouble;
  let read: WorkbookSnapshot;
  let readSyncs: SyncRecord[];
  let plan: SummaryPlan;

  beforeAll(async () => {
    fromFile = readSnapshots(generated.workbook);
    host = doubleFromSnapshots(fromFile, { workbookName: 'province.xlsx' });
    read = await officeAccessOn(host).readSheets(host.sheetNames());
    readSyncs = [...host.syncs];
    plan = buildSummaryPlan(wordResult(checkWorkbook(read, defaultSettings), 'vi'), { existingSheetNames: host.sheetNames(), checkedAt });
  });

  it('reads every sheet in one round trip per 4 MB or so, none over 5 MB', () => {
    console.log(`read ${fromFile.length} sheets: ${readSyncs.length} round trips, responses ${readSyncs.map((s) => s.responseBytes).join(' + ')} B`);
    expect(readSyncs.every((sync) => sync.error === null)).toBe(true);
    expect(Math.max(...readSyncs.map((sync) => sync.responseBytes))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(readSyncs.length).toBeLessThanOrEqual(allowedRoundTrips(readSyncs, 3));
  });

  it("reads values, formulas and formats in full, and the label column's indent and font", () => {
    for (const [index, expected] of fromFile.entries()) {
      const sheet = read.sheets[index]!;
      expect(sheet.values).toEqual(expected.values);
      expect(sheet.formulas).toEqual(expected.formulas);
      expect(sheet.numberFormats).toEqual(expected.numberFormats);
      // Column B holds the indicator names: the same indents as the file, and a font name for each.
      const label = (styles: SheetSnapshot['styles'], r: number) => styles?.[r]?.[1]?.indent ?? 0;
      expect(sheet.values.map((_, r) => label(sheet.styles, r))).toEqual(expected.values.map((_, r) => label(expected.styles, r)));
      expect(sheet.styles!.every((row) => row[1]?.fontName !== undefined)).toBe(true);
      // Figure columns' styles are not fetched at all.
      expect(sheet.styles!.every((row) => row.slice(3).every((style) => style === null))).toBe(true);
    }
    expect(read.sheets.some((sheet) => sheet.styles!.some((row) => (row[1]?.indent ?? 0) > 0))).toBe(true);
  });

  it('finds what the command line finds', () => {
    expect(checkWorkbook(read, defaultSettings)).toEqual(checkWorkbook({ name: read.name, sheets: fromFile }, defaultSettings));
  });

  it('writes the summary and findings in one round trip per 4 MB or so, the same cells as the command line', async () => {
    host.resetStats();
    await officeAccessOn(host).writeSummary(plan);
    console.log(`write ${plan.sheets.map((s) => s.rows.length).join(' + ')} rows: ${host.roundTrips} round trips, requests ${host.syncs.map((s) => s.requestBytes).join(' + ')} B`);
    expect(host.syncs.every((sync) => sync.error === null)).toBe(true);
    expect(host.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    // Looking at the workbook, then the sheets, then the swap.
    expect(host.roundTrips).toBeLessThanOrEqual(allowedRoundTrips(host.syncs, 2));
    expect(readSyncs.length + host.roundTrips).toBeLessThanOrEqual(allowedRoundTrips([...readSyncs, ...host.syncs], 6));

    // The command line's writer, into a one-sheet workbook: only the planned sheets are compared.
    const expected = await writtenWithSheets(workbookOf({ Trống: [[null]] }), plan.sheets);
    for (const planned of plan.sheets) {
      expect(doubleCells(host, planned.name)).toEqual(excelJsCells(expected.getWorksheet(planned.name)!));
    }
    expect(plan.sheets[0]!.rows.length).toBeGreaterThan(15_000);
  });
});
