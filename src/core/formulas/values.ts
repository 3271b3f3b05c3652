/** The values a formula computes with, and Excel's rules for turning one kind into another. */
import type { CellError, CellRange, CellValue } from '../snapshot';
import { isCellError } from '../snapshot';
import { withoutFloatNoise } from '../values/floatNoise';

/** A reference not yet read: SUM reads a range cell by cell, an operator reads its one cell. */
export interface Area {
  readonly area: CellRange;
}

/** What an expression evaluates to; null is a blank (an empty cell or a left-out argument). */
export type FormulaValue = CellValue | Area;

/**
 * Thrown when a formula cannot be evaluated here (an unsupported function, a cell without a
 * result, text whose number depends on the locale): the cell then stays without a value.
 */
export class CannotEvaluate extends Error {}

export const valueError: CellError = { error: '#VALUE!' };
export const divisionByZero: CellError = { error: '#DIV/0!' };
export const numberError: CellError = { error: '#NUM!' };

export function isArea(value: FormulaValue): value is Area {
  return typeof value === 'object' && value !== null && 'area' in value;
}

/** Infinity and NaN are #NUM! in Excel. */
export function finite(value: number): number | CellError {
  return Number.isFinite(value) ? value : numberError;
}

/**
 * A value as a number, as + does: a blank is 0, TRUE is 1, a text of digits is its number.
 * Other numeric text ("1.234", "2020-12-31") reads differently by locale: not guessed here.
 */
export function toNumber(value: CellValue): number | CellError {
  if (value === null) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isCellError(value)) return value;
  const text = value.trim();
  if (/^[+-]?\d+$/.test(text)) return Number(text);
  if (/\d/.test(text)) throw new CannotEvaluate(`locale-dependent number "${value}"`);
  return valueError;
}

/** A value as &, a header cell, shows it: numbers in Excel's General format (15 significant digits). */
export function toText(value: CellValue): string | CellError {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isCellError(value)) return value;
  return String(withoutFloatNoise(value)).replace('e', 'E');
}

/** A value as IF's condition: numbers are true unless 0, a blank is false, texts other than TRUE/FALSE are #VALUE!. */
export function toCondition(value: CellValue): boolean | CellError {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (isCellError(value)) return value;
  const upper = value.trim().toUpperCase();
  return upper === 'TRUE' ? true : upper === 'FALSE' ? false : valueError;
}

/** Excel's ordering: numbers, then texts (ignoring case), then FALSE, TRUE; a blank is 0, "" or FALSE beside them. */
export function compareValues(left: Exclude<CellValue, CellError>, right: Exclude<CellValue, CellError>): number {
  const a = left ?? blankBeside(right);
  const b = right ?? blankBeside(left);
  const rank = typeRank(a) - typeRank(b);
  if (rank !== 0) return Math.sign(rank);
  // Excel compares numbers at 15 significant digits, so 0.1 + 0.2 = 0.3 holds.
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(withoutFloatNoise(a) - withoutFloatNoise(b));
  if (typeof a === 'string' && typeof b === 'string') {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

function blankBeside(other: Exclude<CellValue, CellError>): number | string | boolean {
  return typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
}

function typeRank(value: number | string | boolean | null): number {
  return typeof value === 'number' || value === null ? 0 : typeof value === 'string' ? 1 : 2;
}

/** The cells a formula reads: results for formula cells computed here, nothing outside `bounds`. */
export interface SheetCells {
  /** The snapshot's rectangle; every cell outside it is blank. */
  readonly bounds: CellRange;
  /** Throws CannotEvaluate for a formula cell that has no result and could not get one. */
  value(row: number, column: number): CellValue;
  /** A cell holding a SUBTOTAL formula, which an enclosing SUBTOTAL leaves out. */
  isSubtotal(row: number, column: number): boolean;
}

/** A single-cell reference reads its cell; a larger one would need Excel's implicit intersection. */
export function scalarOf(value: FormulaValue, cells: SheetCells): CellValue {
  if (!isArea(value)) return value;
  const { top, left, bottom, right } = value.area;
  if (top !== bottom || left !== right) throw new CannotEvaluate('range used as a single value');
  return inBounds(top, left, cells.bounds) ? cells.value(top, left) : null;
}

function inBounds(row: number, column: number, bounds: CellRange): boolean {
  return row >= bounds.top && row <= bounds.bottom && column >= bounds.left && column <= bounds.right;
}
