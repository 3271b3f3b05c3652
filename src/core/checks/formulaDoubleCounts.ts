import { additiveRoles } from '../breakdowns';
import { isSummable, lowOf } from '../interval';
import type { FigureRole } from '../report';
import type { TableRow } from '../rows/tableRows';
import { figureColumn, findingOf, ruleMeta, type FindingOf, type RuleContext, type TableRule } from './rule';

/**
 * formula-double-counts: a total's formula adds a subtotal together with that subtotal's own parts
 * (U91 = SUM(U92:U106) where U92 = SUM(U93:U100)), so those parts count twice. The formula itself
 * is the evidence: an error.
 */
const meta = ruleMeta({
  id: 'formula-double-counts',
  scope: 'table',
  severity: 'error',
  description: "A total's formula adds a subtotal together with its own parts.",
  messages: {
    countsTwice: {
      vi: 'Công thức ở ô {{cell}} cộng cả dòng {{subtotals}} lẫn các dòng thành phần của nó ({{parts}}), nên các dòng này bị tính hai lần: không tính trùng thì tổng là {{expected}}, không phải {{found}}.',
      en: 'The formula in {{cell}} adds row {{subtotals}} together with its own parts ({{parts}}), so they count twice: without counting them twice the total is {{expected}}, not {{found}}.',
    },
  },
});

export const formulaDoubleCounts: TableRule<typeof meta> = {
  meta,
  check(context) {
    const findings: FindingOf<typeof meta>[] = [];
    const byRow = new Map(context.rows.map((row) => [row.row, row]));
    for (const total of context.rows) {
      const byColumn = context.formulaSums.get(total.row);
      if (!byColumn) continue;
      for (const role of additiveRoles) {
        const column = context.layout.columns[role];
        const added = column === undefined ? undefined : byColumn.get(column);
        if (!added) continue;
        const finding = doubleCount(context, total, role, added, byRow);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};

function doubleCount(
  context: RuleContext,
  total: TableRow,
  role: FigureRole,
  added: readonly number[],
  byRow: ReadonlyMap<number, TableRow>,
): FindingOf<typeof meta> | null {
  const column = figureColumn(context, role);
  const subtotals: number[] = [];
  const twice = new Set<number>();
  for (const row of added) {
    const own = context.formulaSums.get(row)?.get(column) ?? [];
    const counted = own.filter((part) => added.includes(part));
    if (counted.length === 0) continue;
    subtotals.push(row);
    for (const part of counted) twice.add(part);
  }
  if (subtotals.length === 0) return null;
  // The parts the sheet's structure gives the total; without it, the rows added less those counted twice.
  const parts = context.formulaParts.get(total.row) ?? added.filter((row) => !twice.has(row));
  const found = valueOf(total, role);
  const expected = sumOf(parts, role, byRow);
  if (found === null || expected === null) return null;
  return findingOf(meta, context.sheet, {
    messageId: 'countsTwice',
    row: total.row,
    column,
    role,
    expected,
    found,
    data: { subtotals: subtotals.join(', '), parts: [...twice].join(', '), expected, found },
  });
}

function valueOf(row: TableRow | undefined, role: FigureRole): number | null {
  const figure = row?.figures[role];
  return isSummable(figure) ? lowOf(figure) : null;
}

/** The sum of the rows' figures (an empty cell adds nothing); null when one cannot be added or none is there. */
function sumOf(rows: readonly number[], role: FigureRole, byRow: ReadonlyMap<number, TableRow>): number | null {
  let sum = 0;
  let figures = 0;
  for (const row of rows) {
    const figure = byRow.get(row)?.figures[role];
    if (figure === undefined) continue;
    if (!isSummable(figure)) return null;
    sum += lowOf(figure);
    figures++;
  }
  return figures > 0 ? sum : null;
}
