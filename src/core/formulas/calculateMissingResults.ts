/**
 * Results for formula cells that have none. Programs that do not calculate (scripts, some
 * exports) save formulas without their results, and the check would read those cells as empty.
 * A cell that reads another such cell has that one computed first; a cycle, an unsupported
 * function or a reference to another sheet leaves the cell without a value, listed as uncalculated.
 */
import type { CellPosition, CellRange, CellValue, SheetSnapshot } from '../snapshot';
import type { Expression } from './ast';
import { evaluateToCell } from './evaluate';
import { parseFormula } from './parse';
import { referencedAreas } from './references';
import { firstAtLeast } from './sortedSearch';
import { CannotEvaluate, type SheetCells } from './values';

export interface Calculation {
  /** The same object as the input when no formula cell lacked a result. */
  readonly snapshot: SheetSnapshot;
  /** Formula cells still without a result, in sheet order. */
  readonly uncalculated: CellPosition[];
}

/** A pending cell's result, or null when it cannot be computed here. */
type Outcome = { readonly value: CellValue } | null;

export function calculateMissingResults(snapshot: SheetSnapshot): Calculation {
  const formulas = snapshot.formulas;
  const pending = formulas ? pendingCells(snapshot.values, formulas) : [];
  if (!formulas || pending.length === 0) return { snapshot, uncalculated: [] };

  const { origin } = snapshot;
  const width = snapshot.values.reduce((max, row) => Math.max(max, row.length), 0);
  const bounds: CellRange = { top: origin.row, left: origin.column, bottom: origin.row + snapshot.values.length - 1, right: origin.column + width - 1 };
  const keyOf = (r: number, c: number): number => r * width + c;
  const isPending = (r: number, c: number): boolean => (formulas[r]?.[c] ?? null) !== null && (snapshot.values[r]?.[c] ?? null) === null;

  // Pending rows per column, in order, to find the pending cells of a range without visiting all of it.
  const pendingRows = new Map<number, number[]>();
  for (const { r, c } of pending) {
    const rows = pendingRows.get(c);
    if (rows) rows.push(r);
    else pendingRows.set(c, [r]);
  }

  const outcomes = new Map<number, Outcome>();
  const parsed = new Map<number, Expression | null>();
  const expressionAt = (r: number, c: number): Expression | null => {
    const key = keyOf(r, c);
    if (!parsed.has(key)) parsed.set(key, parseFormula(formulas[r]![c]!, snapshot.name));
    return parsed.get(key) ?? null;
  };

  const cells: SheetCells = {
    bounds,
    value(row, column) {
      const [r, c] = [row - origin.row, column - origin.column];
      if (!isPending(r, c)) return snapshot.values[r]?.[c] ?? null;
      const outcome = outcomes.get(keyOf(r, c));
      if (!outcome) throw new CannotEvaluate('reads a cell without a result');
      return outcome.value;
    },
    isSubtotal(row, column) {
      return /\bSUBTOTAL\(/i.test(formulas[row - origin.row]?.[column - origin.column] ?? '');
    },
  };

  const dependencies = (r: number, c: number): { r: number; c: number }[] => {
    const expression = expressionAt(r, c);
    if (!expression) return [];
    const found: { r: number; c: number }[] = [];
    for (const area of referencedAreas(expression)) {
      const [top, bottom] = [Math.max(area.top, bounds.top) - origin.row, Math.min(area.bottom, bounds.bottom) - origin.row];
      for (let column = Math.max(area.left, bounds.left); column <= Math.min(area.right, bounds.right); column++) {
        const rows = pendingRows.get(column - origin.column) ?? [];
        for (let i = firstAtLeast(rows, top); i < rows.length && rows[i]! <= bottom; i++) found.push({ r: rows[i]!, c: column - origin.column });
      }
    }
    return found;
  };

  const compute = (r: number, c: number): Outcome => {
    const expression = expressionAt(r, c);
    if (!expression) return null;
    try {
      return { value: evaluateToCell(expression, cells) };
    } catch (error) {
      if (error instanceof CannotEvaluate) return null;
      throw error;
    }
  };

  // Depth first with an explicit stack: a long chain of cells reading cells must not overflow the call stack.
  for (const start of pending) {
    if (outcomes.has(keyOf(start.r, start.c))) continue;
    const visiting = new Set<number>([keyOf(start.r, start.c)]);
    const stack = [{ ...start, dependencies: dependencies(start.r, start.c), next: 0, inCycle: false }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const dependency = frame.dependencies[frame.next++];
      if (dependency) {
        const key = keyOf(dependency.r, dependency.c);
        if (outcomes.has(key)) continue;
        if (visiting.has(key)) frame.inCycle = true;
        else {
          visiting.add(key);
          stack.push({ ...dependency, dependencies: dependencies(dependency.r, dependency.c), next: 0, inCycle: false });
        }
        continue;
      }
      stack.pop();
      visiting.delete(keyOf(frame.r, frame.c));
      outcomes.set(keyOf(frame.r, frame.c), frame.inCycle ? null : compute(frame.r, frame.c));
    }
  }

  // Copy the rows that change only; the snapshot handed in stays as it was.
  const values: (readonly CellValue[])[] = [...snapshot.values];
  const copied = new Map<number, CellValue[]>();
  const uncalculated: CellPosition[] = [];
  for (const { r, c } of pending) {
    const outcome = outcomes.get(keyOf(r, c));
    if (!outcome) {
      uncalculated.push({ row: origin.row + r, column: origin.column + c });
      continue;
    }
    let row = copied.get(r);
    if (!row) copied.set(r, (row = [...snapshot.values[r]!]));
    row[c] = outcome.value;
    values[r] = row;
  }
  return { snapshot: { ...snapshot, values }, uncalculated };
}

function pendingCells(values: SheetSnapshot['values'], formulas: NonNullable<SheetSnapshot['formulas']>): { r: number; c: number }[] {
  // Runs on every sheet checked, and nearly always finds nothing: plain loops, no allocation per cell.
  const pending: { r: number; c: number }[] = [];
  for (let r = 0; r < formulas.length; r++) {
    const formulaRow = formulas[r]!;
    for (let c = 0; c < formulaRow.length; c++) {
      if (formulaRow[c] !== null && (values[r]?.[c] ?? null) === null) pending.push({ r, c });
    }
  }
  return pending;
}
