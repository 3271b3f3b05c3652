import type { SummaryPlan } from '../summaryPlan';
import type { CheckSettings, Finding, WorkbookSnapshot } from '../core/model';

/**
 * What the task pane needs from the open workbook. The Office.js adapter implements it in Excel;
 * a host double implements it in tests and in the development preview. The task pane never
 * calls Office.js itself.
 */
export interface WorkbookAccess {
  /** The workbook's name as Excel shows it (for the report and the summary title). */
  workbookName(): Promise<string>;
  /** Worksheets in tab order, with whether each is visible and whether the add-in wrote it. */
  listSheets(): Promise<SheetListing[]>;
  /**
   * Snapshots of the named sheets, in a number of round trips that does not grow with the sheet count.
   * Progress comes at least once per round trip; an aborted signal ends the read (it changes nothing) with its reason.
   */
  readSheets(names: readonly string[], onProgress?: (progress: Progress) => void, signal?: AbortSignal): Promise<WorkbookSnapshot>;
  /**
   * Replaces the sheets the add-in wrote before (and only those) with the planned ones; all or nothing.
   * `checkedAt` is remembered with them, for listSheets.
   */
  writeSummary(plan: SummaryPlan, onProgress?: (progress: Progress) => void, checkedAt?: Date): Promise<WrittenSheets>;
  /** Fills flagged source cells with a mark colour, recording each cell's original fill. Values never change. */
  markFindings(findings: readonly Pick<Finding, 'sheet' | 'cell'>[]): Promise<number>;
  /** Restores the original fill of every cell the add-in marked; returns how many were restored. */
  clearMarks(): Promise<number>;
  /** Activates the sheet and selects the cell (a finding the user clicked). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Settings remembered in the workbook (thresholds, corrected headers and column roles), or null. */
  loadSettings(): Promise<CheckSettings | null>;
  saveSettings(settings: CheckSettings): Promise<void>;
  /** Findings the user ticked as reviewed ("đã xem"), remembered in the workbook; [] when none. */
  loadReviewed(): Promise<ReviewedFinding[]>;
  /** Replaces the reviewed findings remembered in the workbook. */
  saveReviewed(reviewed: readonly ReviewedFinding[]): Promise<void>;
}

/**
 * A finding the user has looked at, keyed by what survives a re-run: the rule, the sheet and the
 * cell (never the message, whose figures change when the user corrects one).
 */
export interface ReviewedFinding {
  rule: string;
  sheet: string;
  cell: string;
}

export interface SheetListing {
  name: string;
  visible: boolean;
  /** A sheet this add-in wrote (summary or findings): never a sheet to check. */
  writtenByAddin: boolean;
  /** For a sheet the add-in wrote: when the check that wrote it ran (ISO 8601), where the record says. */
  checkedAt?: string;
}

export interface WrittenSheets {
  summary: string;
  findings: string;
  /** The "Theo địa bàn" sheets, one per set of district sheets (usually none). */
  districts: string[];
}

export interface Progress {
  done: number;
  total: number;
  /** The sheet being worked on now, where the operation knows it. */
  sheet?: string;
}

/** Why a workbook operation failed, decided from Office's error code, never its localised message. */
export type AddinProblem =
  | { kind: 'cellEditMode' }
  | { kind: 'protectedSheet'; sheet: string }
  | { kind: 'protectedWorkbook' }
  | { kind: 'payloadTooLarge' }
  /** One sheet's used range is more than a check reads, however few sheets are chosen: a stray entry far from the table, most likely. */
  | { kind: 'sheetTooLarge'; sheet: string; range: string; cells: number }
  | { kind: 'unsupported'; requirement: string }
  | { kind: 'unknown'; code: string; detail: string };

export class AddinError extends Error {
  constructor(readonly problem: AddinProblem) {
    super(problem.kind);
    this.name = 'AddinError';
  }
}
