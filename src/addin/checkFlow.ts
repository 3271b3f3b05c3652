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
import { nextMacrotask, runWithPauses } from './pauses';
import { settingsProblems, type SettingProblem } from './settingsRules';

export type CheckPhase = 'reading' | 'checking' | 'writing' | 'marking';

export interface CheckProgress {
  phase: CheckPhase;
  /** Of the whole run, 0 to 1; never goes back. */
  fraction: number;
  /** The sheet being read or checked: its place among the sheets of this run (1-based) and its name. */
  sheet?: SheetPlace;
}

export interface SheetPlace {
  index: number;
  count: number;
  name: string;
}

/** From the first write on, the workbook is changing: the run finishes (the writer is all or nothing) and cannot stop. */
export function isCommitting(progress: CheckProgress): boolean {
  return progress.phase === 'writing' || progress.phase === 'marking';
}

export interface RunCheckOptions {
  settings: CheckSettings;
  /** Sheets to check; sheets the add-in wrote are never checked. Absent: every visible sheet. */
  sheetNames?: readonly string[];
  /** Write the summary and findings sheets (false: check only, and then nothing in the workbook changes). */
  write: boolean;
  /** Fill the flagged cells (the previous marks are cleared first); only when writing. */
  mark: boolean;
  checkedAt: Date;
  onProgress?: (progress: CheckProgress) => void;
  /** Stops the run while it only reads and checks; once writing has started, the run finishes. */
  signal?: AbortSignal;
  /** Milliseconds, for the elapsed time; default performance.now. */
  clock?: () => number;
}

export interface CheckOutcome {
  result: CheckResult;
  /** The sheets written, when the run wrote. */
  written?: WrittenSheets;
  /** How many cells were marked, when the run marked. */
  marked?: number;
  /**
   * Sheets an earlier run wrote that this run did not replace (a check only after a run that
   * wrote): their figures may be out of date. Empty when this run wrote.
   */
  staleSheets: SheetListing[];
  /** Per checked sheet, the last used column (1-based): the column choices of the layout editor. */
  lastColumns: Record<string, number>;
  /** How long the run took, in milliseconds. */
  elapsedMs: number;
}

/** Thrown by runCheck when its signal stopped it before anything was written: the workbook is as it was. */
export class CheckStopped extends Error {
  constructor(readonly at: CheckProgress | null) {
    super('The check was stopped before anything was written.');
    this.name = 'CheckStopped';
  }
}

/** Thrown by runCheck for settings it must not run with (a hand-edited value, a bug in the pane). */
export class InvalidSettings extends Error {
  constructor(readonly problems: readonly SettingProblem[]) {
    super(`Invalid settings: ${problems.map((p) => `${p.field} (${p.problem})`).join(', ')}`);
    this.name = 'InvalidSettings';
  }
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
 * unchanged for the pane to explain; nothing is written unless the check itself completed. A stop
 * asked through the signal before the write throws CheckStopped; one asked later is not heeded.
 */
export async function runCheck(access: WorkbookAccess, options: RunCheckOptions): Promise<CheckOutcome> {
  const { settings, signal } = options;
  const problems = settingsProblems(settings);
  if (problems.length > 0) throw new InvalidSettings(problems);
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const meter = progressMeter(options);
  const stopIfAsked = () => {
    if (signal?.aborted) throw new CheckStopped(meter.last());
  };

  let result: CheckResult;
  let listing: SheetListing[];
  let snapshot: WorkbookSnapshot;
  try {
    stopIfAsked();
    meter.report('reading', 0);
    listing = await access.listSheets();
    stopIfAsked();
    const chosen = chosenSheets(listing, options.sheetNames);
    const placeOf = (name: string | undefined) => (name === undefined ? undefined : sheetPlace(chosen, name));
    snapshot = await access.readSheets(
      chosen,
      ({ done, total, sheet }) => meter.report('reading', total > 0 ? done / total : 1, placeOf(sheet)),
      signal,
    );
    stopIfAsked();
    meter.report('reading', 1);

    await nextMacrotask();
    stopIfAsked();
    result = await checkInSlices(snapshot, listing.map((sheet) => sheet.name), settings, meter, stopIfAsked);
    stopIfAsked();
  } catch (error) {
    // Nothing has been written yet: whatever stopped the read or the check, a stop asked is a stop.
    if (signal?.aborted && !(error instanceof CheckStopped)) throw new CheckStopped(meter.last());
    throw error;
  }
  const outcome: CheckOutcome = { result, staleSheets: [], lastColumns: lastColumnsOf(snapshot), elapsedMs: 0 };

  if (options.write) {
    meter.report('writing', 0);
    await nextMacrotask();
    const plan = buildSummaryPlan(wordResult(result, settings.language), {
      // The sheets the add-in wrote before are replaced, so their names are free again.
      existingSheetNames: checkableSheets(listing).map((sheet) => sheet.name),
      checkedAt: options.checkedAt,
    });
    await nextMacrotask();
    outcome.written = await access.writeSummary(plan, fractionOf((f) => meter.report('writing', f)), options.checkedAt);
    meter.report('writing', 1);

    if (options.mark) {
      await nextMacrotask();
      meter.report('marking', 0);
      // A cell fixed since the last run must lose its mark; restoring first also keeps the
      // original fill the adapter records from ever being a mark colour.
      await access.clearMarks();
      outcome.marked = await access.markFindings(result.report.findings);
      meter.report('marking', 1);
    }
  } else {
    outcome.staleSheets = listing.filter((sheet) => sheet.writtenByAddin);
  }
  outcome.elapsedMs = Math.max(0, clock() - started);
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

function sheetPlace(names: readonly string[], name: string): SheetPlace | undefined {
  const index = names.indexOf(name);
  return index < 0 ? undefined : { index: index + 1, count: names.length, name };
}

/** Checks one sheet at a time, yielding between sheets (and within big ones) so the pane repaints and Excel stays responsive. */
async function checkInSlices(
  snapshot: WorkbookSnapshot,
  sheetNames: readonly string[],
  settings: CheckSettings,
  meter: ProgressMeter,
  stopIfAsked: () => void,
): Promise<CheckResult> {
  const check = startWorkbookCheck(snapshot.name, settings, sheetNames);
  const count = snapshot.sheets.length;
  for (const [index, sheet] of snapshot.sheets.entries()) {
    // Said before the sheet's work, and painted: the name shown is the sheet being checked.
    meter.report('checking', index / count, { index: index + 1, count, name: sheet.name });
    await nextMacrotask();
    stopIfAsked();
    // A big sheet (one with district columns) takes longer than the page may wait: it is checked
    // in steps, with a return to the event loop whenever a slice of work has taken long enough.
    await runWithPauses(check.addSheetInSteps(sheet), stopIfAsked);
  }
  meter.report('checking', 1);
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

interface ProgressMeter {
  report(phase: CheckPhase, fractionOfPhase: number, sheet?: SheetPlace): void;
  /** The last progress reported, or null before the first. */
  last(): CheckProgress | null;
}

function progressMeter(options: RunCheckOptions): ProgressMeter {
  const phases: CheckPhase[] = ['reading', 'checking'];
  if (options.write) phases.push('writing');
  if (options.write && options.mark) phases.push('marking');
  const total = phases.reduce((sum, phase) => sum + phaseWeight[phase], 0);
  let last: CheckProgress | null = null;
  return {
    report(phase, fractionOfPhase, sheet) {
      const before = phases.slice(0, phases.indexOf(phase)).reduce((sum, p) => sum + phaseWeight[p], 0);
      const clamped = Math.min(1, Math.max(0, Number.isFinite(fractionOfPhase) ? fractionOfPhase : 0));
      const fraction = Math.max(last?.fraction ?? 0, (before + phaseWeight[phase] * clamped) / total);
      // Within a phase the sheet named last stays named until another is; a new phase starts without one.
      const place = sheet ?? (last?.phase === phase ? last.sheet : undefined);
      last = { phase, fraction, ...(place ? { sheet: place } : {}) };
      options.onProgress?.(last);
    },
    last: () => last,
  };
}

function fractionOf(onFraction: (fraction: number) => void): (progress: Progress) => void {
  return ({ done, total }) => onFraction(total > 0 ? done / total : 1);
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
