/** What a formula reads: the cells and rectangles of its own sheet that it names. */
import type { CellRange } from '../snapshot';
import type { Expression } from './ast';

export function referencedAreas(expression: Expression): CellRange[] {
  switch (expression.kind) {
    case 'reference':
      return [expression.area];
    case 'negate':
    case 'percent':
      return referencedAreas(expression.operand);
    case 'binary':
      return [...referencedAreas(expression.left), ...referencedAreas(expression.right)];
    case 'call':
      return expression.args.flatMap(referencedAreas);
    default:
      return [];
  }
}
