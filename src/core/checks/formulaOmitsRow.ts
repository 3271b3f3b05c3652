import { additiveRoles, type Breakdown, type BreakdownPart } from '../breakdowns';
import { columnNumber } from '../address';
import type { FigureRole } from '../report';
import { figureColumn, findingOf, ruleMeta, type FindingOf, type RuleContext, type TableRule } from './rule';

/**
 * formula-omits-row, like Excel's "formula omits adjacent cells": a total whose formula adds some
 * of its parts but not all, or a typed total in a column whose other totals are formulas.
 */
const meta = ruleMeta({
  id: 'formula-omits-row',
  scope: 'table',
  severity: 'warning',
  description: "A total's formula leaves out some of its parts, or a total is typed among formulas.",
  messages: {
    omitsRow: {
      vi: 'Công thức ở ô {{cell}} không cộng dòng {{rows}}: kiểm tra lại công thức tổng.',
      en: "The formula in {{cell}} leaves out row {{rows}}: check the total's formula.",
    },
    typedTotal: {
      vi: 'Ô {{cell}} là số nhập tay trong khi các ô tổng khác trong cột là công thức: kiểm tra lại hoặc thay bằng công thức.',
      en: '{{cell}} holds a typed number while the other totals in its column are formulas: check it or use a formula.',
    },
  },
});

type FormulaFinding = FindingOf<typeof meta>;

export const formulaOmitsRow: TableRule<typeof meta> = {
  meta,
  check(context) {
    const full = context.structure.breakdowns.filter((b) => b.kind === 'full' && b.totalUnit.additive);
    const columns = additiveRoles.map((role): ColumnTotals => ({ role, omissions: [], typedRows: [], formulas: 0 }));
    // Each total once, all its columns together (its cells are at hand); findings still go column by column.
    for (const breakdown of full) for (const totals of columns) readTotal(context, breakdown, totals);
    return columns.flatMap((totals) => [...totals.omissions, ...typedAmongFormulas(context, totals)]);
  },
};

/** One column's totals: the formulas omitting parts, the rows of typed totals, and how many totals are formulas. */
interface ColumnTotals {
  readonly role: FigureRole;
  readonly omissions: FormulaFinding[];
  readonly typedRows: number[];
  formulas: number;
}

function readTotal(context: RuleContext, breakdown: Breakdown, totals: ColumnTotals): void {
  const { role } = totals;
  if (breakdown.total.figures[role]?.kind !== 'number') return;
  const column = figureColumn(context, role);
  const formula = context.formulaAt(breakdown.total.row, column);
  if (formula === null) {
    totals.typedRows.push(breakdown.total.row);
    return;
  }
  totals.formulas++;
  const omitted = partsOmitted(formula, column, breakdown.parts);
  if (omitted === null || omitted.length === 0 || omitted.length === breakdown.parts.length) return;
  totals.omissions.push(
    findingOf(meta, context.sheet, {
      messageId: 'omitsRow',
      row: breakdown.total.row,
      column,
      role,
      expected: null,
      found: null,
      data: { rows: omitted.map((p) => p.row.row).join(', ') },
    }),
  );
}

/** Typed totals in a column whose totals are mostly formulas. */
function typedAmongFormulas(context: RuleContext, totals: ColumnTotals): FormulaFinding[] {
  if (totals.formulas < 2 || totals.formulas < totals.typedRows.length * 2) return [];
  const column = figureColumn(context, totals.role);
  return totals.typedRows.map((row) =>
    findingOf(meta, context.sheet, { messageId: 'typedTotal', row, column, role: totals.role, expected: null, found: null, data: {} }),
  );
}

// Patterns without the g flag keep no state between uses, so each is made once; a regex literal in
// a function is a new object at every call.
const sumStart = /^=?(SUM\(|\+?\$?[A-Z]{1,3}\$?\d+)/;
const otherOperator = /[*/^&]/;

/**
 * The parts whose rows a sum formula does not read in the total's own column ("=SUM(E20:E22)",
 * "=E20+E21"). Null for formulas that read other sheets or are not plain sums: those say nothing
 * about parts.
 */
function partsOmitted(formula: string, column: number, parts: readonly BreakdownPart[]): readonly BreakdownPart[] | null {
  const body = formula.toUpperCase();
  if (body.includes('!') || !sumStart.test(body) || otherOperator.test(body)) return null;
  let omitted = parts;
  // A cell ("E20", "$E$20") or a range ("E20:E22"): column letters and row of its first and last cell.
  const reference = /\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;
  for (let match = reference.exec(body); match !== null; match = reference.exec(body)) {
    const [, firstLetters = '', firstRow = '', lastLetters = firstLetters, lastRow = firstRow] = match;
    const first = columnNumber(firstLetters);
    const last = columnNumber(lastLetters);
    if (column < Math.min(first, last) || column > Math.max(first, last)) continue;
    const top = Math.min(Number(firstRow), Number(lastRow));
    const bottom = Math.max(Number(firstRow), Number(lastRow));
    omitted = partsOutside(omitted, top, bottom);
  }
  return omitted;
}

/** The parts whose rows are not from top to bottom: a loop, not filter, so no closure is made per reference. */
function partsOutside(parts: readonly BreakdownPart[], top: number, bottom: number): BreakdownPart[] {
  const outside: BreakdownPart[] = [];
  for (const part of parts) if (part.row.row < top || part.row.row > bottom) outside.push(part);
  return outside;
}
