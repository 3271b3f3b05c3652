/** The parsed form of a formula: what the parser builds and the evaluator walks. */
import type { CellRange } from '../snapshot';

export type BinaryOperator = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

export type Expression =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly code: string }
  /** A left-out argument, as in ROUND(A1,) or IF(A1,,1). */
  | { readonly kind: 'missing' }
  /** A cell or a rectangle on the formula's own sheet; whole columns and rows reach the last row and column. */
  | { readonly kind: 'reference'; readonly area: CellRange }
  | { readonly kind: 'negate'; readonly operand: Expression }
  | { readonly kind: 'percent'; readonly operand: Expression }
  | { readonly kind: 'binary'; readonly operator: BinaryOperator; readonly left: Expression; readonly right: Expression }
  /** `name` upper-cased, without the "_xlfn." prefix newer functions are stored with. */
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expression[] };

/** Excel's last row and column: what "E:E" and "5:5" reach. */
export const lastRow = 1_048_576;
export const lastColumn = 16_384;
