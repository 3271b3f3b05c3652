import { checkSheet, type SheetCheck } from './checkSheet';
import { findDistrictSets } from './districtSheets/districtSets';
import { memoize } from './memo';
import { sheetTotalMismatches } from './districtSheets/sheetTotalMismatch';
import { sortFindings, type Report } from './report';
import type { TableRow } from './rows/tableRows';
import type { CheckSettings } from './settings';
import type { SheetSnapshot } from './snapshot';
import type { WorkbookSnapshot } from './model';
import { createTextReadings } from './textReadings';

/** A check of one workbook, a sheet at a time: the add-in returns to the event loop between sheets. */
export interface WorkbookCheck {
  /** Checks the next sheet, in sheet order. */
  addSheet(snapshot: SheetSnapshot): void;
  /** The checks across sheets, and the report of every sheet added. */
  finish(): Report;
}

export function startWorkbookCheck(workbookName: string, settings: CheckSettings): WorkbookCheck {
  // Sheets of one workbook repeat the same labels, units and formats: read each text once per run.
  const readings = createTextReadings();
  const sheetChecks: SheetCheck[] = [];
  return {
    addSheet(snapshot) {
      sheetChecks.push(checkSheet(snapshot, settings, readings));
    },
    finish() {
      return assembleReport(workbookName, sheetChecks, settings);
    },
  };
}

/** The whole check at once: sheet snapshots in, the report of report.schema.json out. */
export function checkWorkbook(workbook: WorkbookSnapshot, settings: CheckSettings): Report {
  const check = startWorkbookCheck(workbook.name, settings);
  for (const sheet of workbook.sheets) check.addSheet(sheet);
  return check.finish();
}

/**
 * One report from the checks of each sheet, in sheet order, findings errors first; then the checks
 * across sheets (a total sheet against its district sheets).
 */
function assembleReport(workbookName: string, sheetChecks: readonly SheetCheck[], settings: CheckSettings): Report {
  const sheetOrder = sheetChecks.map((r) => r.sheet.name);
  const report: Report = {
    version: 1,
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
    report.findings.push(...sheetTotalMismatches(report, sets, (sheet, row) => rowsOf(sheet).get(row), settings));
  }
  return { ...report, findings: sortFindings(report.findings, sheetOrder) };
}

/** The lists one after another; unlike flatMap, concat copies each list whole (83,000 indicators at 100,000 rows). */
function concatAll<T>(lists: readonly (readonly T[])[]): T[] {
  return ([] as T[]).concat(...lists);
}
