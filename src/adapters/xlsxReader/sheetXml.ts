/**
 * One worksheet part, scanned once, into a SheetSnapshot: each cell's value (the cached result for
 * a formula), its formula with "=", its number format and style; merged areas, hidden rows and
 * columns. The used range is the smallest rectangle of cells with a value or a formula, whatever
 * the part's <dimension> says. Cells are kept as parallel lists while the part is read, and the
 * dense grids are built once at the end, over the used range only.
 */
import { cellAddress } from '../../core';
import { snapshotStyle, type CellRange, type CellStyle, type CellValue, type SheetSnapshot, type SheetVisibility } from '../../core/model';
import { translateFormula } from './sharedFormulas';
import { readLimits, TooLargeError } from './readLimits';
import type { CellLook, Styles } from './styles';
import { XmlCursor } from './xmlCursor';
import { isTrue, unescapeCellText } from './xmlScan';

export interface SheetContext {
  name: string;
  visibility: SheetVisibility;
  sharedStrings: readonly string[];
  styles: Styles;
  date1904: boolean;
}

interface ColumnSpan {
  min: number;
  max: number;
  hidden: boolean;
  look: CellLook | null;
}

/** The cells of a part as read, one entry per <c>, in the part's order. */
interface ReadCells {
  rows: number[];
  columns: number[];
  values: CellValue[];
  formulas: (string | null)[];
  looks: (CellLook | null)[];
}

/** The attributes of a cell's <f> the reader uses: share type, shared range, share index. */
interface FormulaAttributes {
  t: string | undefined;
  ref: string | undefined;
  si: string | undefined;
}

interface SheetParts {
  cells: ReadCells;
  /** Shared formulas without their master and without a saved result. */
  lostFormulas: { row: number; column: number }[];
  merges: CellRange[];
  hiddenRows: number[];
  columnSpans: ColumnSpan[];
  rowLooks: Map<number, CellLook>;
}

export function readSheetXml(xml: string, context: SheetContext): SheetSnapshot {
  const parts = scanSheet(xml, context);
  const { cells, merges } = parts;
  const followers = mergeFollowers(merges);
  const bounds = usedRange(cells, followers);
  if (bounds) refuseHugeRange(context.name, cells, bounds, followers);
  const visibility = {
    visibility: context.visibility,
    hiddenRows: ascendingUnique(parts.hiddenRows),
    hiddenColumns: hiddenColumns(parts.columnSpans),
  };
  const origin = bounds ? { row: bounds.top, column: bounds.left } : { row: 1, column: 1 };
  const grids = bounds ? denseGrids(parts, bounds, followers) : { values: [], formulas: [], numberFormats: [], styles: [] };
  return { name: context.name, ...visibility, origin, ...grids, merges, ...(parts.lostFormulas.length && { lostFormulas: parts.lostFormulas }) };
}

function scanSheet(xml: string, context: SheetContext): SheetParts {
  const { sharedStrings, styles, date1904 } = context;
  const cells: ReadCells = { rows: [], columns: [], values: [], formulas: [], looks: [] };
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  const columnSpans: ColumnSpan[] = [];
  const rowLooks = new Map<number, CellLook>();
  const sharedMasters = new Map<string, { formula: string; row: number; column: number }>();
  const lostFormulas: { row: number; column: number }[] = [];

  let row = 0;
  let column = 0;
  // The cell being read.
  let type = 'n';
  let look: CellLook | null = null;
  let formulaAttributes: FormulaAttributes | null = null;
  let formulaText = '';
  let valueText: string | undefined;
  let inlineText: string | undefined;

  const styleLook = (s: string | undefined): CellLook | null => (s ? styles.look(parseInt(s, 10)) : null);

  const finishCell = (): void => {
    let formula: string | null = null;
    let isFormula = formulaText !== '';
    if (formulaAttributes) {
      const shareType = formulaAttributes.t;
      if (shareType) isFormula = true;
      if (shareType === 'shared') {
        const si = formulaAttributes.si ?? '';
        if (formulaAttributes.ref !== undefined) sharedMasters.set(si, { formula: formulaText, row, column });
        else if (!formulaText) {
          const master = sharedMasters.get(si);
          if (master) formulaText = translateFormula(master.formula, row - master.row, column - master.column);
        }
      }
      // A data table's cells hold {=TABLE(…)}, which is no formula of their own.
      if (formulaText && shareType !== 'dataTable') formula = `=${formulaText}`;
    }
    const value = isFormula ? formulaResult() : constantValue();
    if (isFormula && formula === null && value === null && formulaAttributes?.t === 'shared') lostFormulas.push({ row, column });
    cells.rows.push(row);
    cells.columns.push(column);
    cells.values.push(value);
    cells.formulas.push(formula);
    cells.looks.push(look);
  };

  /** The text of <v> read as the cell's type says. */
  const typedValue = (text: string): CellValue => {
    switch (type) {
      case 's':
        return sharedStrings[parseInt(text, 10)] ?? null;
      case 'str':
        return unescapeCellText(text);
      case 'b':
        return parseInt(text, 10) !== 0;
      case 'e':
        return { error: text };
      case 'd':
        return isoDateText(text);
      default:
        return numberValue(text);
    }
  };

  // A formula never calculated has an empty <v>, or none: no result to read.
  const formulaResult = (): CellValue => (valueText ? typedValue(valueText) : null);

  const constantValue = (): CellValue => {
    if (type === 'inlineStr') return inlineText !== undefined ? unescapeCellText(inlineText) : (valueText ?? null);
    return valueText === undefined ? null : typedValue(valueText);
  };

  const numberValue = (text: string): CellValue => {
    const number = parseFloat(text);
    if (Number.isNaN(number)) return null;
    return look?.isDate ? serialDate(number, date1904) : number;
  };

  /** The elements of one <c>, up to its end tag; the cursor is on its opening tag. */
  const readCell = (cursor: XmlCursor): void => {
    const reference = cursor.attribute('r');
    if (reference) {
      const position = parseReference(reference);
      row = position.row;
      column = position.column;
    } else {
      column++;
    }
    type = cursor.attribute('t') ?? 'n';
    look = styleLook(cursor.attribute('s'));
    formulaAttributes = null;
    formulaText = '';
    inlineText = undefined;
    // Most cells hold a value alone, read in one step; others element by element.
    valueText = cursor.onlyChildText('v');
    if (valueText === undefined) readCellContent(cursor);
    finishCell();
  };

  /** The elements of one <c> read one by one, up to its end tag; the cursor is on its opening tag. */
  const readCellContent = (cursor: XmlCursor): void => {
    let inInline = false;
    let phonetic = 0;
    const cellDepth = cursor.depth;
    const hasContent = !cursor.empty;
    while (hasContent && cursor.next() && cursor.depth >= cellDepth) {
      if (!cursor.opens) {
        if (cursor.name === 'is') inInline = false;
        else if (cursor.name === 'rPh') phonetic--;
        continue;
      }
      switch (cursor.name) {
        case 'f':
          formulaAttributes = { t: cursor.attribute('t'), ref: cursor.attribute('ref'), si: cursor.attribute('si') };
          formulaText += cursor.text() ?? '';
          break;
        case 'v':
          valueText = joinText(valueText, cursor.text());
          break;
        case 'is':
          inInline = !cursor.empty;
          break;
        case 't':
          if (inInline && phonetic === 0) inlineText = joinText(inlineText, cursor.text());
          break;
        case 'rPh':
          if (!cursor.empty) phonetic++;
          break;
      }
    }
  };

  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (!cursor.opens) continue;
    switch (cursor.name) {
      case 'row': {
        const r = cursor.attribute('r');
        row = r ? parseInt(r, 10) : row + 1;
        column = 0;
        if (isTrue(cursor.attribute('hidden'))) hiddenRows.push(row);
        const rowLook = styleLook(cursor.attribute('s'));
        if (rowLook) rowLooks.set(row, rowLook);
        break;
      }
      case 'c':
        readCell(cursor);
        break;
      case 'col':
        columnSpans.push({
          min: parseInt(cursor.attribute('min') ?? '', 10),
          max: parseInt(cursor.attribute('max') ?? '', 10),
          hidden: isTrue(cursor.attribute('hidden')),
          look: styleLook(cursor.attribute('style')),
        });
        break;
      case 'mergeCell': {
        const ref = cursor.attribute('ref');
        const range = ref ? parseRange(ref) : null;
        if (range) merges.push(range);
        break;
      }
    }
  }
  return { cells, lostFormulas, merges, hiddenRows, columnSpans, rowLooks };
}

/** Text read so far and the next piece of it: none until some text comes, as saxes reported it. */
function joinText(sofar: string | undefined, piece: string | undefined): string | undefined {
  return piece === undefined ? sofar : (sofar ?? '') + piece;
}

/** A serial number under a date format, as the ExcelJS reader gave it: "2020-12-31", or the full ISO form with a time. */
function serialDate(serial: number, date1904: boolean): CellValue {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? serial : isoDate(date);
}

/** A t="d" cell holds an ISO 8601 date; one that does not parse stays the text it is. */
function isoDateText(text: string): CellValue {
  const date = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`);
  return Number.isNaN(date.getTime()) ? text : isoDate(date);
}

function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** Merge followers by row: the merges each row crosses; a follower is any cell of one but its top-left. */
type Followers = (row: number, column: number) => boolean;

function mergeFollowers(merges: readonly CellRange[]): Followers {
  if (!merges.length) return () => false;
  const byRow = new Map<number, CellRange[]>();
  for (const merge of merges) {
    for (let row = merge.top; row <= merge.bottom; row++) {
      const list = byRow.get(row);
      if (list) list.push(merge);
      else byRow.set(row, [merge]);
    }
  }
  return (row, column) => {
    const list = byRow.get(row);
    if (!list) return false;
    for (const merge of list) {
      if (column >= merge.left && column <= merge.right) return row !== merge.top || column !== merge.left;
    }
    return false;
  };
}

function usedRange(cells: ReadCells, isFollower: Followers): CellRange | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (let i = 0; i < cells.rows.length; i++) {
    if (cells.values[i] === null && cells.formulas[i] === null) continue;
    const row = cells.rows[i]!;
    const column = cells.columns[i]!;
    if (isFollower(row, column)) continue;
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (column < left) left = column;
    if (column > right) right = column;
  }
  return top === Infinity ? null : { top, left, bottom, right };
}

/** The used range is read as dense rows: past readLimits.usedRangeCells the sheet is refused, naming the cell that stretches it. */
function refuseHugeRange(sheet: string, cells: ReadCells, bounds: CellRange, isFollower: Followers): void {
  const count = (bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1);
  if (count <= readLimits.usedRangeCells) return;
  // The cell whose own rectangle from the range's corner is largest: one stray far cell in a small table.
  let farthest = { row: bounds.top, column: bounds.left };
  let largest = 0;
  for (let i = 0; i < cells.rows.length; i++) {
    const row = cells.rows[i]!;
    const column = cells.columns[i]!;
    if ((cells.values[i] === null && cells.formulas[i] === null) || isFollower(row, column)) continue;
    const area = (row - bounds.top + 1) * (column - bounds.left + 1);
    if (area > largest) {
      largest = area;
      farthest = { row, column };
    }
  }
  throw new TooLargeError({
    kind: 'used-range',
    sheet,
    range: `${cellAddress(bounds.top, bounds.left)}:${cellAddress(bounds.bottom, bounds.right)}`,
    cells: count,
    farthestCell: cellAddress(farthest.row, farthest.column),
  });
}

type Grids = Pick<SheetSnapshot, 'values' | 'formulas' | 'numberFormats' | 'styles'>;

function denseGrids(parts: SheetParts, bounds: CellRange, isFollower: Followers): Grids {
  const { cells } = parts;
  const height = bounds.bottom - bounds.top + 1;
  const width = bounds.right - bounds.left + 1;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const styles: (CellStyle | null)[][] = [];
  for (let r = 0; r < height; r++) {
    values.push(new Array<CellValue>(width).fill(null));
    formulas.push(new Array<string | null>(width).fill(null));
    numberFormats.push(new Array<string | null>(width).fill(null));
    styles.push(new Array<CellStyle | null>(width).fill(null));
  }
  const present = new Uint8Array(height * width);
  for (let i = 0; i < cells.rows.length; i++) {
    const r = cells.rows[i]! - bounds.top;
    const c = cells.columns[i]! - bounds.left;
    if (r < 0 || r >= height || c < 0 || c >= width) continue;
    present[r * width + c] = 1;
    const look = cells.looks[i]!;
    numberFormats[r]![c] = look?.numberFormat ?? null;
    styles[r]![c] = look?.style ?? null;
    // A merge shows its top-left cell's value; what the others hold is not shown.
    if (isFollower(cells.rows[i]!, cells.columns[i]!)) continue;
    values[r]![c] = cells.values[i]!;
    formulas[r]![c] = cells.formulas[i]!;
  }
  lookOfAbsentFollowers(parts, bounds, present, numberFormats, styles);
  return { values, formulas, numberFormats, styles };
}

/**
 * A merge's cells missing from the part take the row's format, else the column's, property by
 * property: what the ExcelJS reader gave them (it made those cells when it merged), kept so the
 * checks see the same looks.
 */
function lookOfAbsentFollowers(
  parts: SheetParts,
  bounds: CellRange,
  present: Uint8Array,
  numberFormats: (string | null)[][],
  styles: (CellStyle | null)[][],
): void {
  const width = bounds.right - bounds.left + 1;
  for (const merge of parts.merges) {
    for (let row = Math.max(merge.top, bounds.top); row <= Math.min(merge.bottom, bounds.bottom); row++) {
      for (let column = Math.max(merge.left, bounds.left); column <= Math.min(merge.right, bounds.right); column++) {
        if (row === merge.top && column === merge.left) continue;
        const r = row - bounds.top;
        const c = column - bounds.left;
        if (present[r * width + c]) continue;
        const rowLook = parts.rowLooks.get(row);
        const columnLook = parts.columnSpans.find((span) => column >= span.min && column <= span.max)?.look ?? null;
        const font = rowLook?.font ?? columnLook?.font;
        const alignment = rowLook?.alignment ?? columnLook?.alignment;
        numberFormats[r]![c] = rowLook?.numberFormat || columnLook?.numberFormat || null;
        styles[r]![c] = snapshotStyle(alignment?.indent, font?.bold, font?.name);
      }
    }
  }
}

function hiddenColumns(spans: readonly ColumnSpan[]): number[] {
  const hidden: number[] = [];
  for (const span of spans) {
    if (!span.hidden || !(span.min >= 1) || !(span.max >= span.min)) continue;
    for (let column = span.min; column <= span.max; column++) hidden.push(column);
  }
  return ascendingUnique(hidden);
}

function ascendingUnique(numbers: number[]): number[] {
  const sorted = numbers.every((n, i) => i === 0 || n > numbers[i - 1]!) ? numbers : [...new Set(numbers)].sort((a, b) => a - b);
  return sorted;
}

/** "AB12" (or "$AB$12") as a 1-based row and column. */
function parseReference(reference: string): { row: number; column: number } {
  let column = 0;
  let row = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else if (code >= 48 && code <= 57) row = row * 10 + (code - 48);
  }
  return { row, column };
}

function parseRange(ref: string): CellRange | null {
  const [from, to = from] = ref.split(':');
  const start = parseReference(from ?? '');
  const end = parseReference(to ?? '');
  if (!start.row || !start.column || !end.row || !end.column) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}
