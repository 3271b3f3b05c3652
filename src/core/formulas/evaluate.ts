/** Evaluates a parsed formula over a sheet's cells, with Excel's operators and error propagation. */
import type { CellError, CellValue } from '../snapshot';
import { isCellError } from '../snapshot';
import type { BinaryOperator, Expression } from './ast';
import { callFunction } from './functions';
import {
  compareValues,
  divisionByZero,
  finite,
  numberError,
  scalarOf,
  toNumber,
  toText,
  type FormulaValue,
  type SheetCells,
} from './values';

/** Throws CannotEvaluate when the formula needs something not supported here. */
export function evaluate(expression: Expression, cells: SheetCells): FormulaValue {
  switch (expression.kind) {
    case 'number':
    case 'text':
    case 'boolean':
      return expression.value;
    case 'error':
      return { error: expression.code };
    case 'missing':
      return null;
    case 'reference':
      return { area: expression.area };
    case 'negate':
      return arithmetic(expression.operand, cells, (n) => -n);
    case 'percent':
      return arithmetic(expression.operand, cells, (n) => n / 100);
    case 'binary':
      return binary(expression.operator, scalar(expression.left, cells), scalar(expression.right, cells));
    case 'call':
      return callFunction(
        expression.name,
        expression.args.map((arg) => () => evaluate(arg, cells)),
        cells,
      );
  }
}

/** A formula's result as a cell holds it: a blank result shows as 0, as in Excel. */
export function evaluateToCell(expression: Expression, cells: SheetCells): CellValue {
  return scalar(expression, cells) ?? 0;
}

function scalar(expression: Expression, cells: SheetCells): CellValue {
  return scalarOf(evaluate(expression, cells), cells);
}

function arithmetic(operand: Expression, cells: SheetCells, apply: (n: number) => number): CellValue {
  const number = toNumber(scalar(operand, cells));
  return isCellError(number) ? number : apply(number);
}

function binary(operator: BinaryOperator, left: CellValue, right: CellValue): CellValue {
  if (operator === '&') {
    const [a, b] = [toText(left), toText(right)];
    if (isCellError(a)) return a;
    if (isCellError(b)) return b;
    return a + b;
  }
  if (isComparison(operator)) {
    if (isCellError(left)) return left;
    if (isCellError(right)) return right;
    return compared(operator, compareValues(left, right));
  }
  const [a, b] = [toNumber(left), toNumber(right)];
  if (isCellError(a)) return a;
  if (isCellError(b)) return b;
  return calculated(operator, a, b);
}

function calculated(operator: '+' | '-' | '*' | '/' | '^', a: number, b: number): number | CellError {
  switch (operator) {
    case '+':
      return finite(a + b);
    case '-':
      return finite(a - b);
    case '*':
      return finite(a * b);
    case '/':
      return b === 0 ? divisionByZero : finite(a / b);
    case '^':
      return a === 0 && b === 0 ? numberError : finite(a ** b);
  }
}

type Comparison = '=' | '<>' | '<' | '>' | '<=' | '>=';

function isComparison(operator: BinaryOperator): operator is Comparison {
  return operator === '=' || operator === '<>' || operator === '<' || operator === '>' || operator === '<=' || operator === '>=';
}

function compared(operator: Comparison, order: number): boolean {
  switch (operator) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    case '>=':
      return order >= 0;
  }
}
