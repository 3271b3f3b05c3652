/**
 * The samples and real workbooks in test/fixtures, read as the command line reads them: every
 * report follows report.schema.json, and the samples' reports give what their .expected.json
 * says a correct check gives (the scorer's contract, in a unit test).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbookFile } from '../../src/adapters/exceljs/loadWorkbook';
import { readSnapshots } from '../../src/adapters/exceljs/readWorkbook';
import type { ColumnRole, Report } from '../../src/core/report';
import { skipReasons } from '../../src/core/skipReasons';
import { checkAll, validateReport } from '../helpers/sheets';
import { fixturesDir } from '../helpers/workbooks';

interface Place {
  id: string;
  sheet: string;
  row: number;
  label: string;
}
interface Expected {
  file: string;
  indicators: (Place & Partial<Record<'percentOfPlan' | 'yoyPercent' | 'yoyPoints', number>> & { status?: string; direction?: string })[];
  flags: (Place & { column: string; kind: string; expected?: number; found?: number })[];
  noFlags: Place[];
  noFlagColumns: (Place & { column: string })[];
}

/** The tolerances the project's sample scorer holds figures to. */
const tolerance = { percentOfPlan: 0.06, yoyPercent: 0.06, yoyPoints: 0.006 } as const;
/** The expected files name stated comparisons as the scorer does. */
const columnOf = (column: string): string => ({ pctPlan: 'statedPercentOfPlan', pctYoY: 'statedYoY' })[column] ?? column;

async function reportOf(file: string, language: 'vi' | 'en' = 'vi'): Promise<Report> {
  const workbook = await loadWorkbookFile(path.join(fixturesDir, file));
  return checkAll(file, readSnapshots(workbook), { language });
}

function expectedOf(sample: string): Expected {
  return JSON.parse(readFileSync(path.join(fixturesDir, `${sample}.expected.json`), 'utf8')) as Expected;
}

/** Errors and warnings: what the scorer counts. */
const flagged = (report: Report) => report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');

describe.each(['quang-ninh-2020', 'thai-nguyen-2023'])('sample %s', (sample) => {
  const expected = expectedOf(sample);
  let report: Report;
  beforeAll(async () => {
    report = await reportOf(`${sample}.xlsx`);
  });

  it('gives a report that follows report.schema.json', () => {
    expect(validateReport(report)).toEqual([]);
    expect(report.sheets.every((s) => s.status === 'checked')).toBe(true);
  });

  it.each(expected.indicators.map((e) => [`${e.id} (row ${e.row})`, e] as const))('reports the figures of %s', (_, e) => {
    const got = report.indicators.find((i) => i.sheet === e.sheet && i.row === e.row);
    expect(got, `${e.label} not reported`).toBeDefined();
    for (const key of ['percentOfPlan', 'yoyPercent', 'yoyPoints'] as const) {
      if (e[key] === undefined) continue;
      expect(got![key], key).not.toBeNull();
      expect(Math.abs(got![key]! - e[key]!), `${key}: ${got![key]} for ${e[key]}`).toBeLessThanOrEqual(tolerance[key]);
    }
    if (e.status !== undefined) expect(got!.status).toBe(e.status);
    if (e.direction !== undefined) expect(got!.direction).toBe(e.direction);
  });

  it.each(expected.flags.map((e) => [`${e.id} ${e.kind} on ${e.column}`, e] as const))('finds %s', (_, e) => {
    const column = columnOf(e.column);
    const hit = flagged(report).find((f) => f.sheet === e.sheet && f.row === e.row && (!f.column || f.column === column));
    expect(hit, `no finding on ${e.sheet}!${e.row} ${column}`).toBeDefined();
    if (e.expected !== undefined) expect(hit!.expected).toBe(e.expected);
    if (e.found !== undefined) expect(hit!.found).toBe(e.found);
    if (e.kind === 'unit') {
      expect(hit!.rule).toMatch(/unit/);
      expect(flagged(report).filter((f) => f.sheet === e.sheet && f.row === e.row && /sum/.test(f.rule))).toEqual([]);
    }
  });

  it('flags nothing on the rows that are right', () => {
    const wrong = flagged(report).filter(
      (f) =>
        expected.noFlags.some((n) => n.sheet === f.sheet && n.row === f.row) ||
        expected.noFlagColumns.some((n) => n.sheet === f.sheet && n.row === f.row && columnOf(n.column) === f.column),
    );
    expect(wrong).toEqual([]);
  });

  it('flags nothing beyond the known inconsistencies', () => {
    const known = flagged(report).filter((f) => expected.flags.some((e) => e.sheet === f.sheet && e.row === f.row && columnOf(e.column) === f.column));
    expect(flagged(report)).toEqual(known);
  });
});

describe('sample reports in English', () => {
  it('follow the schema and carry the same findings in English', async () => {
    const vi = await reportOf('quang-ninh-2020.xlsx');
    const en = await reportOf('quang-ninh-2020.xlsx', 'en');
    expect(validateReport(en)).toEqual([]);
    expect(en.findings.map(({ message: _, ...f }) => f)).toEqual(vi.findings.map(({ message: _, ...f }) => f));
    expect(en.findings.map((f) => f.message)).toEqual([
      'The total 35,164 in E19 differs from the sum of its parts (35,892, rows 20, 21): check the total or its parts.',
      'The total 900 in F23 differs from the sum of its parts (915, rows 24, 25): check the total or its parts.',
    ]);
  });
});

describe('real workbooks', () => {
  it('checks the district table by its "Toàn huyện" columns and skips its empty sheet', async () => {
    const report = await reportOf('chitieu-nn-dahuoai-2020.xlsx');
    expect(validateReport(report)).toEqual([]);
    expect(report.sheets).toEqual([
      expect.objectContaining({
        name: 'ChitieuNN',
        status: 'checked',
        // The "Toàn huyện" group: TH 2019 / KH 2020 / ƯTH 2020, then its two "So sánh" ratio columns.
        columns: expect.objectContaining<Partial<Record<ColumnRole, string>>>({
          code: 'A',
          label: 'B',
          unit: 'C',
          prior: 'D',
          plan: 'E',
          actual: 'F',
          statedYoY: 'G',
          statedPercentOfPlan: 'H',
        }),
      }),
      { name: 'Worksheet', status: 'skipped', reason: skipReasons.emptySheet.vi },
    ]);
    // Rows numbered 1…n by the export: the hierarchy comes from "1.Cây lương thực", "- Diện tích".
    // Row 12 "- Diện tích" sits under row 11 "1.2.Củ năng" (a heading with zeros), under row 10 "1.Cây lương thực có hạt".
    expect(report.indicators.find((i) => i.row === 12)).toMatchObject({ label: 'Diện tích', unit: 'Ha', parentRow: 11 });
    expect(report.indicators.find((i) => i.row === 10)).toMatchObject({ code: '3', label: 'Cây lương thực có hạt', parentRow: 9 });
    // Its "So sánh" columns hold ratios (5,83 for 1.706,2 / 292,5): rows whose ratio matches are not flagged.
    expect(report.findings.filter((f) => f.rule === 'stated-percent-mismatch')).toEqual([]);
    // Yields (Tạ/Ha) are never added, nor held against a total: only warned where the total is their sum.
    const yieldRows = new Set(report.indicators.filter((i) => i.unit === 'Tạ/Ha').map((i) => i.row));
    expect(report.findings.filter((f) => yieldRows.has(f.row) && f.rule !== 'non-additive-total')).toEqual([]);
  });

  it('skips the registration form with a reason', async () => {
    const report = await reportOf('gdnn-registration-form.xlsx');
    expect(validateReport(report)).toEqual([]);
    expect(report.sheets).toHaveLength(1);
    expect(report.sheets[0]).toMatchObject({ status: 'skipped' });
    expect(report.sheets[0]!.reason).toMatch(/.+/);
    expect(report.indicators).toEqual([]);
    expect(report.findings).toEqual([]);
  });
});
