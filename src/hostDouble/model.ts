/**
 * The workbook behind the Excel host double: sheets of cells with the properties the add-in reads
 * and writes. Plain data and no Node APIs, so the double also runs in a browser (the development
 * preview). Rows and columns are 1-based.
 */
import { cellAddress } from '../core';
import { sheetNameKey } from '../summaryPlan';
import type { CellRange } from '../core/model';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export type ModelValue = number | string | boolean | { error: string } | null;

export interface ModelHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface ModelCell {
  value: ModelValue;
  formula: string | null;
  numberFormat: string;
  /** "#RRGGBB", or null for no fill. */
  fill: string | null;
  bold: boolean;
  fontName: string;
  fontColor: string;
  underline: string;
  indent: number;
  wrapText: boolean;
  hyperlink: ModelHyperlink | null;
  /** Text entered with a leading apostrophe. */
  quotePrefix: boolean;
}

export interface ModelTable {
  name: string;
  range: CellRange;
  hasHeaders: boolean;
  style: string;
}

export function defaultCell(): ModelCell {
  return {
    value: null,
    formula: null,
    numberFormat: 'General',
    fill: null,
    bold: false,
    fontName: 'Calibri',
    fontColor: '#000000',
    underline: 'None',
    indent: 0,
    wrapText: false,
    hyperlink: null,
    quotePrefix: false,
  };
}

const defaultKeys = JSON.stringify(defaultCell());

export function isDefaultCell(cell: ModelCell): boolean {
  return JSON.stringify(cell) === defaultKeys;
}


/** What worksheet.pageLayout holds (ExcelApi 1.9): what a sheet prints, and how. */
export interface ModelPageLayout {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** As given to setPrintTitleRows / setPrintArea ("$4:$4", "A:J"), null when none. */
  printTitleRows: string | null;
  printArea: string | null;
}

export function defaultPageLayout(): ModelPageLayout {
  return { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, printTitleRows: null, printArea: null };
}

/** A chart as charts.add made it and the add-in set it up. */
export interface ModelChart {
  type: string;
  /** The source data's address on its sheet ("M7:N9"). */
  source: string;
  seriesBy: string;
  title: string;
  /** Top-left and bottom-right cells, once setPosition ran. */
  position: { start: string; end: string | null } | null;
  /** The category axis: plotted last to first (ExcelApi 1.7), and where the value axis crosses it (1.8). */
  categoryAxis: { reversePlotOrder: boolean; position: string };
}

export class ModelSheet {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** Hidden rows and columns, by worksheet number. */
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  protected = false;
  deleted = false;
  readonly cells = new Map<number, ModelCell>();
  merges: CellRange[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  pageLayout: ModelPageLayout = defaultPageLayout();
  readonly charts: ModelChart[] = [];
  /** Points, by column. */
  readonly columnWidths = new Map<number, number>();
  readonly tables: ModelTable[] = [];
  /** The sheet's own selection, as Excel remembers one per sheet ("A1" until something is selected). */
  selectedAddress = 'A1';

  constructor(
    readonly workbook: ModelWorkbook,
    public name: string,
    readonly id: string,
  ) {}

  private key(row: number, column: number): number {
    return (row - 1) * MAX_COLUMNS + (column - 1);
  }

  cell(row: number, column: number): ModelCell | undefined {
    return this.cells.get(this.key(row, column));
  }

  /** Bumped by every cellForWrite: a view of the sheet redraws only when its cells may have changed. */
  cellWrites = 0;

  /** The cell, created with default properties if it does not exist yet. */
  cellForWrite(row: number, column: number): ModelCell {
    this.cellWrites++;
    const key = this.key(row, column);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = defaultCell();
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Every stored cell with its position, in row then column order. */
  entries(): { row: number; column: number; cell: ModelCell }[] {
    return [...this.cells.entries()]
      .sort(([a], [b]) => a - b)
      .map(([key, cell]) => ({ row: Math.floor(key / MAX_COLUMNS) + 1, column: (key % MAX_COLUMNS) + 1, cell }));
  }

  /** The smallest rectangle holding every cell with a value or formula (or, if not valuesOnly, any format or merge). */
  usedRange(valuesOnly: boolean): CellRange | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    const include = (row: number, column: number): void => {
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    };
    for (const [key, cell] of this.cells) {
      const used = valuesOnly ? cell.value !== null || cell.formula !== null : !isDefaultCell(cell);
      if (used) include(Math.floor(key / MAX_COLUMNS) + 1, (key % MAX_COLUMNS) + 1);
    }
    if (!valuesOnly) {
      for (const merge of this.merges) {
        include(merge.top, merge.left);
        include(merge.bottom, merge.right);
      }
    }
    return top === Infinity ? null : { top, left, bottom, right };
  }
}

export interface CellSelection {
  sheet: string;
  address: string;
}

export class ModelWorkbook {
  readonly sheets: ModelSheet[] = [];
  protected = false;
  /** Setting values as Excel keeps them (JSON text). */
  readonly settings = new Map<string, string>();
  activeSheet: ModelSheet | null = null;
  private nextId = 1;
  private nextTable = 1;

  constructor(public name: string) {}

  addSheet(name: string): ModelSheet {
    const sheet = new ModelSheet(this, name, `{00000000-0001-0000-${String(this.nextId++).padStart(4, '0')}-000000000000}`);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  sheet(name: string): ModelSheet | undefined {
    const key = sheetNameKey(name);
    return this.sheets.find((sheet) => sheetNameKey(sheet.name) === key);
  }

  /** The active sheet and its selected range ("E19", "A4:J20"); null only without sheets. */
  get selection(): CellSelection | null {
    const sheet = this.activeSheet;
    return sheet && !sheet.deleted ? { sheet: sheet.name, address: sheet.selectedAddress } : null;
  }

  tableName(): string {
    return `Table${this.nextTable++}`;
  }
}

export function rangeAddress(range: CellRange): string {
  const from = cellAddress(range.top, range.left);
  const to = cellAddress(range.bottom, range.right);
  return from === to ? from : `${from}:${to}`;
}
