import { additiveRoles, type Breakdown } from '../breakdowns';
import { cellAddress, columnNumber } from '../address';
import type { FigureRole, Finding } from '../report';
import { findingText, say } from '../../text/strings';
import { figureColumn, findingAt, type Rule, type RuleContext } from './rule';

/**
 * formula-omits-row, like Excel's "formula omits adjacent cells": a total whose formula adds some
 * of its parts but not all, or a typed total in a column whose other totals are formulas.
 */
export const formulaOmitsRow: Rule = {
  id: 'formula-omits-row',
  check(context) {
    const full = context.structure.breakdowns.filter((b) => b.kind === 'full' && b.totalUnit.additive);
    const columns = additiveRoles.map((role): ColumnTotals => ({ role, omissions: [], typed: [], formulas: 0 }));
    // Each total once, all its columns together (its cells are at hand); findings still go column by column.
    for (const breakdown of full) for (const totals of columns) readTotal(context, breakdown, totals);
    return columns.flatMap((totals) => [...totals.omissions, ...typedAmongFormulas(context, totals)]);
  },
};

/** One column's totals: the formulas omitting parts, the typed totals, and how many totals are formulas. */
interface ColumnTotals {
  readonly role: FigureRole;
  readonly omissions: Finding[];
  readonly typed: { row: number; column: number }[];
  formulas: number;
}

function readTotal(context: RuleContext, breakdown: Breakdown, totals: ColumnTotals): void {
  const { role } = totals;
  if (breakdown.total.figures[role]?.kind !== 'number') return;
  const column = figureColumn(context, role);
  const formula = context.formulaAt(breakdown.total.row, column);
  if (formula === null) {
    totals.typed.push({ row: breakdown.total.row, column });
    return;
  }
  totals.formulas++;
  const referenced = rowsReferenced(formula, column);
  if (referenced === null) return;
  const omitted = breakdown.parts.filter((p) => !referenced.has(p.row.row));
  if (omitted.length === 0 || omitted.length === breakdown.parts.length) return;
  totals.omissions.push(
    findingAt(context, {
      rule: 'formula-omits-row',
      severity: 'warning',
      row: breakdown.total.row,
      column,
      role,
      expected: null,
      found: null,
      message: say(context.settings.language, findingText.formulaOmitsRow, {
        cell: cellAddress(breakdown.total.row, column),
        rows: omitted.map((p) => p.row.row).join(', '),
      }),
    }),
  );
}

/** Typed totals in a column whose totals are mostly formulas. */
function typedAmongFormulas(context: RuleContext, totals: ColumnTotals): Finding[] {
  if (totals.formulas < 2 || totals.formulas < totals.typed.length * 2) return [];
  return totals.typed.map((typed) =>
    findingAt(context, {
      rule: 'formula-omits-row',
      severity: 'warning',
      row: typed.row,
      column: typed.column,
      role: totals.role,
      expected: null,
      found: null,
      message: say(context.settings.language, findingText.typedTotal, { cell: cellAddress(typed.row, typed.column) }),
    }),
  );
}

/**
 * The rows a sum formula reads in the total's own column ("=SUM(E20:E22)", "=E20+E21").
 * Null for formulas that read other sheets or are not plain sums: those say nothing about parts.
 */
function rowsReferenced(formula: string, column: number): Set<number> | null {
  const body = formula.replace(/^=/, '').toUpperCase();
  if (body.includes('!') || !/^(SUM\(|\+?\$?[A-Z]{1,3}\$?\d+)/.test(body)) return null;
  if (/[*/^&]/.test(body)) return null;
  const rows = new Set<number>();
  // A cell ("E20", "$E$20") or a range ("E20:E22"): column letters and row of its first and last cell.
  const reference = /\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;
  for (let match = reference.exec(body); match !== null; match = reference.exec(body)) {
    const [, firstLetters = '', firstRow = '', lastLetters = firstLetters, lastRow = firstRow] = match;
    const first = columnNumber(firstLetters);
    const last = columnNumber(lastLetters);
    if (column < Math.min(first, last) || column > Math.max(first, last)) continue;
    const top = Number(firstRow);
    const bottom = Number(lastRow);
    for (let r = Math.min(top, bottom); r <= Math.max(top, bottom); r++) rows.add(r);
  }
  return rows;
}
