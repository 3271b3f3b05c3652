/**
 * What each cell of a planned sheet gets when written through Office.js, grouped the way it is
 * cheapest to send. Values go as 2-D arrays, a row block at a time; so do number formats, over the
 * columns that have any ("General" between them). Styles go as range format calls where one call
 * covers many cells (a column of links, a header cell), and as cell properties beside the values
 * where they change from row to row (the status column's fills): a format call costs several
 * hundred request bytes in Office (an object path and an action for the range, the format, the
 * font or fill, and each property set), a cell's properties a few dozen. Links go as cell
 * properties too (ExcelApi 1.9), else one Range.hyperlink per cell (1.7), else as HYPERLINK
 * formulas among the values.
 */
import { sheetCellReference } from '../../core';
import { hyperlinkFormula, type PlannedCell, type PlannedSheet } from '../../summaryPlan';
import { ACTION_OVERHEAD, jsonBytes } from './payload';
import { api, type Supports } from './requirements';

/** An empty cell's entry in a setCellProperties array: "[{}]" and a comma. */
const EMPTY_PROPERTIES_BYTES = 5;

export interface CellStyle {
  bold: boolean;
  fill: string | null;
  fontColor: string | null;
  underline: boolean;
  wrap: boolean;
  /** Indent level; 0 where the host has no indentLevel (before ExcelApi 1.9). */
  indent: number;
}

/** Equally styled cells of one column, 1-based rows, written by one range format call. */
export interface StyleRun {
  column: number;
  top: number;
  bottom: number;
  style: CellStyle;
}

export interface LinkCell {
  row: number;
  column: number;
  hyperlink: Excel.RangeHyperlink;
}

export interface RowData {
  /** Values, or formulas where a link is a HYPERLINK formula. */
  cells: (string | number)[];
  /** Number formats of the sheet's format columns ("General" for none). */
  formats: string[];
  /** For each of the sheet's property columns: this row's cell properties ({} for none). */
  properties: Excel.SettableCellProperties[];
  /** What the row adds to a block's request. */
  bytes: number;
}

export interface PlannedCells {
  width: number;
  rows: RowData[];
  /** 1-based columns from the first to the last that has a number format; null when none has. */
  formatColumns: { first: number; last: number } | null;
  /** 1-based columns whose styles or links go as cell properties, one setCellProperties per block each. */
  propertyColumns: number[];
  styleRuns: StyleRun[];
  /** Links set one cell at a time (ExcelApi 1.7 and 1.8). */
  links: LinkCell[];
}

/** Rows laid out between two points where the writer may pause: a few milliseconds of work. */
const ROWS_PER_STEP = 500;

/**
 * The cells of a planned sheet as they are sent, in steps of ROWS_PER_STEP rows, so that the writer
 * can let the task pane paint (addin/pauses.ts; a summary of 20,000 indicators takes half a second).
 */
export function* plannedCellsInSteps(planned: PlannedSheet, supports: Supports): Generator<void, PlannedCells, void> {
  const width = Math.max(1, planned.table?.right ?? 0, ...planned.rows.map((row) => row.length));
  const withProperties = supports(api.cellProperties);
  const withHyperlinks = supports(api.hyperlink);
  const runs = styleRuns(planned.rows, width, supports(api.indent));

  // Per column: its style runs as format calls, or its styles as cell properties, whichever is
  // smaller. Cell properties go for every row of a block: a column without links pays for the
  // empty ones too.
  const styledAsProperties = new Set<number>();
  const linkColumns = new Set<number>();
  if (withProperties) {
    for (const cells of planned.rows) {
      cells.forEach((cell, c) => {
        if (hyperlinkOf(cell)) linkColumns.add(c + 1);
      });
    }
    for (let column = 1; column <= width; column++) {
      const own = runs.filter((run) => run.column === column);
      if (own.length === 0) continue;
      const asCalls = own.reduce((sum, run) => sum + styleRunBytes(run.style), 0);
      let asProperties = 0;
      let styledRows = 0;
      for (const run of own) {
        asProperties += (run.bottom - run.top + 1) * (jsonBytes(propertiesOf(run.style, undefined)) + 3);
        styledRows += run.bottom - run.top + 1;
      }
      if (!linkColumns.has(column)) asProperties += (planned.rows.length - styledRows) * EMPTY_PROPERTIES_BYTES;
      if (asProperties < asCalls) styledAsProperties.add(column);
    }
  }
  const propertyColumns = [...new Set([...styledAsProperties, ...linkColumns])].sort((a, b) => a - b);

  const formatColumns = formatSpan(planned.rows);
  const rows: RowData[] = [];
  for (const cells of planned.rows) {
    if (rows.length > 0 && rows.length % ROWS_PER_STEP === 0) yield;
    const values: (string | number)[] = [];
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      values.push(cell ? written(cell, withHyperlinks) : '');
    }
    const formats: string[] = [];
    for (let column = formatColumns?.first ?? 1; column <= (formatColumns?.last ?? 0); column++) {
      formats.push(cells[column - 1]?.numberFormat ?? 'General');
    }
    const properties = propertyColumns.map((column) => {
      const cell = cells[column - 1];
      const style = styledAsProperties.has(column) ? styleOf(cell, true) : null;
      return propertiesOf(style, linkColumns.has(column) ? hyperlinkOf(cell) : undefined);
    });
    // Each row of each 2-D array costs its JSON and a comma; a row of cell properties, its brackets too.
    const bytes =
      jsonBytes(values) + 1 + (formatColumns ? jsonBytes(formats) + 1 : 0) + properties.reduce((sum, p) => sum + jsonBytes(p) + 3, 0);
    rows.push({ cells: values, formats, properties, bytes });
  }

  const links: LinkCell[] = [];
  if (withHyperlinks && !withProperties) {
    planned.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const hyperlink = hyperlinkOf(cell);
        if (hyperlink) links.push({ row: r + 1, column: c + 1, hyperlink });
      }),
    );
  }
  return { width, rows, formatColumns, propertyColumns, styleRuns: runs.filter((run) => !styledAsProperties.has(run.column)), links };
}

function formatSpan(rows: readonly (readonly PlannedCell[])[]): { first: number; last: number } | null {
  let first = Infinity;
  let last = 0;
  for (const cells of rows) {
    for (let c = 0; c < cells.length; c++) {
      if (!cells[c]?.numberFormat) continue;
      first = Math.min(first, c + 1);
      last = Math.max(last, c + 1);
    }
  }
  return last > 0 ? { first, last } : null;
}

/** A range format call: the range, its format, the font and fill objects, one action per property set. */
export function styleRunBytes(style: CellStyle): number {
  const font = style.bold || style.fontColor !== null || style.underline;
  const sets =
    Number(style.bold) + Number(style.fill !== null) + Number(style.fontColor !== null) + Number(style.underline) + Number(style.wrap) + Number(style.indent > 0);
  return ACTION_OVERHEAD * (2 + Number(font) + Number(style.fill !== null) + sets);
}

/**
 * What goes into the cell. Text goes in with a leading apostrophe, Excel's own "this is text"
 * mark, so that a code like "1.1" or a label like "=…" is never read as a number or a formula.
 * A link is a HYPERLINK formula where Range.hyperlink (ExcelApi 1.7) is missing.
 */
function written(cell: PlannedCell, hyperlinks: boolean): string | number {
  if (cell.value === null) return '';
  const formula = cell.link && !hyperlinks ? hyperlinkFormula(cell.link, String(cell.value)) : null;
  if (formula !== null) return `=${formula}`;
  return typeof cell.value === 'string' ? `'${cell.value}` : cell.value;
}

function hyperlinkOf(cell: PlannedCell | undefined): Excel.RangeHyperlink | undefined {
  if (!cell?.link || cell.value === null) return undefined;
  return {
    documentReference: sheetCellReference(cell.link.sheet, cell.link.row, cell.link.column),
    textToDisplay: String(cell.value),
  };
}

/** The ExcelJS writer leaves these cells alone; so does this one. */
function isBlank(cell: PlannedCell): boolean {
  return cell.value === null && !cell.fill && !cell.numberFormat && !cell.bold;
}

function styleOf(cell: PlannedCell | undefined, withIndent: boolean): CellStyle | null {
  if (!cell || isBlank(cell)) return null;
  const style = {
    bold: cell.bold === true,
    fill: cell.fill ?? null,
    fontColor: cell.fontColor ?? null,
    underline: cell.link !== undefined,
    wrap: cell.wrap === true,
    indent: withIndent ? (cell.indent ?? 0) : 0,
  };
  return style.bold || style.fill || style.fontColor || style.underline || style.wrap || style.indent > 0 ? style : null;
}

function sameStyle(a: CellStyle | null, b: CellStyle | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.bold === b.bold &&
    a.fill === b.fill &&
    a.fontColor === b.fontColor &&
    a.underline === b.underline &&
    a.wrap === b.wrap &&
    a.indent === b.indent
  );
}

/** Runs of equally styled cells down each column. */
function styleRuns(rows: readonly (readonly PlannedCell[])[], width: number, withIndent: boolean): StyleRun[] {
  const runs: StyleRun[] = [];
  for (let column = 1; column <= width; column++) {
    let open: StyleRun | null = null;
    for (let row = 1; row <= rows.length; row++) {
      const style = styleOf(rows[row - 1]![column - 1], withIndent);
      if (open && open.bottom === row - 1 && sameStyle(open.style, style)) {
        open.bottom = row;
      } else if (style) {
        open = { column, top: row, bottom: row, style };
        runs.push(open);
      }
    }
  }
  return runs.sort((a, b) => a.top - b.top || a.column - b.column);
}

function propertiesOf(style: CellStyle | null, hyperlink: Excel.RangeHyperlink | undefined): Excel.SettableCellProperties {
  const properties: Excel.SettableCellProperties = {};
  if (style) {
    const font: Excel.CellPropertiesFont = {};
    if (style.bold) font.bold = true;
    if (style.fontColor) font.color = `#${style.fontColor}`;
    if (style.underline) font.underline = 'Single';
    properties.format = {
      ...(style.fill && { fill: { color: `#${style.fill}` } }),
      ...(Object.keys(font).length > 0 && { font }),
      ...(style.wrap && { wrapText: true }),
      ...(style.indent > 0 && { indentLevel: style.indent }),
    };
  }
  if (hyperlink) properties.hyperlink = hyperlink;
  return properties;
}
