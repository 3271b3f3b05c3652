import { checkSheetInSteps, runSteps, type SheetCheck } from './checkSheet';
import { findDistrictSets } from './districtSheets/districtSets';
import { memoize } from './memo';
import { sheetTotalMismatch, type RowInTable } from './districtSheets/sheetTotalMismatch';
import { sortFindings, type IndicatorResult, type ReportData, type RuleFinding } from './report';
import type { CheckSettings } from './settings';
import type { SheetSnapshot } from './snapshot';
import type { CheckResult, WorkbookSnapshot } from './model';
import { sheetCheckAsData, sheetCheckFromData, type SheetCheckData } from './sheetCheckData';
import { createTextReadings } from './textReadings';
import { foldWords } from './textFold';

/** A check of one workbook, a sheet at a time: the add-in returns to the event loop between sheets. */
export interface WorkbookCheck {
  /** Checks the next sheet, in sheet order. */
  addSheet(snapshot: SheetSnapshot): void;
  /** addSheet in steps (see checkSheetInSteps): the sheet is added once the steps are run to their end. */
  addSheetInSteps(snapshot: SheetSnapshot): Generator<void, void, void>;
  /** Adds the next sheet as checked elsewhere (another thread, by checkSheet with the same settings and sheet names). */
  addChecked(check: SheetCheckData): void;
  /** The checks across sheets, and the result of every sheet added. */
  finish(): CheckResult;
}

/** `sheetNames`: every sheet of the workbook, checked or not: a column group named as a sheet is a place. */
export function startWorkbookCheck(workbookName: string, settings: CheckSettings, sheetNames: readonly string[]): WorkbookCheck {
  const checkInSteps = sheetChecker(settings, sheetNames);
  const sheetChecks: SheetCheck[] = [];
  return {
    addSheet(snapshot) {
      runSteps(this.addSheetInSteps(snapshot));
    },
    *addSheetInSteps(snapshot) {
      sheetChecks.push(yield* checkInSteps(snapshot));
    },
    addChecked(check) {
      sheetChecks.push(sheetCheckFromData(check));
    },
    finish() {
      return finishCheck(workbookName, sheetChecks, settings);
    },
  };
}

/**
 * Sheets of a workbook checked on another thread, each as addSheet would check it there, returned
 * as data for that WorkbookCheck's addChecked: the same settings and sheet names give the same result.
 */
export function startSheetChecks(settings: CheckSettings, sheetNames: readonly string[]): (snapshot: SheetSnapshot) => SheetCheckData {
  const checkInSteps = sheetChecker(settings, sheetNames);
  return (snapshot) => sheetCheckAsData(runSteps(checkInSteps(snapshot)));
}

/** How the sheets of one workbook are checked, on whichever thread: the same settings and sheet names, the same checks. */
function sheetChecker(settings: CheckSettings, sheetNames: readonly string[]): (snapshot: SheetSnapshot) => Generator<void, SheetCheck, void> {
  // Sheets of one workbook repeat the same labels, units and formats: read each text once per run.
  const readings = createTextReadings();
  const names = new Set(sheetNames.map(foldWords));
  return (snapshot) => checkSheetInSteps(snapshot, settings, readings, names);
}

/** The whole check at once: sheet snapshots in, the report of report.schema.json (and what follows from it) out. */
export function checkWorkbook(workbook: WorkbookSnapshot, settings: CheckSettings): CheckResult {
  const check = startWorkbookCheck(
    workbook.name,
    settings,
    workbook.sheets.map((sheet) => sheet.name),
  );
  for (const sheet of workbook.sheets) check.addSheet(sheet);
  return check.finish();
}

/** The checks across sheets (district sets and their totals), then the report and what follows from it. */
function finishCheck(workbookName: string, sheetChecks: readonly SheetCheck[], settings: CheckSettings): CheckResult {
  const rowsOf = rowIndex(sheetChecks);
  const unitOf = (indicator: IndicatorResult) => rowsOf(indicator.sheet).get(indicator.row)?.table.units.get(indicator.row) ?? null;
  const checked = sheetChecks.filter((check) => check.sheet.status === 'checked');
  const districtSets = findDistrictSets(
    checked.map((check) => ({ name: check.sheet.name, indicators: check.indicators })),
    unitOf,
  );
  const acrossSheets = sheetTotalMismatch.check(districtSets, (sheet, row) => rowsOf(sheet).get(row), settings);
  return {
    report: assembleReport(workbookName, sheetChecks, acrossSheets),
    sheets: sheetChecks.map((check) => ({
      sheet: check.sheet.name,
      tables: check.tables.map(({ headerRows, columns, sections }) => ({ headerRows, columns, sections })),
    })),
    districtSets,
  };
}

/**
 * One report, as data, from the checks of each sheet, in sheet order, and the findings of the
 * checks across sheets (a total sheet against its district sheets); findings errors first.
 */
function assembleReport(workbookName: string, sheetChecks: readonly SheetCheck[], acrossSheets: readonly RuleFinding[]): ReportData {
  const sheetOrder = sheetChecks.map((r) => r.sheet.name);
  return {
    workbook: workbookName,
    sheets: sheetChecks.map((r) => r.sheet),
    indicators: concatAll(sheetChecks.map((r) => r.indicators)),
    findings: sortFindings(concatAll([...sheetChecks.map((r) => r.findings), acrossSheets]), sheetOrder),
  };
}

/** Each sheet's rows by worksheet row, with their table; a sheet is indexed when first asked (only district sets ask). */
function rowIndex(sheetChecks: readonly SheetCheck[]): (sheet: string) => ReadonlyMap<number, RowInTable> {
  const checkOf = new Map(sheetChecks.map((r) => [r.sheet.name, r]));
  return memoize((sheet: string) => {
    const rows = new Map<number, RowInTable>();
    for (const table of checkOf.get(sheet)?.tables ?? []) for (const row of table.rows) rows.set(row.row, { row, table });
    return rows;
  });
}

/** The lists one after another; unlike flatMap, concat copies each list whole (83,000 indicators at 100,000 rows). */
function concatAll<T>(lists: readonly (readonly T[])[]): T[] {
  return ([] as T[]).concat(...lists);
}
