/**
 * A sheet to write, as plain data: both writers (ExcelJS package, Office.js) render these and
 * nothing else, so they cannot disagree.
 */
export interface PlannedCell {
  value: string | number | null;
  /** Excel number format code, always in the file's invariant form ("." decimal, "," thousands). */
  numberFormat?: string;
  bold?: boolean;
  /** Background colour, 'RRGGBB'. */
  fill?: string;
  /** Text colour, 'RRGGBB'. */
  fontColor?: string;
  /** A link to a cell of the workbook; writers show linked cells underlined. */
  link?: { sheet: string; row: number; column: number };
  /**
   * A link to another file, relative to the written workbook's folder ("/" between folders), e.g.
   * "tinh-a-checked.xlsx". Only the command line's package writer renders it (the batch summary).
   */
  externalLink?: string;
  /** Long text wraps inside the column's width (messages, names) instead of running into the next cells. */
  wrap?: boolean;
  /** Indent level, as Excel's "Increase indent" counts it: an indicator's depth in its sheet's hierarchy. */
  indent?: number;
}

/** A 1-based, inclusive block of cells. */
export interface CellBlock {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * How a sheet prints: A4 landscape, every column on one page wide (pages run down as long as the
 * table is), the header rows repeated on each page. Only `columns` are printed: what stands to the
 * right of them (a chart and its figures) stays on screen.
 */
export interface PlannedPrint {
  orientation: 'landscape';
  paperSize: 'A4';
  fitToWidth: 1;
  /** 1-based rows repeated at the top of every page. */
  titleRows: { first: number; last: number };
  /** 1-based columns printed. */
  columns: { first: number; last: number };
}

/**
 * A clustered bar chart over cells of the sheet itself: one bar per category, so the chart
 * follows the cells and reads the same in both writers.
 */
export interface PlannedChart {
  title: string;
  /** The category names (one column), and their values beside them (one column, same rows). */
  categories: CellBlock;
  values: CellBlock;
  /** The cell holding the series name (the values' header). */
  seriesName: { row: number; column: number };
  /** Where the chart sits: its top-left cell and its size in columns and rows. */
  anchor: { row: number; column: number; columns: number; rows: number };
}

export interface PlannedSheet {
  kind: 'summary' | 'findings' | 'districts';
  name: string;
  /** From row 1, column A; a row may be shorter than the table, missing cells are empty. */
  rows: PlannedCell[][];
  /** 1-based row of the table header. */
  headerRow: number;
  /** In Excel's character-width units, from column A. */
  columnWidths: number[];
  frozenRows: number;
  /** Columns frozen at the left (the names), so figures scroll under them; none when absent. */
  frozenColumns?: number;
  /** The table (header and body), 1-based and inclusive; writers put a filter on its header. */
  table: CellBlock | null;
  /** How the sheet prints; the writer's defaults when absent. */
  print?: PlannedPrint;
  charts?: PlannedChart[];
  /** The sheet the workbook opens on once written (one sheet of a plan at most). */
  active?: boolean;
}

/** What a writer needs of a planned sheet; `kind` only matters to the add-in's writer. */
export type WritableSheet = Omit<PlannedSheet, 'kind'>;

export interface SummaryPlan {
  sheets: PlannedSheet[];
}
