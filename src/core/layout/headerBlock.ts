import type { SheetGrid } from '../sheetGrid';
import { foldText } from '../textFold';
import { isLabelHeader } from './headerWords';

export interface HeaderBlock {
  /** Worksheet rows of the header, top to bottom. */
  rows: number[];
  labelColumn: number;
  /** The row of column numbers ("1 2 3 4=3/2") under the header, if there is one. */
  columnNumberRow: number | null;
  /** Columns right of the label column where deeper rows write their labels, under a blank heading. */
  outlineColumns: readonly number[];
}

/** How far down a header may start: agency block, title, "Biểu số", the report line. */
const headerSearchRows = 60;
const maxHeaderRows = 5;

/**
 * Finds the header: the first row with a short "Chỉ tiêu" / "Nội dung" cell among other headings,
 * extended down through the rows that continue it (merged from above, more headings), then an
 * optional row of column numbers.
 */
export function findHeaderBlock(grid: SheetGrid, forcedRows?: readonly number[], fromRow = grid.firstRow): HeaderBlock | null {
  if (forcedRows && forcedRows.length > 0) return headerFromRows(grid, forcedRows);
  const lastSearched = Math.min(grid.lastRow, fromRow + headerSearchRows);
  for (let row = fromRow; row <= lastSearched; row++) {
    const labelColumn = labelColumnIn(grid, row);
    if (labelColumn === null) continue;
    const rows = [row];
    let columnNumberRow: number | null = null;
    for (let next = row + 1; next <= Math.min(grid.lastRow, row + maxHeaderRows); next++) {
      // A hidden row between header rows is not seen: the header goes on below it.
      if (grid.skipsRow(next)) continue;
      if (isColumnNumberRow(grid, next)) {
        columnNumberRow = next;
        break;
      }
      if (!continuesHeader(grid, next, labelColumn, grid.headerText(row, labelColumn))) break;
      rows.push(next);
    }
    return { rows, labelColumn, columnNumberRow, outlineColumns: [] };
  }
  return null;
}

function headerFromRows(grid: SheetGrid, rows: readonly number[]): HeaderBlock | null {
  const sorted = [...rows].sort((a, b) => a - b);
  for (const row of sorted) {
    for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
      if (isLabelHeader(foldText(grid.headerText(row, column)))) {
        const after = sorted[sorted.length - 1]! + 1;
        return { rows: sorted, labelColumn: column, columnNumberRow: isColumnNumberRow(grid, after) ? after : null, outlineColumns: [] };
      }
    }
  }
  return null;
}

/** A column's lowest heading in the header rows ("Miền Bắc" under "Chia ra:"), merged areas included; "" for none. */
export function lowestHeading(grid: SheetGrid, headerRows: readonly number[], column: number): string {
  for (let index = headerRows.length - 1; index >= 0; index--) {
    const text = grid.headerText(headerRows[index]!, column);
    if (text !== '') return text;
  }
  return '';
}

/** Whether a cell's text is a label heading ("Chỉ tiêu"); `isLabelHeading` below, remembered per run. */
export type LabelHeadingTest = (text: string) => boolean;

export function isLabelHeading(text: string): boolean {
  return text.length <= 60 && isLabelHeader(foldText(text));
}

/**
 * The first row after `fromRow` that starts another header: a second table further down the
 * sheet, or the header repeated at a printed page break. Every data row is looked at, and their
 * labels repeat: `labelHeading` should remember its answers.
 */
export function nextHeaderRow(grid: SheetGrid, fromRow: number, labelColumn: number, labelHeading: LabelHeadingTest = isLabelHeading): number | null {
  // A table's "Chỉ tiêu" heading sits at the left; looking only there keeps this scan cheap.
  const lastLooked = Math.max(labelColumn + 1, grid.firstColumn + 3);
  for (let row = fromRow; row <= grid.lastRow; row++) {
    for (let column = grid.firstColumn; column <= lastLooked; column++) {
      const value = grid.value(row, column);
      if (typeof value !== 'string' || !labelHeading(value)) continue;
      if (labelColumnIn(grid, row) !== null) return row;
      break;
    }
  }
  return null;
}

function labelColumnIn(grid: SheetGrid, row: number): number | null {
  let labelColumn: number | null = null;
  let others = 0;
  for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
    const text = grid.text(row, column);
    if (text === '') continue;
    if (labelColumn === null && isLabelHeading(text)) labelColumn = column;
    else others++;
  }
  return labelColumn !== null && others >= 2 ? labelColumn : null;
}

function continuesHeader(grid: SheetGrid, row: number, labelColumn: number, labelHeading: string): boolean {
  const label = grid.text(row, labelColumn);
  if (label !== '' && label !== labelHeading) return false;
  let headings = 0;
  for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
    const value = grid.value(row, column);
    if (typeof value === 'number' && !(value >= 1900 && value <= 2100 && Number.isInteger(value))) return false;
    if (value !== null && value !== '') headings++;
    else if (grid.mergedFromAbove(row, column)) headings++;
  }
  return headings > 0;
}

const columnNumberToken = /^\(?([a-z]{1,2}|\d{1,2})\)?(\s*=\s*[\d\s()/x×*+\-.,:]+)?$/i;

/** "A B 1 2 3=2/1": a row of column numbers under a header. */
export function isColumnNumberRow(grid: SheetGrid, row: number): boolean {
  if (row > grid.lastRow) return false;
  let tokens = 0;
  for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
    const text = grid.text(row, column);
    if (text === '') continue;
    if (!columnNumberToken.test(text)) return false;
    tokens++;
  }
  return tokens >= 3;
}
