/** Hand-built reports for tests that must not depend on the engine. */
import { columnNumber } from '../../src/core/address';
import type { CheckResult, Language, RuleFinding, SheetOutcome, WordedResult } from '../../src/core/model';
import type { Finding, IndicatorResult, Report } from '../../src/core/report';
import type { SheetSnapshot } from '../../src/core/snapshot';

export function indicator(fields: Partial<IndicatorResult> & Pick<IndicatorResult, 'sheet' | 'row' | 'label'>): IndicatorResult {
  return {
    code: null,
    unit: null,
    kind: 'count',
    level: 0,
    parentRow: null,
    breakdown: null,
    direction: 'higher',
    prior: null,
    plan: null,
    actual: null,
    nextPlan: null,
    planText: null,
    percentOfPlan: null,
    yoyPercent: null,
    yoyPoints: null,
    status: 'no-target',
    ...fields,
  };
}

export function finding(fields: Partial<Finding> & Pick<Finding, 'sheet' | 'row' | 'cell'>): Finding {
  return {
    rule: 'sum-mismatch',
    severity: 'error',
    expected: null,
    found: null,
    message: 'Tổng không khớp.',
    ...fields,
  };
}

export function report(fields: Partial<Report> = {}): Report {
  return { version: 1, workbook: 'test.xlsx', sheets: [], indicators: [], findings: [], ...fields };
}

/** A hand-built report as the engine's worded result: one table per sheet, where its columns say; no district sets. */
export function resultOf(report: Report, language: Language = 'vi'): WordedResult {
  return {
    language,
    report,
    sheets: report.sheets.map((sheet) => ({
      sheet: sheet.name,
      tables: sheet.columns
        ? [{ headerRows: sheet.headerRows ?? [], columns: Object.fromEntries(Object.entries(sheet.columns).map(([role, letters]) => [role, columnNumber(letters)])) }]
        : [],
    })),
    districtSets: [],
  };
}

/**
 * Stands in for the engine: every row holding a value becomes an indicator, and the first
 * three rows get a sum-mismatch finding, so the written sheets have rows and links to check.
 */
export function stubCheck(workbook: { name: string; sheets: readonly SheetSnapshot[] }): CheckResult {
  const rows = workbook.sheets.flatMap((sheet) =>
    sheet.values.flatMap((cells, i) => (cells.some((value) => value !== null) ? [{ sheet: sheet.name, row: sheet.origin.row + i }] : [])),
  );
  const sheets = workbook.sheets.map(
    (sheet): SheetOutcome =>
      sheet.values.length ? { name: sheet.name, status: 'checked', headerRows: [], columns: {} } : { name: sheet.name, status: 'skipped', skipReason: 'emptySheet' },
  );
  const findings = rows.slice(0, 3).map(
    ({ sheet, row }, i): RuleFinding => ({
      rule: 'sum-mismatch',
      severity: i ? 'warning' : 'error',
      sheet,
      row,
      cell: `A${row}`,
      expected: 1,
      found: 2,
      messageId: i ? 'comprisingNotAdding' : 'totalDiffers',
      data: { found: 2, expected: 1, rows: String(row + 1) },
    }),
  );
  return {
    report: {
      workbook: workbook.name,
      sheets,
      indicators: rows.map(({ sheet, row }) => indicator({ sheet, row, label: `Dòng ${row}`, actual: row, status: row % 2 ? 'missed' : 'achieved' })),
      findings,
    },
    sheets: sheets.map((sheet) => ({ sheet: sheet.name, tables: [] })),
    districtSets: [],
  };
}
