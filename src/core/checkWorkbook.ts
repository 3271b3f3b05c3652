import { checkSheet, type SheetCheck } from './checkSheet';
import { sortFindings, type Report } from './report';
import type { CheckSettings } from './settings';
import type { SheetSnapshot } from './snapshot';
import { createTextReadings } from './textReadings';

export interface WorkbookSnapshot {
  /** File name (command line) or workbook name (add-in). */
  readonly name: string;
  readonly sheets: readonly SheetSnapshot[];
}

/** The whole check: sheet snapshots in, the report of report.schema.json out. */
export function checkWorkbook(workbook: WorkbookSnapshot, settings: CheckSettings): Report {
  // Sheets of one workbook repeat the same labels, units and formats: read each text once per run.
  const readings = createTextReadings();
  return assembleReport(
    workbook.name,
    workbook.sheets.map((sheet) => checkSheet(sheet, settings, readings)),
  );
}

/** One report from the checks of each sheet, in sheet order, findings errors first. */
export function assembleReport(workbookName: string, sheetChecks: readonly SheetCheck[]): Report {
  return {
    version: 1,
    workbook: workbookName,
    sheets: sheetChecks.map((r) => r.sheet),
    indicators: sheetChecks.flatMap((r) => r.indicators),
    findings: sortFindings(
      sheetChecks.flatMap((r) => r.findings),
      sheetChecks.map((r) => r.sheet.name),
    ),
  };
}
