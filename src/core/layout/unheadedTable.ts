import type { SheetGrid } from '../sheetGrid';
import { parseRowCode } from '../rows/numbering';
import type { CellValue } from '../snapshot';
import { knownUnit } from '../units';
import { isColumnNumberRow, type HeaderBlock } from './headerBlock';

/**
 * The statistics office's tables leave the label column's heading blank: "TỔNG SỐ", "Nông, lâm
 * nghiệp và thủy sản"… sit under an empty cell, and the header above the figures runs over two to
 * seven rows. Such a table is found by its body: rows that name something at the left and give
 * figures to the right.
 */

/** The label sits in one of the sheet's first columns, after the row's number if any. */
const labelSearchColumns = 4;
/** How far down the body may start: title, unit line, a long header. */
const bodySearchRows = 40;
/** A body is at least this many labelled figure rows among the rows that follow its first. */
const bodyRowsNeeded = 3;
const bodyWindow = 6;
/** Blank rows allowed between the header and the body. */
const maxGapRows = 3;
const maxHeaderRows = 8;

export interface UnheadedTable {
  readonly header: HeaderBlock;
  /** "Nghìn ha", "%", "Tỷ đồng": a lone cell right above the header, the unit of its figures. */
  readonly unitLine: string | null;
  /** The leftmost column with figures in the body. */
  readonly firstFigureColumn: number;
}

export function findUnheadedTable(grid: SheetGrid, fromRow = grid.firstRow): UnheadedTable | null {
  const lastSearched = Math.min(grid.lastRow, fromRow + bodySearchRows);
  for (let row = fromRow; row <= lastSearched; row++) {
    if (!labelledFigureRow(grid, row) || !startsBody(grid, row)) continue;
    const figureColumn = firstFigureColumn(grid, row);
    return headerAbove(grid, row, leftmostLabelColumn(grid, row, figureColumn), figureColumn);
  }
  return null;
}

/** A row with a text of words in one of the first columns and a number to its right: the column of that text. */
function labelledFigureRow(grid: SheetGrid, row: number): { labelColumn: number; figureColumn: number } | null {
  const labelColumn = firstTextColumn(grid, row);
  if (labelColumn === null) return null;
  for (let column = labelColumn + 1; column <= grid.lastColumn; column++) {
    // A year ("năm / 2023") is a heading, not a figure.
    const value = grid.value(row, column);
    if (typeof value === 'number' && !isYear(value)) return { labelColumn, figureColumn: column };
  }
  return null;
}

function firstTextColumn(grid: SheetGrid, row: number): number | null {
  const last = Math.min(grid.lastColumn, grid.firstColumn + labelSearchColumns - 1);
  for (let column = grid.firstColumn; column <= last; column++) {
    const value = grid.value(row, column);
    if (value === null || value === '') continue;
    // A row's number ("1", "II", "1.2", "a") may stand before its label.
    if (column < last && isRowNumber(value)) continue;
    return typeof value === 'string' && isWords(value) ? column : null;
  }
  return null;
}

function isRowNumber(value: CellValue): boolean {
  return (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1000) || (typeof value === 'string' && parseRowCode(value) !== null);
}

/** Two letters at least: "Ngô", not "1." or "-". */
function isWords(text: string): boolean {
  return (text.match(/\p{L}/gu)?.length ?? 0) >= 2;
}

function startsBody(grid: SheetGrid, row: number): boolean {
  let found = 0;
  for (let next = row; next <= Math.min(grid.lastRow, row + bodyWindow - 1); next++) {
    if (labelledFigureRow(grid, next)) found++;
  }
  return found >= bodyRowsNeeded;
}

/** The leftmost column holding figures in the body's first rows. */
function firstFigureColumn(grid: SheetGrid, bodyRow: number): number {
  let figureColumn = grid.lastColumn;
  for (let row = bodyRow; row <= Math.min(grid.lastRow, bodyRow + bodyWindow - 1); row++) {
    const found = labelledFigureRow(grid, row);
    if (found && found.figureColumn < figureColumn) figureColumn = found.figureColumn;
  }
  return figureColumn;
}

/** Deeper rows write their labels one column further right ("Miền Bắc" in B under "Lúa" in A): the label column is the leftmost. */
function leftmostLabelColumn(grid: SheetGrid, bodyRow: number, figureColumn: number): number {
  let labelColumn = figureColumn - 1;
  for (let row = bodyRow; row <= Math.min(grid.lastRow, bodyRow + bodyWindow - 1); row++) {
    const column = firstTextColumn(grid, row);
    if (column !== null && column < labelColumn) labelColumn = column;
  }
  return labelColumn;
}

type RowKind = 'blank' | 'section' | 'header' | 'other';

/**
 * Walks up from the body's first figure row: label-only rows above it are section rows of the
 * body; then, after at most a few blank rows, the header: rows with headings over the figure
 * columns. A title over the labels alone, or a blank row, ends it.
 */
function headerAbove(grid: SheetGrid, bodyRow: number, labelColumn: number, figureColumn: number): UnheadedTable | null {
  let firstDataRow = bodyRow;
  let gap = 0;
  let columnNumberRow: number | null = null;
  const rows: number[] = [];
  for (let row = bodyRow - 1; row >= grid.firstRow; row--) {
    if (grid.skipsRow(row)) continue;
    const kind = rowKind(grid, row, figureColumn);
    if (rows.length === 0) {
      // "A B 1 2 3=2/1" under the header.
      if (columnNumberRow === null && isColumnNumberRow(grid, row)) {
        columnNumberRow = row;
        continue;
      }
      if (kind === 'section' && gap === 0) {
        firstDataRow = row;
        continue;
      }
      // "Nghìn người" merged across the figures right above the body: the unit of the rows below.
      const unitOfRowsBelow = kind === 'header' && gap === 0 && isUnitLine(grid, row);
      if ((kind === 'blank' || unitOfRowsBelow) && gap < maxGapRows) {
        gap++;
        continue;
      }
    }
    if (kind !== 'header' || rows.length === maxHeaderRows) break;
    rows.unshift(row);
  }
  if (rows.length === 0) return null;
  const unitLine = rows.length > 1 ? loneHeading(grid, rows[0]!) : null;
  const headerRows = unitLine === null ? rows : rows.slice(1);
  // A section row above the body may sit further left than the body's labels ("1. Cây lương thực" over "Lúa").
  const sectionColumns = Array.from({ length: bodyRow - firstDataRow }, (_, i) => firstTextColumn(grid, firstDataRow + i) ?? labelColumn);
  const tableLabelColumn = Math.min(labelColumn, ...sectionColumns);
  return {
    header: {
      rows: headerRows,
      labelColumn: tableLabelColumn,
      columnNumberRow,
      outlineColumns: outlineColumns(grid, headerRows, firstDataRow, tableLabelColumn, figureColumn),
    },
    unitLine,
    firstFigureColumn: figureColumn,
  };
}

function rowKind(grid: SheetGrid, row: number, figureColumn: number): RowKind {
  let labelArea = false;
  let figureArea = false;
  for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
    const value = grid.value(row, column);
    const shown = (value !== null && value !== '') || grid.mergedFromAbove(row, column);
    if (!shown) continue;
    if (typeof value === 'number' && !isYear(value)) return 'other';
    if (column < figureColumn) labelArea = true;
    else figureArea = true;
  }
  if (!labelArea && !figureArea) return 'blank';
  // Headings over the figures make a header row, whatever stands over the labels ("Sản phẩm", or nothing).
  return figureArea ? 'header' : 'section';
}

const isYear = (value: number): boolean => Number.isInteger(value) && value >= 1900 && value <= 2100;

/** The text of a row's only heading, when it stands alone and unmerged ("Nghìn ha" above the last column). */
function loneHeading(grid: SheetGrid, row: number): string | null {
  return onlyText(grid, row, (column) => grid.headerText(row, column));
}

/** A row whose only written cell names a unit we know, however far it is merged. */
function isUnitLine(grid: SheetGrid, row: number): boolean {
  const text = onlyText(grid, row, (column) => grid.text(row, column));
  return text !== null && knownUnit(text) !== null;
}

/** The one non-empty text of a row as `textAt` reads its cells; null when none or several. */
function onlyText(grid: SheetGrid, row: number, textAt: (column: number) => string): string | null {
  let text: string | null = null;
  for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
    const found = textAt(column);
    if (found === '') continue;
    if (text !== null) return null;
    text = found;
  }
  return text;
}

/** Columns between the label column and the figures whose heading is blank and which hold labels of deeper rows. */
function outlineColumns(grid: SheetGrid, headerRows: readonly number[], firstDataRow: number, labelColumn: number, figureColumn: number): number[] {
  const columns: number[] = [];
  for (let column = labelColumn + 1; column < figureColumn; column++) {
    if (headerRows.some((row) => grid.headerText(row, column) !== '')) continue;
    const holdsLabels = Array.from({ length: bodyWindow * 4 }, (_, i) => firstDataRow + i).some(
      (row) => row <= grid.lastRow && grid.text(row, labelColumn) === '' && firstTextColumn(grid, row) === column,
    );
    if (holdsLabels) columns.push(column);
  }
  return columns;
}
