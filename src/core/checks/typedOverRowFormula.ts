import { columnLetter, columnNumber } from '../address';
import { roundingTolerance } from '../values';
import { evaluate } from '../formulas/evaluate';
import { lastColumn, lastRow } from '../formulas/ast';
import { parseFormula } from '../formulas/parse';
import { relativeForm } from '../formulas/relativeForm';
import { readsAnyCell } from '../formulas/references';
import type { Expression } from '../formulas/ast';
import { CannotEvaluate, scalarOf, type SheetCells } from '../formulas/values';
import { findingOf, ruleMeta, type FindingOf, type RuleContext, type TableRule } from './rule';

/**
 * typed-over-row-formula, like Excel's "inconsistent formula": in a row whose figure columns hold one
 * formula (=+B18/B16*100, =+C18/C16*100 …), a cell typed as a number that the same formula would not
 * give there (E32 typed 34.4 where =E18/E16*100 gives 33.41). The row's own formulas are the evidence:
 * only a cell with the formula on both sides of it is held to it, and a typed figure the formula
 * gives, within a unit of its last decimal, is left alone.
 */
const meta = ruleMeta({
  id: 'typed-over-row-formula',
  scope: 'table',
  severity: 'warning',
  description: "A number typed in a row whose other figures come from one formula, differing from what that formula gives there.",
  messages: {
    typedOverFormula: {
      vi: 'Ô {{cell}} là số nhập tay {{found}}, trong khi các ô cùng dòng tính bằng công thức {{formula}}; công thức đó ở cột này cho {{expected}}: kiểm tra lại số liệu hoặc thay bằng công thức.',
      en: "{{cell}} holds a typed {{found}} where the row's other cells hold the formula {{formula}}; in this column it gives {{expected}}: check the figure or use the formula.",
    },
  },
});

type TypedFinding = FindingOf<typeof meta>;

/** A row's formula must be written in this many of its figure cells before a typed one breaks it. */
const fewestFormulaCells = 2;

export const typedOverRowFormula: TableRule<typeof meta> = {
  meta,
  readsOnly: 'cells',
  check(context) {
    const columns = context.figureColumns;
    if (columns.length <= fewestFormulaCells) return [];
    const cells = sheetCells(context);
    return context.rows.flatMap((row) => rowFinding(context, cells, row.row, columns));
  },
};

function rowFinding(context: RuleContext, cells: SheetCells, row: number, columns: readonly number[]): TypedFinding[] {
  const typed: number[] = [];
  const formulaColumns: number[] = [];
  let filled = 0;
  for (const column of columns) {
    const formula = context.formulaAt(row, column);
    if (formula === null) {
      if (typeof context.valueAt(row, column) === 'number') {
        typed.push(column);
        filled++;
      }
      continue;
    }
    filled++;
    formulaColumns.push(column);
  }
  // The formula broken must fill more than half the row's figures: fewer formulas than that cannot.
  if (formulaColumns.length < fewestFormulaCells || formulaColumns.length * 2 <= filled) return [];
  // Only a typed figure between two of the row's formulas is held to them (see `inside` below): most
  // rows have none, and then no formula's shape need be worked out. A formula of constants counts as typed.
  const firstFormula = formulaColumns[0]!;
  const lastFormula = formulaColumns[formulaColumns.length - 1]!;
  const typedBetween = typed.some((column) => column > firstFormula && column < lastFormula);
  if (!typedBetween && formulaColumns.every((column) => readsCells(context.parsedAt(row, column)))) return [];
  const shapes = new Map<string, number[]>();
  for (const column of formulaColumns) {
    const shape = relativeForm(context.formulaAt(row, column)!, row, column);
    if (shape === null) continue;
    // A formula of constants ("=33.3") is a typed figure in disguise.
    if (!readsCells(context.parsedAt(row, column))) typed.push(column);
    else shapes.set(shape, [...(shapes.get(shape) ?? []), column]);
  }
  typed.sort((a, b) => a - b);
  const [pattern] = [...shapes.values()].sort((a, b) => b.length - a.length);
  if (!pattern || pattern.length < fewestFormulaCells || pattern.length * 2 <= filled) return [];
  const source = pattern[0]!;
  const formula = context.formulaAt(row, source)!;
  // Only a gap inside the run of formulas: a column beyond them may hold another measure ("KH 2016-2020 (%)").
  const inside = typed.filter((column) => column > pattern[0]! && column < pattern[pattern.length - 1]!);
  return inside.flatMap((column) => {
    const found = context.valueAt(row, column);
    if (typeof found !== 'number') return [];
    const expected = formulaValueAt(formula, source, column, context.sheet, cells);
    // A typed figure rounded a shade off (33.3 for 33.35) is a habit, not a slip: a full unit of its last decimal is allowed.
    if (expected === null || Math.abs(found - expected) <= 2 * roundingTolerance(decimalsOf(found)) + 1e-9) return [];
    return [
      findingOf(meta, context.sheet, {
        messageId: 'typedOverFormula',
        row,
        column,
        expected,
        found,
        // Shown to one more decimal than typed: enough to see the difference, no float noise.
        data: { found, expected: Number(expected.toFixed(decimalsOf(found) + 1)), formula: shiftedFormula(formula, column - source) },
      }),
    ];
  });
}

/** What the formula gives once moved to `column`, as Excel would fill it there; null when it cannot be worked out here. */
function formulaValueAt(formula: string, from: number, column: number, sheet: string, cells: SheetCells): number | null {
  const expression = parseFormula(shiftedFormula(formula, column - from), sheet);
  if (!expression) return null;
  try {
    const value = scalarOf(evaluate(expression, cells), cells);
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  } catch (error) {
    if (error instanceof CannotEvaluate) return null;
    throw error;
  }
}

function sheetCells(context: RuleContext): SheetCells {
  return {
    bounds: { top: 1, left: 1, bottom: lastRow, right: lastColumn },
    value: (row, column) => context.valueAt(row, column),
    isSubtotal: (row, column) => /^=?\s*SUBTOTAL\(/i.test(context.formulaAt(row, column) ?? ''),
  };
}

function readsCells(expression: Expression | null): boolean {
  return expression !== null && readsAnyCell(expression);
}

/** A cell reference in a formula's text, not part of a name ("LOG10(") nor of another sheet's reference: its $ marks, column letters and row. */
const cellReference = /(?<![A-Za-z0-9_.$!])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g;

/** The formula filled `by` columns to the right, relative references moving with it. */
function shiftedFormula(formula: string, by: number): string {
  return formula.replace(cellReference, (whole, columnFixed: string, letters: string, rowFixed: string, digits: string) =>
    columnFixed ? whole : `${columnLetter(columnNumber(letters) + by)}${rowFixed}${digits}`,
  );
}

/** The decimals a typed number carries: 34.4 has one. */
function decimalsOf(value: number): number {
  const text = String(value);
  const point = text.indexOf('.');
  return point < 0 || text.includes('e') ? 0 : text.length - point - 1;
}
