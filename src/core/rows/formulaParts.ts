/**
 * The structure a sheet's own formulas state (docs/domain.md, "The workbook's formulas state its
 * structure"): E6 = E7+E14+E17 says rows 7, 14 and 17 are the parts of row 6, whatever the
 * numbering, bullets or indentation say. Only formulas that add cells of their own column count.
 */
import type { Expression } from '../formulas/ast';
import { RowTable, type RowLookup } from '../rowTable';
import type { SheetGrid } from '../sheetGrid';
import { figureRoles } from '../report';
import type { NumberingScheme, RowCode } from './numbering';
import type { TableRow } from './tableRows';

/** What one row's formulas add: by worksheet column, the rows the formula in that column adds. */
export type FormulaSums = RowLookup<ReadonlyMap<number, readonly number[]>>;

/**
 * The rows a formula adds in its own column: =SUM(E7:E13), =E8+E12+E13, =SUM(E7,E14,E17), in
 * sheet order. Null for a formula that does anything but add, reads another column or sheet, or
 * adds fewer than two cells (=E8 copies a figure, it totals nothing).
 */
export function addedRows(expression: Expression, column: number): readonly number[] | null {
  const rows: number[] = [];
  if (!collectAdded(expression, column, rows)) return null;
  if (rows.length < 2) return null;
  return rows.sort((a, b) => a - b);
}

function collectAdded(expression: Expression, column: number, rows: number[]): boolean {
  switch (expression.kind) {
    case 'reference': {
      const { area } = expression;
      if (area.left !== column || area.right !== column) return false;
      for (let row = area.top; row <= area.bottom; row++) rows.push(row);
      return true;
    }
    case 'binary':
      return expression.operator === '+' && collectAdded(expression.left, column, rows) && collectAdded(expression.right, column, rows);
    case 'call':
      // SUM inside a sum adds the same way; any other function computes something else.
      return expression.name === 'SUM' && expression.args.every((arg) => collectAdded(arg, column, rows));
    default:
      return false;
  }
}

/**
 * What a table's formulas say, cell by cell, whichever columns a reading of the table gives roles:
 * worked out once per table, as a grouped sheet is read once per column group.
 */
export interface TableFormulas {
  /** Each row's adding formulas by column, as written (addedRows). */
  readonly written: FormulaSums;
  /**
   * How many of each row's formulas compute from their own column alone, adding or not: each says
   * what the row is in that column. =E199*0.33 says the row is a share of row 199, so a stray
   * =N206+N207+N208 beside ten of those does not make the row a total.
   */
  readonly columnFormulas: RowLookup<number>;
}

/** Every cell of the rows in `columns.all` read once: any reading of these rows (or of some of them) filters it. */
export function readTableFormulas(grid: SheetGrid, columns: TableColumns, rows: readonly { readonly row: number }[]): TableFormulas {
  const written = RowTable.spanning<ReadonlyMap<number, readonly number[]>>(rows);
  const columnFormulas = RowTable.spanning<number>(rows);
  for (const { row } of rows) {
    let byColumn: Map<number, readonly number[]> | undefined;
    let ownColumnCount = 0;
    for (const column of columns.all) {
      const expression = grid.expression(row, column);
      if (expression === null) continue;
      const added = addedRows(expression, column);
      if (added !== null) (byColumn ??= new Map()).set(column, added);
      if (readsOnlyColumn(expression, column)) ownColumnCount++;
    }
    if (byColumn) written.set(row, byColumn);
    if (ownColumnCount > 0) columnFormulas.set(row, ownColumnCount);
  }
  return { written, columnFormulas };
}

/**
 * Each row's adding formulas in the table's columns, whatever their role: each adds its own column.
 * In a column without a role, a sum stops before the first row numbered like the total itself (1.
 * adding 2.): past it, it has run into the next block or adds up figures of another kind.
 */
export function readFormulaSums(formulas: TableFormulas, columns: TableColumns, rows: readonly TableRow[]): FormulaSums {
  const sums = RowTable.spanning<ReadonlyMap<number, readonly number[]>>(rows);
  const codeAt = new Map(rows.map((r) => [r.row, r.code]));
  for (const { row, code } of rows) {
    const written = formulas.written.get(row);
    if (!written) continue;
    let byColumn: Map<number, readonly number[]> | undefined;
    const beforeSibling = (added: readonly number[]): readonly number[] => {
      const sibling = added.findIndex((part) => numberedAlike(code, codeAt.get(part) ?? null));
      return sibling < 0 ? added : added.slice(0, sibling);
    };
    for (const [column, sum] of written) {
      const added = columns.withRole.has(column) ? sum : beforeSibling(sum);
      if (added.length < 2 || added.includes(row)) continue;
      (byColumn ??= new Map()).set(column, added);
    }
    if (byColumn) sums.set(row, byColumn);
  }
  return sums;
}

/** Whether two rows carry numbers of one level (8 and 9, 1.2 and 1.3); bullets say too little. */
function numberedAlike(a: RowCode | null, b: RowCode | null): boolean {
  if (!a || !b || a.scheme !== b.scheme || !numberedSchemes.has(a.scheme)) return false;
  return a.text.split('.').length === b.text.split('.').length;
}

const numberedSchemes: ReadonlySet<NumberingScheme> = new Set<NumberingScheme>(['letter', 'roman', 'arabic', 'dotted', 'lowerLetter']);

/** The table's columns, and among them those that got a role. */
export interface TableColumns {
  readonly all: readonly number[];
  readonly withRole: ReadonlySet<number>;
}

function readsOnlyColumn(expression: Expression, column: number): boolean {
  switch (expression.kind) {
    case 'reference':
      return expression.area.left === column && expression.area.right === column;
    case 'negate':
    case 'percent':
      return readsOnlyColumn(expression.operand, column);
    case 'binary':
      return readsOnlyColumn(expression.left, column) && readsOnlyColumn(expression.right, column);
    case 'call':
      return expression.args.every((arg) => readsOnlyColumn(arg, column));
    default:
      return true;
  }
}

/**
 * The rows each total's formulas name as its parts, where most of its adding formulas agree. A
 * subtotal inside the range takes its own parts: in SUM(E7:E13) with E7 = SUM(E8:E12), the parts
 * of row 7 are rows 8 to 12 and those of the total are rows 7 and 13 (formula-double-counts
 * reports that formula). A range that runs into a subtotal whose parts go on past the range's end
 * has overrun into the next block: its parts stop before that subtotal. Only rows of the table
 * count; blank rows in a range are no parts. The parts must be named by more than half of the row's
 * formulas that read their own column (`columnFormulas`), not only of its adding ones.
 */
export function formulaChildren(
  sums: FormulaSums,
  rows: readonly { readonly row: number }[],
  columnFormulas: RowLookup<number>,
): RowLookup<readonly number[]> {
  const tableRows = new Set(rows.map((r) => r.row));
  const asWritten = RowTable.spanning<readonly number[]>(rows);
  for (const { row } of rows) {
    const parts = agreedParts(sums.get(row), columnFormulas.get(row) ?? 0);
    if (parts) asWritten.set(row, parts);
  }
  const agreed = RowTable.spanning<readonly number[]>(rows);
  for (const { row } of rows) {
    const byColumn = sums.get(row);
    if (!byColumn) continue;
    const parts = agreedParts(
      new Map([...byColumn].map(([column, added]) => [column, beforeOverrun(added, asWritten)])),
      columnFormulas.get(row) ?? 0,
    );
    if (parts) agreed.set(row, parts);
  }
  const children = RowTable.spanning<readonly number[]>(rows);
  for (const { row } of rows) {
    const parts = agreed.get(row);
    if (!parts) continue;
    const ownedBySubtotal = new Set<number>();
    for (const part of parts) for (const owned of descendants(part, agreed, new Set([row]))) ownedBySubtotal.add(owned);
    const own = parts.filter((part) => tableRows.has(part) && !ownedBySubtotal.has(part));
    if (own.length > 0) children.set(row, own);
  }
  return children;
}

/** The rows a formula adds up to the first subtotal whose own parts it adds only the first of. */
function beforeOverrun(added: readonly number[], subtotals: RowLookup<readonly number[]>): readonly number[] {
  const last = added[added.length - 1]!;
  const cutInTwo = (parts: readonly number[]): boolean => parts.some((part) => added.includes(part)) && parts.some((part) => part > last);
  const overrun = added.findIndex((row) => cutInTwo(subtotals.get(row) ?? []));
  return overrun < 0 ? added : added.slice(0, overrun);
}

/** The parts most of a row's formulas name (more than half of them); null when they disagree. */
function agreedParts(byColumn: ReadonlyMap<number, readonly number[]> | undefined, columnFormulas: number): readonly number[] | null {
  if (!byColumn) return null;
  const votes = new Map<string, { parts: readonly number[]; count: number }>();
  for (const parts of byColumn.values()) {
    const key = parts.join(',');
    const vote = votes.get(key);
    if (vote) vote.count++;
    else votes.set(key, { parts, count: 1 });
  }
  const voters = Math.max(byColumn.size, columnFormulas);
  for (const { parts, count } of votes.values()) if (parts.length > 0 && count * 2 > voters) return parts;
  return null;
}

/** Every row a subtotal adds, through its own subtotals; `seen` guards against circular formulas. */
function descendants(row: number, agreed: RowLookup<readonly number[]>, seen: Set<number>): number[] {
  if (seen.has(row)) return [];
  seen.add(row);
  const parts = agreed.get(row) ?? [];
  return parts.flatMap((part) => [part, ...descendants(part, agreed, seen)]);
}

/**
 * A row a total's adding formula adds is one of its parts, an indicator, even with no unit and only
 * zeros: the formula outweighs the look of a heading (an all-zero part is unfilled, not a title).
 * A row with no figure written at all stays what it looks like.
 */
export function partsAreNoHeadings(rows: readonly TableRow[], formulaParts: RowLookup<readonly number[]>): TableRow[] {
  const parts = new Set<number>();
  for (const { row } of rows) for (const part of formulaParts.get(row) ?? []) parts.add(part);
  const isPart = (row: TableRow): boolean => parts.has(row.row) && figureRoles.some((role) => row.figures[role] !== undefined);
  return rows.map((row) => (row.isSection && isPart(row) ? { ...row, isSection: false } : row));
}
