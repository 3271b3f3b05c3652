import { checkSheet, type SheetCheck } from './checkSheet';
import { findDistrictSets } from './districtSheets/districtSets';
import { memoize } from './memo';
import { sheetTotalMismatch } from './districtSheets/sheetTotalMismatch';
import { sortFindings, type CheckResult, type Report } from './report';
import type { TableRow } from './rows/tableRows';
import type { CheckSettings } from './settings';
import type { SheetSnapshot } from './snapshot';
import { createTextReadings } from './textReadings';
import { wordReport } from './wording';

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
    settings,
  );
}

/** The report of the checks of each sheet, worded in the settings' language. */
export function assembleReport(workbookName: string, sheetChecks: readonly SheetCheck[], settings: CheckSettings): Report {
  return wordReport(assembleResult(workbookName, sheetChecks, settings), settings.language);
}

/**
 * One result from the checks of each sheet, in sheet order, findings errors first; then the checks
 * across sheets (a total sheet against its district sheets).
 */
export function assembleResult(workbookName: string, sheetChecks: readonly SheetCheck[], settings: CheckSettings): CheckResult {
  const sheetOrder = sheetChecks.map((r) => r.sheet.name);
  const report: CheckResult = {
    workbook: workbookName,
    sheets: sheetChecks.map((r) => r.sheet),
    indicators: concatAll(sheetChecks.map((r) => r.indicators)),
    findings: concatAll(sheetChecks.map((r) => r.findings)),
  };
  const sets = findDistrictSets(report);
  if (sets.length > 0) {
    const checkOf = new Map(sheetChecks.map((r) => [r.sheet.name, r]));
    // Only the sheets of a set are looked up: index their rows when first asked.
    const rowsOf = memoize((sheet: string) => new Map<number, TableRow>(checkOf.get(sheet)?.rows.map((row) => [row.row, row])));
    report.findings.push(...sheetTotalMismatch.check(report, sets, (sheet, row) => rowsOf(sheet).get(row), settings));
  }
  return { ...report, findings: sortFindings(report.findings, sheetOrder) };
}

/** The lists one after another; unlike flatMap, concat copies each list whole (83,000 indicators at 100,000 rows). */
function concatAll<T>(lists: readonly (readonly T[])[]): T[] {
  return ([] as T[]).concat(...lists);
}
