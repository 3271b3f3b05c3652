/**
 * Reads sheets into SheetSnapshots in a number of syncs that does not grow with the sheet count:
 *
 *   1. one sync for every sheet's used range (position and size, and whether none, some or all of
 *      its rows and columns are hidden), its visibility, merged areas and the workbook name;
 *   2. row blocks of every sheet (values, formulas, number formats, value types, and, where ExcelApi
 *      1.9 allows, indent, bold and font name of the leading columns), as many blocks per sync as
 *      the payload budget allows: the first sync sizes blocks from a conservative estimate per
 *      cell, later ones from the bytes per cell actually measured. Once a sheet's values are in,
 *      the styles of any label-like column beyond the leading ones ride along in the next syncs
 *      (see styleColumns.ts: styles of figure columns are not read at all). Where only some rows
 *      (columns) are hidden, which ones ride along with the blocks too (ExcelApi 1.9).
 *
 * A payload error (or values returned as null) is retried once with half the budget.
 */
import { cellAddress, columnLetter } from '../../core';
import { AddinError, type Progress } from '../../addin/workbookAccess';
import type { CellRange, CellStyle, CellValue, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from '../../core/model';
import { cellValueOf, formulaOf, numberFormatOf, styleOf } from './cellReading';
import { guarded, isPayloadError } from './errors';
import type { Host } from './host';
import { MAX_CELLS_PER_RANGE, MAX_CELLS_PER_READ, SAFETY_FACTOR, jsonBytes } from './payload';
import { api } from './requirements';
import { LEADING_STYLED_COLUMNS, laterStyledColumns, type ColumnSpan } from './styleColumns';

/** Before anything is measured: generous for values, formulas, formats and types, and for styles. */
const FIRST_ESTIMATE_PER_CELL = 100;
const FIRST_ESTIMATE_PER_STYLE = 120;
/** A merged area's four numbers and its envelope in the response. */
const BYTES_PER_MERGE = 120;
/** {"rowHidden":false} or {"columnHidden":false}, with a margin. */
const BYTES_PER_LINE_HIDDEN = 30;

const cellPropertiesToLoad: Excel.CellPropertiesLoadOptions = {
  format: { indentLevel: true, font: { bold: true, name: true } },
};

/** "A1:XFD1048576": the used range as read in phase 1. */
function usedRangeAddress(sheet: SheetRead): string {
  return `${cellAddress(sheet.top + 1, sheet.left + 1)}:${cellAddress(sheet.top + sheet.rows, sheet.left + sheet.columns)}`;
}

/**
 * What phase 1 tells of a sheet's rows (columns): none hidden, all hidden, or some, which the
 * blocks then read line by line. Without ExcelApi 1.9 there is no reading line by line, and a
 * sheet whose rows are only partly hidden is read as all visible: the check then reports what a
 * reader of the whole sheet would see, as before hidden content was known.
 */
type Hiding = 'none' | 'all' | 'some';

interface SheetRead {
  name: string;
  worksheet: Excel.Worksheet;
  visibility: SheetVisibility;
  rowHiding: Hiding;
  columnHiding: Hiding;
  /** Hidden rows from the top of the used range, and hidden columns from its left, as read so far. */
  hiddenRows: number[];
  hiddenColumns: number[];
  merged: Excel.RangeAreas | null;
  mergedAreas: Excel.RangeCollection | null;
  /** 0-based worksheet position of the used range, and its size. */
  top: number;
  left: number;
  rows: number;
  columns: number;
  /** Rows read so far, from the top of the used range. */
  rowsRead: number;
  /** Columns whose styles come with the values (none below ExcelApi 1.9). */
  leading: number;
  /** Columns whose styles are read after the values; null until the values are in. */
  laterStyles: ColumnSpan[] | null;
  laterRowsRead: number;
  /** Response bytes per cell (values and the rest) and per style measured on this sheet: the largest block so far. */
  bytesPerCell: number | null;
  bytesPerStyle: number | null;
  values: CellValue[][];
  formulas: (string | null)[][];
  numberFormats: (string | null)[][];
  /** Null where no style was read. */
  styles: (CellStyle | null)[][];
  merges: CellRange[];
  mergesRead: boolean;
}

/** One getCellProperties over some columns of a block's rows. */
interface StyleRead {
  span: ColumnSpan;
  result: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

interface Block {
  sheet: SheetRead;
  /** Rows from the top of the used range. */
  start: number;
  count: number;
  /** Values, formulas, number formats and value types of every column; null in a block of later styles. */
  cells: Excel.Range | null;
  styles: StyleRead[];
  /** Where only some rows (columns) are hidden: which ones, for this block's rows (for every column, with the first block). */
  rowsHidden: OfficeExtension.ClientResult<Excel.RowProperties[]> | null;
  columnsHidden: OfficeExtension.ClientResult<Excel.ColumnProperties[]> | null;
}

export async function readSheets(
  host: Host,
  names: readonly string[],
  onProgress?: (progress: Progress) => void,
  signal?: AbortSignal,
): Promise<WorkbookSnapshot> {
  try {
    return await guarded(() => host.run((context) => readAll(context, host, names, onProgress, signal)));
  } catch (error) {
    // Reading changes nothing: a stop asked for is what ended it, whatever the last sync did.
    if (signal?.aborted) throw signal.reason;
    throw error;
  }
}

async function readAll(
  context: Excel.RequestContext,
  host: Host,
  names: readonly string[],
  onProgress: ((progress: Progress) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<WorkbookSnapshot> {
  const withStyles = host.supports(api.cellProperties);
  const orNull = host.supports(api.orNullObject);
  const hiddenAtAll = host.supports(api.hiddenRowsAtAll);
  const hiddenLineByLine = host.supports(api.hiddenRowsLineByLine);

  // ---- phase 1: where the data is ----
  const readName = host.supports(api.workbookName);
  if (readName) context.workbook.load('name');
  const sheets = names.map((name) => {
    const worksheet = context.workbook.worksheets.getItem(name);
    const used = orNull
      ? worksheet.getUsedRangeOrNullObject(true)
      : host.supports(api.valuesOnlyUsedRange)
        ? worksheet.getUsedRange(true)
        : worksheet.getUsedRange();
    used.load(hiddenAtAll ? 'rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden' : 'rowIndex,columnIndex,rowCount,columnCount');
    worksheet.load('visibility');
    // Merged cells are formatting: look for them in the used range that counts formatting.
    const merged = host.supports(api.mergedAreas) ? worksheet.getUsedRange().getMergedAreasOrNullObject() : null;
    merged?.load('areaCount');
    return { name, worksheet, used, merged };
  });
  await context.sync();

  const reads: SheetRead[] = sheets.map(({ name, worksheet, used, merged }) => {
    const empty = used.isNullObject;
    const columns = empty ? 0 : used.columnCount;
    return {
      name,
      worksheet,
      visibility: visibilityOf(worksheet.visibility),
      rowHiding: empty || !hiddenAtAll ? 'none' : hidingOf(used.rowHidden, hiddenLineByLine),
      columnHiding: empty || !hiddenAtAll ? 'none' : hidingOf(used.columnHidden, hiddenLineByLine),
      hiddenRows: [],
      hiddenColumns: [],
      merged: merged && !merged.isNullObject ? merged : null,
      mergedAreas: null,
      top: empty ? 0 : used.rowIndex,
      left: empty ? 0 : used.columnIndex,
      rows: empty ? 0 : used.rowCount,
      columns,
      rowsRead: 0,
      leading: withStyles ? Math.min(columns, LEADING_STYLED_COLUMNS) : 0,
      laterStyles: null,
      laterRowsRead: 0,
      bytesPerCell: null,
      bytesPerStyle: null,
      values: [],
      formulas: [],
      numberFormats: [],
      styles: [],
      merges: [],
      mergesRead: !(merged && !merged.isNullObject),
    };
  });

  // ---- phase 2: the cells, in blocks ----
  const total = reads.reduce((sum, sheet) => sum + sheet.rows * sheet.columns, 0);
  // Fewer sheets help only when no one sheet is too large by itself.
  const tooLarge = reads.find((sheet) => sheet.rows * sheet.columns > MAX_CELLS_PER_READ);
  if (tooLarge) throw new AddinError({ kind: 'sheetTooLarge', sheet: tooLarge.name, range: usedRangeAddress(tooLarge), cells: tooLarge.rows * tooLarge.columns });
  if (total > MAX_CELLS_PER_READ) throw new AddinError({ kind: 'payloadTooLarge' });
  let done = 0;
  /** Progress names the first sheet not read yet: the one the next sync reads (with any after it that fit). */
  const report = () => {
    const next = reads.find((sheet) => sheet.rowsRead < sheet.rows);
    onProgress?.({ done, total, ...(next ? { sheet: next.name } : {}) });
  };
  report();
  let budget = host.payloadBudget;
  let retried = false;

  while (reads.some((sheet) => sheet.rowsRead < sheet.rows || !sheet.mergesRead || laterStylesLeft(sheet))) {
    signal?.throwIfAborted();
    const estimates = {
      cell: estimator(reads, (sheet) => sheet.bytesPerCell, FIRST_ESTIMATE_PER_CELL),
      style: estimator(reads, (sheet) => sheet.bytesPerStyle, FIRST_ESTIMATE_PER_STYLE),
    };
    const { blocks, mergeLoads } = queueBlocks(reads, budget, estimates);

    let failure: unknown = null;
    try {
      // One sync per payload budget of blocks, whatever the number of sheets.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      if (blocks.some((block) => block.cells !== null && block.cells.values === null)) failure = new AddinError({ kind: 'payloadTooLarge' });
    } catch (error) {
      if (!isPayloadError(error)) throw error;
      failure = error;
    }
    if (failure !== null) {
      // Nothing of this sync is kept: the same rows go again, in blocks half the size.
      if (retried) throw new AddinError({ kind: 'payloadTooLarge' });
      retried = true;
      budget /= 2;
      continue;
    }

    for (const sheet of mergeLoads) {
      sheet.merges = (sheet.mergedAreas?.items ?? []).map((area) => ({
        top: area.rowIndex + 1,
        left: area.columnIndex + 1,
        bottom: area.rowIndex + area.rowCount,
        right: area.columnIndex + area.columnCount,
      }));
      sheet.mergesRead = true;
    }
    for (const block of blocks) {
      const { sheet } = block;
      const measured = storeBlock(block, withStyles);
      if (measured.styleCells > 0) sheet.bytesPerStyle = Math.max(sheet.bytesPerStyle ?? 0, measured.styleBytes / measured.styleCells);
      if (block.cells === null) {
        sheet.laterRowsRead = block.start + block.count;
        continue;
      }
      const cells = block.count * sheet.columns;
      sheet.bytesPerCell = Math.max(sheet.bytesPerCell ?? 0, measured.cellBytes / cells);
      sheet.rowsRead = block.start + block.count;
      if (withStyles && sheet.rowsRead === sheet.rows) sheet.laterStyles = laterStyledColumns(sheet.values, sheet.columns);
      done += cells;
    }
    report();
  }

  return {
    name: readName ? context.workbook.name : host.documentName(),
    sheets: reads.map((sheet) => snapshotOf(sheet, withStyles)),
  };
}

function laterStylesLeft(sheet: SheetRead): boolean {
  return sheet.laterStyles !== null && sheet.laterStyles.length > 0 && sheet.laterRowsRead < sheet.rows;
}

/**
 * Bytes to expect per cell of a sheet, with a margin: what this sheet measured, else the most any
 * sheet measured, else the first guess.
 */
function estimator(reads: readonly SheetRead[], measuredOn: (sheet: SheetRead) => number | null, firstGuess: number): (sheet: SheetRead) => number {
  let most: number | null = null;
  for (const sheet of reads) {
    const measured = measuredOn(sheet);
    if (measured !== null) most = Math.max(most ?? 0, measured);
  }
  return (sheet) => {
    const measured = measuredOn(sheet) ?? most;
    return measured === null ? firstGuess : measured * SAFETY_FACTOR;
  };
}

/** Queues as many blocks (and merged-area loads) as the budget allows; at least one block. */
function queueBlocks(
  reads: SheetRead[],
  budget: number,
  estimates: { cell: (sheet: SheetRead) => number; style: (sheet: SheetRead) => number },
): { blocks: Block[]; mergeLoads: SheetRead[] } {
  let left = budget;
  const mergeLoads: SheetRead[] = [];
  for (const sheet of reads) {
    if (sheet.mergesRead || !sheet.merged) continue;
    sheet.mergedAreas = sheet.merged.areas;
    sheet.mergedAreas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
    left -= sheet.merged.areaCount * BYTES_PER_MERGE;
    mergeLoads.push(sheet);
  }
  const blocks: Block[] = [];
  /** How many of `rows` rows fit; one row always goes first, alone if need be (a row too big fails and is reported). */
  const take = (rows: number, rowBytes: number, width: number): number => {
    const fit = Math.min(rows, Math.floor(left / rowBytes), Math.max(1, Math.floor(MAX_CELLS_PER_RANGE / width)));
    const count = fit > 0 ? fit : blocks.length === 0 && mergeLoads.length === 0 ? 1 : 0;
    left -= count * rowBytes;
    return count;
  };
  for (const sheet of reads) {
    const rowBytes =
      sheet.columns * estimates.cell(sheet) + sheet.leading * estimates.style(sheet) + (sheet.rowHiding === 'some' ? BYTES_PER_LINE_HIDDEN : 0);
    for (let start = sheet.rowsRead; start < sheet.rows; ) {
      const withColumns = start === 0 && sheet.columnHiding === 'some';
      if (withColumns) left -= sheet.columns * BYTES_PER_LINE_HIDDEN;
      const count = take(sheet.rows - start, rowBytes, sheet.columns);
      if (count === 0) {
        if (withColumns) left += sheet.columns * BYTES_PER_LINE_HIDDEN;
        return { blocks, mergeLoads };
      }
      blocks.push(queueCells(sheet, start, count, withColumns));
      start += count;
    }
  }
  // Label-like columns beyond the leading ones, of sheets whose values are in.
  for (const sheet of reads) {
    const spans = sheet.laterStyles ?? [];
    const width = spans.reduce((sum, span) => sum + span.last - span.first + 1, 0);
    for (let start = sheet.laterRowsRead; width > 0 && start < sheet.rows; ) {
      const count = take(sheet.rows - start, width * estimates.style(sheet), width);
      if (count === 0) return { blocks, mergeLoads };
      const styles = spans.map((span) => queueStyles(sheet, start, count, span));
      blocks.push({ sheet, start, count, cells: null, styles, rowsHidden: null, columnsHidden: null });
      start += count;
    }
  }
  return { blocks, mergeLoads };
}

function addressOf(sheet: SheetRead, start: number, count: number, span: ColumnSpan): string {
  const top = sheet.top + start + 1;
  return `${columnLetter(sheet.left + span.first + 1)}${top}:${columnLetter(sheet.left + span.last + 1)}${top + count - 1}`;
}

/**
 * Values, formulas, number formats and value types of every column, with the leading columns'
 * styles, and which rows (and, with the first block, columns) are hidden where only some are.
 */
function queueCells(sheet: SheetRead, start: number, count: number, withColumns: boolean): Block {
  const cells = sheet.worksheet.getRange(addressOf(sheet, start, count, { first: 0, last: sheet.columns - 1 }));
  cells.load('values,formulas,numberFormat,valueTypes');
  const styles = sheet.leading > 0 ? [queueStyles(sheet, start, count, { first: 0, last: sheet.leading - 1 })] : [];
  // One column (one row) is enough to say which rows (columns) are hidden.
  const rowsHidden = sheet.rowHiding === 'some' ? sheet.worksheet.getRange(addressOf(sheet, start, count, { first: 0, last: 0 })).getRowProperties({ rowHidden: true }) : null;
  const columnsHidden = withColumns
    ? sheet.worksheet.getRange(addressOf(sheet, start, 1, { first: 0, last: sheet.columns - 1 })).getColumnProperties({ columnHidden: true })
    : null;
  return { sheet, start, count, cells, styles, rowsHidden, columnsHidden };
}

function queueStyles(sheet: SheetRead, start: number, count: number, span: ColumnSpan): StyleRead {
  return { span, result: sheet.worksheet.getRange(addressOf(sheet, start, count, span)).getCellProperties(cellPropertiesToLoad) };
}

/** Copies a block into the sheet's grids; returns the response bytes it measured. */
function storeBlock(block: Block, withStyles: boolean): { cellBytes: number; styleBytes: number; styleCells: number } {
  const { sheet, start, count, cells } = block;
  let cellBytes = 0;
  if (cells) {
    const values = cells.values as unknown[][];
    const formulas = cells.formulas as unknown[][];
    const formats = cells.numberFormat as unknown[][];
    const types = cells.valueTypes as string[][];
    for (let r = 0; r < count; r++) {
      const valueRow: CellValue[] = [];
      const formulaRow: (string | null)[] = [];
      const formatRow: (string | null)[] = [];
      for (let c = 0; c < sheet.columns; c++) {
        const formula = formulaOf(formulas[r]?.[c]);
        valueRow.push(cellValueOf(values[r]?.[c], types[r]?.[c], formula));
        formulaRow.push(formula);
        formatRow.push(numberFormatOf(formats[r]?.[c]));
      }
      sheet.values[start + r] = valueRow;
      sheet.formulas[start + r] = formulaRow;
      sheet.numberFormats[start + r] = formatRow;
      if (withStyles) sheet.styles[start + r] = new Array<CellStyle | null>(sheet.columns).fill(null);
    }
    cellBytes = jsonBytes(values) + jsonBytes(formulas) + jsonBytes(formats) + jsonBytes(types);
  }
  if (block.rowsHidden) {
    const properties = block.rowsHidden.value;
    properties.forEach((row, r) => {
      if (row.rowHidden) sheet.hiddenRows.push(start + r);
    });
    cellBytes += jsonBytes(properties);
  }
  if (block.columnsHidden) {
    const properties = block.columnsHidden.value;
    sheet.hiddenColumns = properties.flatMap((column, c) => (column.columnHidden ? [c] : []));
    cellBytes += jsonBytes(properties);
  }
  let styleBytes = 0;
  let styleCells = 0;
  for (const { span, result } of block.styles) {
    const properties = result.value;
    for (let r = 0; r < count; r++) {
      const row = sheet.styles[start + r]!;
      for (let c = span.first; c <= span.last; c++) row[c] = styleOf(properties[r]?.[c - span.first]);
    }
    styleBytes += jsonBytes(properties);
    styleCells += count * (span.last - span.first + 1);
  }
  return { cellBytes, styleBytes, styleCells };
}

function snapshotOf(sheet: SheetRead, withStyles: boolean): SheetSnapshot {
  // Below ExcelApi 1.4 an empty sheet's used range is A1: one empty cell is no data.
  const onlyCellEmpty =
    sheet.rows === 1 && sheet.columns === 1 && sheet.values[0]?.[0] === null && sheet.formulas[0]?.[0] === null;
  if (sheet.rows === 0 || onlyCellEmpty) {
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      origin: { row: 1, column: 1 },
      values: [],
      formulas: [],
      numberFormats: [],
      ...(withStyles && { styles: [] }),
      merges: sheet.merges,
    };
  }
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    hiddenRows: hiddenLines(sheet.rowHiding, sheet.rows, sheet.hiddenRows, sheet.top),
    hiddenColumns: hiddenLines(sheet.columnHiding, sheet.columns, sheet.hiddenColumns, sheet.left),
    origin: { row: sheet.top + 1, column: sheet.left + 1 },
    values: sheet.values,
    formulas: sheet.formulas,
    numberFormats: sheet.numberFormats,
    ...(withStyles && { styles: sheet.styles }),
    merges: sheet.merges,
  };
}

function visibilityOf(visibility: Excel.SheetVisibility | `${Excel.SheetVisibility}`): SheetVisibility {
  return visibility === 'Hidden' ? 'hidden' : visibility === 'VeryHidden' ? 'veryHidden' : 'visible';
}

/** Range.rowHidden (columnHidden): true when every line is hidden, false when none is, null when some are. */
function hidingOf(hidden: boolean | null, lineByLine: boolean): Hiding {
  if (hidden === true) return 'all';
  return hidden === null && lineByLine ? 'some' : 'none';
}

/** Worksheet numbers of the hidden lines, from their offsets in the used range (0-based `first`). */
function hiddenLines(hiding: Hiding, count: number, some: readonly number[], first: number): number[] {
  const offsets = hiding === 'all' ? Array.from({ length: count }, (_, i) => i) : hiding === 'some' ? some : [];
  return offsets.map((offset) => first + offset + 1);
}
