/**
 * What a reader hands the core, whatever the source (Office.js or an .xlsx file).
 * Grids are dense and aligned: values[r][c] is the cell at (origin.row + r, origin.column + c).
 * Readers copy, they never interpret: a text that looks like a number stays a text here.
 */

/** A cell that holds an Excel error such as #DIV/0! or #REF!. */
export interface CellError {
  readonly error: string;
}

/** A cell's value as the workbook holds it; a formula cell holds its cached result. */
export type CellValue = number | string | boolean | CellError | null;

export interface CellStyle {
  readonly indent?: number;
  readonly bold?: boolean;
  readonly fontName?: string;
}

/** A cell's style with only what the reader could tell; null when it could tell nothing. */
export function snapshotStyle(indent: number | undefined, bold: boolean | undefined, fontName: string | undefined): CellStyle | null {
  if (indent === undefined && bold === undefined && fontName === undefined) return null;
  return {
    ...(indent !== undefined && { indent }),
    ...(bold !== undefined && { bold }),
    ...(fontName !== undefined && { fontName }),
  };
}

/** 1-based worksheet position. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** As Excel shows a sheet's tab: a very hidden sheet is one only code can show again. */
export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetSnapshot {
  readonly name: string;
  /** Absent when visible (and in snapshots built for tests). */
  readonly visibility?: SheetVisibility;
  /**
   * Hidden rows and columns, worksheet numbers in ascending order; absent or empty when none (or
   * when the reader cannot tell). Numbers, not a flag per row: most sheets hide nothing.
   */
  readonly hiddenRows?: readonly number[];
  readonly hiddenColumns?: readonly number[];
  /** Worksheet position of values[0][0]. */
  readonly origin: CellPosition;
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text with its leading "=", or null for a constant; absent when the reader could not get formulas. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Excel number format codes ("#,##0.00", "0%"); absent when unknown. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Indent, bold and font name; absent when the host cannot tell (ExcelApi below 1.9). */
  readonly styles?: readonly (readonly (CellStyle | null)[])[];
  /** Merged areas; only the top-left cell of each carries the value. */
  readonly merges: readonly CellRange[];
  /**
   * Cells that hold a formula the file lost (a shared formula whose first cell, which holds its
   * text, is missing) and no saved result: their figure is unknown, not empty. Absent when none.
   */
  readonly lostFormulas?: readonly CellPosition[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}
