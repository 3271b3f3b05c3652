/**
 * What the engine takes and gives: the snapshots a reader hands it, the settings, the report and
 * the result that carries it. Adapters, the task pane and the command line import these from here
 * (or from core/index).
 */
import type { DistrictSet } from './districtSheets/districtSets';
import type { ColumnRole, Report, ReportData } from './report';
import type { Language } from './settings';
import type { SheetSnapshot } from './snapshot';

export * from './report';
export * from './settings';
export * from './snapshot';
export type { DistrictSet, MatchedIndicator } from './districtSheets/districtSets';
export type { AdditiveParts } from './districtSheets/matchIndicators';
export type { Unit } from './units';

export interface WorkbookSnapshot {
  /** File name (command line) or workbook name (add-in). */
  readonly name: string;
  readonly sheets: readonly SheetSnapshot[];
}

/**
 * What one check gives: the report as data (findings and skip reasons as codes, worded into
 * report.schema.json's sentences by wordReport in the reader's language) and what the steps after
 * it need without reading the report's texts back (column numbers, units).
 */
export interface CheckResult {
  readonly report: ReportData;
  /** Per sheet, in the report's order: the tables the check read (none on a skipped sheet). */
  readonly sheets: readonly SheetTables[];
  /** Sets of one sheet per district plus their total sheet. */
  readonly districtSets: readonly DistrictSet[];
}

/** A result with its report worded in one language (wordResult): what the summary plan is written from. */
export interface WordedResult extends Omit<CheckResult, 'report'> {
  readonly language: Language;
  readonly report: Report;
}

export interface SheetTables {
  readonly sheet: string;
  readonly tables: readonly TableColumns[];
}

/** Where a table is: its header rows and each role's column (1-based); its heading rows. */
export interface TableColumns {
  readonly headerRows: readonly number[];
  readonly columns: Readonly<Partial<Record<ColumnRole, number>>>;
  /** Rows that head a group of indicators without figures of their own ("I. LĨNH VỰC XÃ HỘI"): not indicators, so not in the report. */
  readonly sections?: readonly SectionRow[];
}

/** A heading row of a table, as the sheet shows it, with its place in the hierarchy. */
export interface SectionRow {
  readonly row: number;
  readonly code: string | null;
  readonly label: string;
  readonly level: number;
}
