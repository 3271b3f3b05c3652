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
  /** The table (header and body), 1-based and inclusive; writers put a filter on its header. */
  table: { top: number; left: number; bottom: number; right: number } | null;
}

/** What a writer needs of a planned sheet; `kind` only matters to the add-in's writer. */
export type WritableSheet = Omit<PlannedSheet, 'kind'>;

export interface SummaryPlan {
  sheets: PlannedSheet[];
}
