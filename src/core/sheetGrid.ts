import type { CellStyle, CellValue, SheetSnapshot } from './snapshot';
import type { Expression } from './formulas/ast';
import { parseFormula } from './formulas/parse';
import { memoize } from './memo';
import { cleanText } from './textFold';

/**
 * Worksheet-coordinate access to a snapshot (1-based rows and columns), so the rest of the core
 * never does origin arithmetic. headerText resolves merged areas: a header merged across columns
 * or rows names every cell it covers.
 */
export class SheetGrid {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  private readonly mergeMaster = new Map<number, { row: number; column: number }>();
  private readonly hiddenRows: ReadonlySet<number>;
  private readonly hiddenColumns: ReadonlySet<number>;
  /** Each cell's formula parsed once, however many steps read it. */
  private readonly expressions = new Map<number, Expression | null>();

  /**
   * `clean` is cleanText, or the same remembering each distinct text (see TextReadings): labels
   * and headers are read by several steps, and repeat down a sheet. `onlyVisible` makes hidden
   * cells read as empty (see visibleOnly()).
   */
  constructor(
    readonly snapshot: SheetSnapshot,
    private readonly clean: (text: string) => string = memoize(cleanText),
    private readonly onlyVisible = false,
  ) {
    this.hiddenRows = new Set(snapshot.hiddenRows);
    this.hiddenColumns = new Set(snapshot.hiddenColumns);
    this.firstRow = snapshot.origin.row;
    this.firstColumn = snapshot.origin.column;
    const width = snapshot.values.reduce((max, row) => Math.max(max, row.length), 0);
    // Seen by a reader, the sheet ends at its last row (column) shown: hidden rows below a table
    // are not inside it, and are not read as its rows.
    this.lastRow = lastShown(this.firstRow, this.firstRow + snapshot.values.length - 1, onlyVisible ? this.hiddenRows : null);
    this.lastColumn = lastShown(this.firstColumn, this.firstColumn + width - 1, onlyVisible ? this.hiddenColumns : null);
    for (const m of snapshot.merges) {
      // Only header-sized merges matter for reading headers; a huge merge is a title block.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 10_000) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left) this.mergeMaster.set(this.key(r, c), { row: m.top, column: m.left });
        }
      }
    }
  }

  get name(): string {
    return this.snapshot.name;
  }

  /**
   * The same sheet as a reader sees it: cells in hidden rows and columns read as empty, so that
   * headers and column roles are found from what is shown. The same grid when nothing is hidden.
   */
  visibleOnly(): SheetGrid {
    if (this.onlyVisible || (this.hiddenRows.size === 0 && this.hiddenColumns.size === 0)) return this;
    return new SheetGrid(this.snapshot, this.clean, true);
  }

  isHidden(row: number, column: number): boolean {
    return this.hiddenRows.has(row) || this.hiddenColumns.has(column);
  }

  isHiddenRow(row: number): boolean {
    return this.hiddenRows.has(row);
  }

  /** Whether this grid reads the row as empty because it is hidden (only a visibleOnly grid does). */
  skipsRow(row: number): boolean {
    return this.onlyVisible && this.hiddenRows.has(row);
  }

  value(row: number, column: number): CellValue {
    return this.shown(row, column) ? this.storedValue(row, column) : null;
  }

  formula(row: number, column: number): string | null {
    return this.shown(row, column) ? (this.snapshot.formulas?.[row - this.firstRow]?.[column - this.firstColumn] ?? null) : null;
  }

  /**
   * The cell's formula parsed (formulas/parse.ts); null for a typed value or a formula the parser
   * cannot follow. Parsed once per cell: the structure, the checks and the cycles all read formulas.
   */
  expression(row: number, column: number): Expression | null {
    // Most cells hold no formula: answered without the cache, which then holds formula cells only.
    const formula = this.formula(row, column);
    if (formula === null) return null;
    const key = this.key(row, column);
    let expression = this.expressions.get(key);
    if (expression === undefined) {
      expression = parseFormula(formula, this.name);
      this.expressions.set(key, expression);
    }
    return expression;
  }

  numberFormat(row: number, column: number): string | null {
    return this.shown(row, column) ? (this.snapshot.numberFormats?.[row - this.firstRow]?.[column - this.firstColumn] ?? null) : null;
  }

  style(row: number, column: number): CellStyle | null {
    return this.shown(row, column) ? (this.snapshot.styles?.[row - this.firstRow]?.[column - this.firstColumn] ?? null) : null;
  }

  private shown(row: number, column: number): boolean {
    return !this.onlyVisible || !this.isHidden(row, column);
  }

  private storedValue(row: number, column: number): CellValue {
    return this.snapshot.values[row - this.firstRow]?.[column - this.firstColumn] ?? null;
  }

  get hasStyles(): boolean {
    return this.snapshot.styles !== undefined;
  }

  /** The cell's own text (numbers as typed in en-US), NFC and trimmed; "" for empty. */
  text(row: number, column: number): string {
    return this.textOf(this.value(row, column));
  }

  /**
   * Like text, but a cell inside a merged area reads its master cell: shown across the merge even
   * when the master's own row or column is hidden.
   */
  headerText(row: number, column: number): string {
    const master = this.mergeMaster.get(this.key(row, column));
    if (!master || !this.shown(row, column)) return this.text(row, column);
    return this.textOf(this.storedValue(master.row, master.column));
  }

  private textOf(value: CellValue): string {
    return typeof value === 'string' ? this.clean(value) : textOf(value);
  }

  /** True when the cell is covered by a merge that starts in an earlier row. */
  mergedFromAbove(row: number, column: number): boolean {
    const master = this.mergeMaster.get(this.key(row, column));
    return master !== undefined && master.row < row;
  }

  private key(row: number, column: number): number {
    return row * 20_000 + column;
  }
}

function lastShown(first: number, last: number, hidden: ReadonlySet<number> | null): number {
  let line = last;
  while (hidden && line >= first && hidden.has(line)) line--;
  return line;
}

function textOf(value: Exclude<CellValue, string>): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value.error;
}
