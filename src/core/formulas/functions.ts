/**
 * The worksheet functions indicator sheets use, with Excel's rules: SUM and friends skip texts,
 * logicals and blanks in ranges but read typed arguments; errors pass through. Arguments come as
 * thunks so IF and IFERROR evaluate only the branch they take.
 */
import type { CellError } from '../snapshot';
import { isCellError } from '../snapshot';
import { withoutFloatNoise } from '../values/floatNoise';
import {
  CannotEvaluate,
  divisionByZero,
  finite,
  isArea,
  scalarOf,
  toCondition,
  toNumber,
  type FormulaValue,
  type SheetCells,
} from './values';

type Argument = () => FormulaValue;
type WorksheetFunction = (args: readonly Argument[], cells: SheetCells) => FormulaValue;

export function callFunction(name: string, args: readonly Argument[], cells: SheetCells): FormulaValue {
  const body = functions[name];
  if (!body) throw new CannotEvaluate(`unsupported function ${name}`);
  return body(args, cells);
}

const aggregates = {
  sum: (numbers: readonly number[]) => numbers.reduce((a, b) => a + b, 0),
  average: (numbers: readonly number[]) => (numbers.length === 0 ? divisionByZero : numbers.reduce((a, b) => a + b, 0) / numbers.length),
  // reduce, not Math.min(...numbers): a whole column would overflow the argument list.
  min: (numbers: readonly number[]) => (numbers.length === 0 ? 0 : numbers.reduce((a, b) => Math.min(a, b))),
  max: (numbers: readonly number[]) => (numbers.length === 0 ? 0 : numbers.reduce((a, b) => Math.max(a, b))),
} satisfies Record<string, (numbers: readonly number[]) => number | CellError>;

/** SUBTOTAL's function numbers we compute; 101… also skip hidden rows, which a snapshot does not know, so they count them. */
const subtotalAggregates: Readonly<Record<number, (numbers: readonly number[]) => number | CellError>> = {
  1: aggregates.average,
  4: aggregates.max,
  5: aggregates.min,
  9: aggregates.sum,
};

const functions: Readonly<Record<string, WorksheetFunction>> = {
  SUM: (args, cells) => aggregate(args, cells, aggregates.sum),
  AVERAGE: (args, cells) => aggregate(args, cells, aggregates.average),
  MIN: (args, cells) => aggregate(args, cells, aggregates.min),
  MAX: (args, cells) => aggregate(args, cells, aggregates.max),
  SUBTOTAL: (args, cells) => {
    const [which, ...references] = arity(args, 2, 255);
    const code = toNumber(scalarOf(which(), cells));
    if (isCellError(code)) return code;
    const body = subtotalAggregates[Math.trunc(code) % 100];
    if (!body || code < 1 || code >= 112) throw new CannotEvaluate(`SUBTOTAL ${code}`);
    const areas = references.map((reference) => reference());
    if (!areas.every(isArea)) throw new CannotEvaluate('SUBTOTAL of a value');
    return aggregate(areas.map((area) => () => area), cells, body, true);
  },
  ROUND: (args, cells) => rounded(args, cells, 'nearest'),
  ROUNDUP: (args, cells) => rounded(args, cells, 'up'),
  ROUNDDOWN: (args, cells) => rounded(args, cells, 'down'),
  ABS: (args, cells) => {
    const [value] = arity(args, 1, 1);
    const number = toNumber(scalarOf(value(), cells));
    return isCellError(number) ? number : Math.abs(number);
  },
  IF: (args, cells) => {
    const [condition, whenTrue, whenFalse] = arity(args, 2, 3);
    const test = toCondition(scalarOf(condition(), cells));
    if (isCellError(test)) return test;
    if (test) return whenTrue!() ?? 0;
    return whenFalse ? (whenFalse() ?? 0) : false;
  },
  IFERROR: (args, cells) => {
    const [value, fallback] = arity(args, 2, 2);
    const result = scalarOf(value(), cells);
    return isCellError(result) ? scalarOf(fallback!(), cells) : result;
  },
};

/** Excel refuses formulas with the wrong number of arguments, so such a formula was not written by Excel. */
function arity(args: readonly Argument[], least: number, most: number): readonly [Argument, ...Argument[]] {
  if (args.length < least || args.length > most) throw new CannotEvaluate('wrong number of arguments');
  return args as readonly [Argument, ...Argument[]];
}

/** The numbers of SUM-like arguments: ranges give their numbers only, typed arguments are converted. */
function aggregate(
  args: readonly Argument[],
  cells: SheetCells,
  body: (numbers: readonly number[]) => number | CellError,
  skipSubtotals = false,
): FormulaValue {
  const numbers: number[] = [];
  for (const arg of args) {
    const value = arg();
    if (!isArea(value)) {
      const number = toNumber(value);
      if (isCellError(number)) return number;
      numbers.push(number);
      continue;
    }
    const { bounds } = cells;
    const { area } = value;
    for (let row = Math.max(area.top, bounds.top); row <= Math.min(area.bottom, bounds.bottom); row++) {
      for (let column = Math.max(area.left, bounds.left); column <= Math.min(area.right, bounds.right); column++) {
        if (skipSubtotals && cells.isSubtotal(row, column)) continue;
        const cell = cells.value(row, column);
        if (typeof cell === 'number') numbers.push(cell);
        else if (cell !== null && isCellError(cell)) return cell;
      }
    }
  }
  const result = body(numbers);
  return isCellError(result) ? result : finite(result);
}

/** ROUND rounds half away from zero; at 15 significant digits first, so 2.675 rounds to 2.68 as in Excel. */
function rounded(args: readonly Argument[], cells: SheetCells, mode: 'nearest' | 'up' | 'down'): FormulaValue {
  const [value, places] = arity(args, 2, 2);
  const number = toNumber(scalarOf(value(), cells));
  if (isCellError(number)) return number;
  const digits = toNumber(scalarOf(places!(), cells));
  if (isCellError(digits)) return digits;
  const decimals = Math.trunc(digits);
  const scale = 10 ** Math.min(Math.abs(decimals), 308);
  const magnitude = Math.abs(number);
  const scaled = withoutFloatNoise(decimals >= 0 ? magnitude * scale : magnitude / scale);
  if (!Number.isFinite(scaled)) return number;
  const whole = mode === 'nearest' ? Math.floor(scaled + 0.5) : mode === 'up' ? Math.ceil(scaled) : Math.floor(scaled);
  const result = decimals >= 0 ? whole / scale : whole * scale;
  return result === 0 ? 0 : Math.sign(number) * result;
}
