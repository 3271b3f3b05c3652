/**
 * One press of the check button, start to finish, over a WorkbookAccess: list, read, check,
 * plan, write, mark. No React and no Office.js here: the task pane renders what this returns,
 * and tests drive it with an in-memory workbook.
 *
 * The engine is synchronous, so the check runs one sheet at a time with a return to the event
 * loop between sheets and between phases: the pane repaints its progress, and Excel never sees
 * the add-in blocked for long (desktop Excel restarts an add-in that blocks for 5 seconds).
 */
import { columnNumber, startWorkbookCheck, wordResult } from '../core';
import { buildSummaryPlan } from '../summaryPlan';
import type { CheckResult, CheckSettings, ColumnRole, Report, WorkbookSnapshot } from '../core/model';
import type { Progress, SheetListing, WorkbookAccess, WrittenSheets } from './workbookAccess';

export type CheckPhase = 'reading' | 'checking' | 'writing' | 'marking';

export interface CheckProgress {
  phase: CheckPhase;
  /** Of the whole run, 0 to 1; never goes back. */
  fraction: number;
}

export interface RunCheckOptions {
  settings: CheckSettings;
  /** Sheets to check; sheets the add-in wrote are never checked. Absent: every visible sheet. */
  sheetNames?: readonly string[];
  /** Write the summary and findings sheets (false: check only). */
  write: boolean;
  /** Fill the flagged cells (the previous marks are cleared first). */
  mark: boolean;
  checkedAt: Date;
  onProgress?: (progress: CheckProgress) => void;
}

export interface CheckOutcome {
  result: CheckResult;
  /** The sheets written, when the run wrote. */
  written?: WrittenSheets;
  /** How many cells were marked, when the run marked. */
  marked?: number;
  /** Per checked sheet, the last used column (1-based): the column choices of the layout editor. */
  lastColumns: Record<string, number>;
}

/** The sheets a user may choose to check: every sheet except those the add-in wrote. */
export function checkableSheets(listing: readonly SheetListing[]): SheetListing[] {
  return listing.filter((sheet) => !sheet.writtenByAddin);
}

/** The default choice: every visible sheet the add-in did not write. */
export function defaultSheetNames(listing: readonly SheetListing[]): string[] {
  return checkableSheets(listing)
    .filter((sheet) => sheet.visible)
    .map((sheet) => sheet.name);
}

/**
 * Runs one check. An AddinError from the workbook (cell edit mode, a protected sheet…) is thrown
 * unchanged for the pane to explain; nothing is written unless the check itself completed.
 */
export async function runCheck(access: WorkbookAccess, options: RunCheckOptions): Promise<CheckOutcome> {
  const { settings } = options;
  const meter = progressMeter(options);

  meter.report('reading', 0);
  const listing = await access.listSheets();
  const chosen = chosenSheets(listing, options.sheetNames);
  const snapshot = await access.readSheets(chosen, fractionOf((f) => meter.report('reading', f)));
  meter.report('reading', 1);

  await nextMacrotask();
  const result = await checkInSlices(
    snapshot,
    listing.map((sheet) => sheet.name),
    settings,
    (f) => meter.report('checking', f),
  );
  const outcome: CheckOutcome = { result, lastColumns: lastColumnsOf(snapshot) };

  if (options.write) {
    await nextMacrotask();
    meter.report('writing', 0);
    const plan = buildSummaryPlan(wordResult(result, settings.language), {
      // The sheets the add-in wrote before are replaced, so their names are free again.
      existingSheetNames: checkableSheets(listing).map((sheet) => sheet.name),
      checkedAt: options.checkedAt,
    });
    outcome.written = await access.writeSummary(plan, fractionOf((f) => meter.report('writing', f)));
    meter.report('writing', 1);
  }

  if (options.mark) {
    await nextMacrotask();
    meter.report('marking', 0);
    // A cell fixed since the last run must lose its mark; restoring first also keeps the
    // original fill the adapter records from ever being a mark colour.
    await access.clearMarks();
    outcome.marked = await access.markFindings(result.report.findings);
    meter.report('marking', 1);
  }
  return outcome;
}

/** The chosen names that still exist and may be checked, in tab order. */
function chosenSheets(listing: readonly SheetListing[], names: readonly string[] | undefined): string[] {
  if (names === undefined) return defaultSheetNames(listing);
  const wanted = new Set(names);
  return checkableSheets(listing)
    .filter((sheet) => wanted.has(sheet.name))
    .map((sheet) => sheet.name);
}

/** Checks one sheet at a time, yielding between sheets so the pane repaints and Excel stays responsive. */
async function checkInSlices(
  snapshot: WorkbookSnapshot,
  sheetNames: readonly string[],
  settings: CheckSettings,
  onFraction: (fraction: number) => void,
): Promise<CheckResult> {
  const check = startWorkbookCheck(snapshot.name, settings, sheetNames);
  const total = snapshot.sheets.length;
  onFraction(0);
  for (const [index, sheet] of snapshot.sheets.entries()) {
    if (index > 0) await nextMacrotask();
    check.addSheet(sheet);
    onFraction((index + 1) / total);
  }
  return check.finish();
}

function lastColumnsOf(snapshot: WorkbookSnapshot): Record<string, number> {
  const columns: Record<string, number> = {};
  for (const sheet of snapshot.sheets) {
    const width = Math.max(0, ...sheet.values.map((row) => row.length));
    columns[sheet.name] = width > 0 ? sheet.origin.column + width - 1 : 0;
  }
  return columns;
}

// ---- progress -----------------------------------------------------------------------------------

/** How much of the run each phase takes, roughly: reading and writing talk to Excel. */
const phaseWeight: Record<CheckPhase, number> = { reading: 4, checking: 3, writing: 3, marking: 1 };

function progressMeter(options: RunCheckOptions) {
  const phases: CheckPhase[] = ['reading', 'checking'];
  if (options.write) phases.push('writing');
  if (options.mark) phases.push('marking');
  const total = phases.reduce((sum, phase) => sum + phaseWeight[phase], 0);
  let last = 0;
  return {
    report(phase: CheckPhase, fractionOfPhase: number) {
      const before = phases.slice(0, phases.indexOf(phase)).reduce((sum, p) => sum + phaseWeight[p], 0);
      const clamped = Math.min(1, Math.max(0, Number.isFinite(fractionOfPhase) ? fractionOfPhase : 0));
      last = Math.max(last, (before + phaseWeight[phase] * clamped) / total);
      options.onProgress?.({ phase, fraction: last });
    },
  };
}

function fractionOf(onFraction: (fraction: number) => void): (progress: Progress) => void {
  return ({ done, total }) => onFraction(total > 0 ? done / total : 1);
}

/** Lets the browser paint and handle input before the next slice of work. */
export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// ---- the layout the check found, for the header and column editor -------------------------------

export interface SheetLayout {
  sheet: string;
  status: 'checked' | 'skipped';
  reason?: string;
  /** The header rows the check used (empty when it found none). */
  headerRows: number[];
  /** Column letter per role the check used. */
  columns: Partial<Record<ColumnRole, string>>;
}

/** How the check read each sheet: what the editor shows and lets the user correct. */
export function detectedLayout(report: Report): SheetLayout[] {
  return report.sheets.map((sheet) => ({
    sheet: sheet.name,
    status: sheet.status,
    ...(sheet.reason !== undefined ? { reason: sheet.reason } : {}),
    headerRows: [...(sheet.headerRows ?? [])],
    columns: { ...(sheet.columns ?? {}) },
  }));
}

/** The highest column a layout names (1-based), 0 for none. */
export function highestColumn(columns: Partial<Record<ColumnRole, string>>): number {
  return Math.max(0, ...Object.values(columns).filter((letters) => !!letters).map((letters) => columnNumber(letters!)));
}
