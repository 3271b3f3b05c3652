/**
 * Reads sheets into SheetSnapshots in a number of syncs that does not grow with the sheet count:
 *
 *   1. one sync for every sheet's used range (position and size), merged areas and the workbook name;
 *   2. row blocks of every sheet (values, formulas, number formats, value types, and indent, bold
 *      and font name where ExcelApi 1.9 allows), as many blocks per sync as the payload budget
 *      allows: the first sync sizes blocks from a conservative estimate per cell, later ones from
 *      the bytes per cell actually measured on that sheet.
 *
 * A payload error (or values returned as null) is retried once with half the budget.
 */
import type { WorkbookSnapshot } from '../../core/checkWorkbook';
import { AddinError, type Progress } from '../../addin/workbookAccess';
import { columnLetter } from '../../core/address';
import type { CellRange, CellStyle, CellValue, SheetSnapshot } from '../../core/snapshot';
import { guarded, isPayloadError } from './errors';
import type { Host } from './host';
import { MAX_CELLS_PER_RANGE, MAX_CELLS_PER_READ, SAFETY_FACTOR, jsonBytes } from './payload';
import { api } from './requirements';

/** Before anything is measured: generous for values, formulas, formats and types, and for styles. */
const FIRST_ESTIMATE_PER_CELL = 100;
const FIRST_ESTIMATE_STYLES_PER_CELL = 120;
/** A merged area's four numbers and its envelope in the response. */
const BYTES_PER_MERGE = 120;

const cellPropertiesToLoad: Excel.CellPropertiesLoadOptions = {
  format: { indentLevel: true, font: { bold: true, name: true } },
};

interface SheetRead {
  name: string;
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
  mergedAreas: Excel.RangeCollection | null;
  /** 0-based worksheet position of the used range, and its size. */
  top: number;
  left: number;
  rows: number;
  columns: number;
  /** Rows read so far, from the top of the used range. */
  rowsRead: number;
  /** Response bytes per cell measured on this sheet (the largest block so far). */
  bytesPerCell: number | null;
  values: CellValue[][];
  formulas: (string | null)[][];
  numberFormats: (string | null)[][];
  styles: (CellStyle | null)[][];
  merges: CellRange[];
  mergesRead: boolean;
}

interface Block {
  sheet: SheetRead;
  /** Rows from the top of the used range. */
  start: number;
  count: number;
  range: Excel.Range;
  properties: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

export async function readSheets(
  host: Host,
  names: readonly string[],
  onProgress?: (progress: Progress) => void,
): Promise<WorkbookSnapshot> {
  return guarded(() => host.run((context) => readAll(context, host, names, onProgress)));
}

async function readAll(
  context: Excel.RequestContext,
  host: Host,
  names: readonly string[],
  onProgress: ((progress: Progress) => void) | undefined,
): Promise<WorkbookSnapshot> {
  const withStyles = host.supports(api.cellProperties);
  const orNull = host.supports(api.orNullObject);

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
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    // Merged cells are formatting: look for them in the used range that counts formatting.
    const merged = host.supports(api.mergedAreas) ? worksheet.getUsedRange().getMergedAreasOrNullObject() : null;
    merged?.load('areaCount');
    return { name, worksheet, used, merged };
  });
  await context.sync();

  const reads: SheetRead[] = sheets.map(({ name, worksheet, used, merged }) => {
    const empty = used.isNullObject;
    return {
      name,
      worksheet,
      used,
      merged: merged && !merged.isNullObject ? merged : null,
      mergedAreas: null,
      top: empty ? 0 : used.rowIndex,
      left: empty ? 0 : used.columnIndex,
      rows: empty ? 0 : used.rowCount,
      columns: empty ? 0 : used.columnCount,
      rowsRead: 0,
      bytesPerCell: null,
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
  if (total > MAX_CELLS_PER_READ) throw new AddinError({ kind: 'payloadTooLarge' });
  let done = 0;
  onProgress?.({ done, total });
  let budget = host.payloadBudget;
  let retried = false;
  const firstEstimate = FIRST_ESTIMATE_PER_CELL + (withStyles ? FIRST_ESTIMATE_STYLES_PER_CELL : 0);

  while (reads.some((sheet) => sheet.rowsRead < sheet.rows || !sheet.mergesRead)) {
    const measured = reads.reduce<number | null>(
      (max, sheet) => (sheet.bytesPerCell === null ? max : Math.max(max ?? 0, sheet.bytesPerCell)),
      null,
    );
    const estimateFor = (sheet: SheetRead): number =>
      (sheet.bytesPerCell ?? measured ?? firstEstimate / SAFETY_FACTOR) * SAFETY_FACTOR;
    const { blocks, mergeLoads } = queueBlocks(reads, budget, estimateFor, withStyles);

    let failure: unknown = null;
    try {
      // One sync per payload budget (~4 MB) of blocks, whatever the number of sheets.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      if (blocks.some((block) => block.range.values === null)) failure = new AddinError({ kind: 'payloadTooLarge' });
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
      const bytes = storeBlock(block);
      const cells = block.count * block.sheet.columns;
      block.sheet.bytesPerCell = Math.max(block.sheet.bytesPerCell ?? 0, bytes / cells);
      block.sheet.rowsRead = block.start + block.count;
      done += cells;
    }
    onProgress?.({ done, total });
  }

  return {
    name: readName ? context.workbook.name : host.documentName(),
    sheets: reads.map((sheet) => snapshotOf(sheet, withStyles)),
  };
}

/** Queues as many blocks (and merged-area loads) as the budget allows; at least one block. */
function queueBlocks(
  reads: SheetRead[],
  budget: number,
  estimateFor: (sheet: SheetRead) => number,
  withStyles: boolean,
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
  for (const sheet of reads) {
    let start = sheet.rowsRead;
    while (start < sheet.rows) {
      const rowBytes = sheet.columns * estimateFor(sheet);
      const fit = Math.min(
        sheet.rows - start,
        Math.floor(left / rowBytes),
        Math.max(1, Math.floor(MAX_CELLS_PER_RANGE / sheet.columns)),
      );
      // One row always goes, alone if need be: a row too big for the budget fails and is reported.
      const count = fit > 0 ? fit : blocks.length === 0 && mergeLoads.length === 0 ? 1 : 0;
      if (count === 0) return { blocks, mergeLoads };
      blocks.push(queueBlock(sheet, start, count, withStyles));
      left -= count * rowBytes;
      start += count;
    }
  }
  return { blocks, mergeLoads };
}

function queueBlock(sheet: SheetRead, start: number, count: number, withStyles: boolean): Block {
  const top = sheet.top + start;
  const address = `${columnLetter(sheet.left + 1)}${top + 1}:${columnLetter(sheet.left + sheet.columns)}${top + count}`;
  const range = sheet.worksheet.getRange(address);
  range.load('values,formulas,numberFormat,valueTypes');
  const properties = withStyles ? range.getCellProperties(cellPropertiesToLoad) : null;
  return { sheet, start, count, range, properties };
}

/** Copies a block into the sheet's grids; returns the response bytes it measured. */
function storeBlock(block: Block): number {
  const { sheet, range } = block;
  const values = range.values as unknown[][];
  const formulas = range.formulas as unknown[][];
  const formats = range.numberFormat as unknown[][];
  const types = range.valueTypes as string[][];
  const properties = block.properties?.value ?? null;
  for (let r = 0; r < block.count; r++) {
    const valueRow: CellValue[] = [];
    const formulaRow: (string | null)[] = [];
    const formatRow: (string | null)[] = [];
    const styleRow: (CellStyle | null)[] = [];
    for (let c = 0; c < sheet.columns; c++) {
      const formula = formulaOf(formulas[r]?.[c]);
      valueRow.push(cellValueOf(values[r]?.[c], types[r]?.[c], formula));
      formulaRow.push(formula);
      const format = formats[r]?.[c];
      formatRow.push(typeof format === 'string' && format !== 'General' ? format : null);
      if (properties) styleRow.push(styleOf(properties[r]?.[c]));
    }
    sheet.values[block.start + r] = valueRow;
    sheet.formulas[block.start + r] = formulaRow;
    sheet.numberFormats[block.start + r] = formatRow;
    if (properties) sheet.styles[block.start + r] = styleRow;
  }
  return jsonBytes(values) + jsonBytes(formulas) + jsonBytes(formats) + jsonBytes(types) + (properties ? jsonBytes(properties) : 0);
}

/** Values are locale-independent; an error cell holds its error text ("#DIV/0!"). */
function cellValueOf(raw: unknown, type: string | undefined, formula: string | null): CellValue {
  if (type === 'Error') return { error: String(raw) };
  // An empty cell reads "" with type Empty; "" of type String is an empty text (a file can hold one).
  if (raw === '' || raw === null || raw === undefined) return raw === '' && (formula !== null || type === 'String') ? '' : null;
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  return String(raw);
}

/** Range.formulas holds the constant itself for a constant cell: only "=…" is a formula. */
function formulaOf(raw: unknown): string | null {
  return typeof raw === 'string' && raw.startsWith('=') ? raw : null;
}

function styleOf(properties: Excel.CellProperties | undefined): CellStyle | null {
  const format = properties?.format;
  if (!format) return null;
  const indent = format.indentLevel;
  const bold = format.font?.bold;
  const fontName = format.font?.name;
  if (indent === undefined && bold === undefined && fontName === undefined) return null;
  return {
    ...(indent !== undefined && { indent }),
    ...(bold !== undefined && { bold }),
    ...(fontName !== undefined && { fontName }),
  };
}

function snapshotOf(sheet: SheetRead, withStyles: boolean): SheetSnapshot {
  // Below ExcelApi 1.4 an empty sheet's used range is A1: one empty cell is no data.
  const onlyCellEmpty =
    sheet.rows === 1 && sheet.columns === 1 && sheet.values[0]?.[0] === null && sheet.formulas[0]?.[0] === null;
  if (sheet.rows === 0 || onlyCellEmpty) {
    return {
      name: sheet.name,
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
    origin: { row: sheet.top + 1, column: sheet.left + 1 },
    values: sheet.values,
    formulas: sheet.formulas,
    numberFormats: sheet.numberFormats,
    ...(withStyles && { styles: sheet.styles }),
    merges: sheet.merges,
  };
}
