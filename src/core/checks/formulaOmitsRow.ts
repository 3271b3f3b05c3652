import { additiveRoles } from '../breakdowns';
import { cellAddress, parseCellAddress } from '../address';
import type { Finding } from '../report';
import { findingText, say } from '../../text/strings';
import { figureColumn, findingAt, type Rule } from './rule';

/**
 * formula-omits-row, like Excel's "formula omits adjacent cells": a total whose formula adds some
 * of its parts but not all, or a typed total in a column whose other totals are formulas.
 */
export const formulaOmitsRow: Rule = {
  id: 'formula-omits-row',
  check(context) {
    const findings: Finding[] = [];
    const full = context.structure.breakdowns.filter((b) => b.kind === 'full' && b.totalUnit.additive);
    for (const role of additiveRoles) {
      const typedTotals: { row: number; column: number }[] = [];
      let formulaTotals = 0;
      for (const breakdown of full) {
        if (breakdown.total.figures[role]?.kind !== 'number') continue;
        const column = figureColumn(context, role);
        const formula = context.formulaAt(breakdown.total.row, column);
        if (formula === null) {
          typedTotals.push({ row: breakdown.total.row, column });
          continue;
        }
        formulaTotals++;
        const referenced = rowsReferenced(formula, column);
        if (referenced === null) continue;
        const partRows = breakdown.parts.map((p) => p.row.row);
        const omitted = partRows.filter((r) => !referenced.has(r));
        if (omitted.length === 0 || omitted.length === partRows.length) continue;
        findings.push(
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
              rows: omitted.join(', '),
            }),
          }),
        );
      }
      if (formulaTotals >= 2 && formulaTotals >= typedTotals.length * 2) {
        for (const typed of typedTotals) {
          findings.push(
            findingAt(context, {
              rule: 'formula-omits-row',
              severity: 'warning',
              row: typed.row,
              column: typed.column,
              role,
              expected: null,
              found: null,
              message: say(context.settings.language, findingText.typedTotal, { cell: cellAddress(typed.row, typed.column) }),
            }),
          );
        }
      }
    }
    return findings;
  },
};

/**
 * The rows a sum formula reads in the total's own column ("=SUM(E20:E22)", "=E20+E21").
 * Null for formulas that read other sheets or are not plain sums: those say nothing about parts.
 */
function rowsReferenced(formula: string, column: number): Set<number> | null {
  const body = formula.replace(/^=/, '').toUpperCase();
  if (body.includes('!') || !/^(SUM\(|\+?\$?[A-Z]{1,3}\$?\d+)/.test(body)) return null;
  if (/[*/^&]/.test(body)) return null;
  const rows = new Set<number>();
  const reference = /(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?/g;
  for (let match = reference.exec(body); match !== null; match = reference.exec(body)) {
    const start = parseCellAddress(match[1]!);
    const end = match[2] ? parseCellAddress(match[2]) : start;
    if (!start || !end) continue;
    if (column < Math.min(start.column, end.column) || column > Math.max(start.column, end.column)) continue;
    for (let r = Math.min(start.row, end.row); r <= Math.max(start.row, end.row); r++) rows.add(r);
  }
  return rows;
}
