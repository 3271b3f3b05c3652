import { checkSheet } from './checkSheet';
import { sortFindings, type Report } from './report';
import type { CheckSettings } from './settings';
import type { SheetSnapshot } from './snapshot';

export interface WorkbookSnapshot {
  /** File name (command line) or workbook name (add-in). */
  readonly name: string;
  readonly sheets: readonly SheetSnapshot[];
}

/** The whole check: sheet snapshots in, the report of report.schema.json out. */
export function checkWorkbook(workbook: WorkbookSnapshot, settings: CheckSettings): Report {
  const results = workbook.sheets.map((sheet) => checkSheet(sheet, settings));
  return {
    version: 1,
    workbook: workbook.name,
    sheets: results.map((r) => r.sheet),
    indicators: results.flatMap((r) => r.indicators),
    findings: sortFindings(
      results.flatMap((r) => r.findings),
      workbook.sheets.map((s) => s.name),
    ),
  };
}
