/** What a formula reads: the cells and rectangles of its own sheet that it names. */
import type { CellRange } from '../snapshot';
import type { Expression } from './ast';

export function referencedAreas(expression: Expression): CellRange[] {
  const areas: CellRange[] = [];
  collectAreas(expression, areas);
  return areas;
}

/** Whether a formula reads any cell at all (=33.3 reads none). */
export function readsAnyCell(expression: Expression): boolean {
  switch (expression.kind) {
    case 'reference':
      return true;
    case 'negate':
    case 'percent':
      return readsAnyCell(expression.operand);
    case 'binary':
      return readsAnyCell(expression.left) || readsAnyCell(expression.right);
    case 'call':
      return expression.args.some(readsAnyCell);
    default:
      return false;
  }
}

// Into one array: formulas are read for every figure cell of every table, many times over.
function collectAreas(expression: Expression, areas: CellRange[]): void {
  switch (expression.kind) {
    case 'reference':
      areas.push(expression.area);
      return;
    case 'negate':
    case 'percent':
      collectAreas(expression.operand, areas);
      return;
    case 'binary':
      collectAreas(expression.left, areas);
      collectAreas(expression.right, areas);
      return;
    case 'call':
      for (const arg of expression.args) collectAreas(arg, areas);
      return;
    default:
      return;
  }
}
