import type { ColumnRole } from './report';

export type Language = 'vi' | 'en';

/** What a user can set; the command line takes them as options, the add-in stores them in the workbook. */
export interface CheckSettings {
  language: Language;
  /** Percent of plan at or above which an indicator is achieved. */
  achievedThreshold: number;
  /** Percent of plan at or above which an indicator is nearly achieved. */
  nearlyThreshold: number;
  /**
   * Extra tolerance, in units of the last decimal shown, added to the rounding tolerance of
   * sums and stated percentages. 0 means only the rounding the sheet itself shows.
   */
  extraToleranceDigits: number;
  /**
   * Whether hidden sheets, rows and columns are checked and reported as well. Off: the report is
   * what a reader sees, and hidden helper areas are left alone.
   */
  includeHidden: boolean;
  /** Per sheet: header rows and column roles the user corrected (column letters). */
  sheetOverrides: Readonly<Record<string, SheetOverride>>;
}

export interface SheetOverride {
  headerRows?: readonly number[];
  /** Column letter per role; "" when the user says the sheet has no such column. */
  columns?: Partial<Record<ColumnRole, string>>;
}

export const defaultSettings: CheckSettings = {
  language: 'vi',
  achievedThreshold: 100,
  nearlyThreshold: 90,
  extraToleranceDigits: 0,
  includeHidden: false,
  sheetOverrides: {},
};
