import { plainNumber } from '../figures';
import type { TableRow } from '../rows/tableRows';
import { figureColumn, findingOf, ruleMeta, type FindingOf, type RuleContext, type TableRule } from './rule';

/**
 * implausible-figure: a plan or actual about 100 or 1,000 times the row's prior, the published,
 * settled figure: a figure typed in the wrong unit or with a slipped thousands separator. Inferred,
 * so a warning.
 */
const meta = ruleMeta({
  id: 'implausible-figure',
  scope: 'table',
  severity: 'warning',
  description: "A figure about 100 or 1,000 times the row's prior year: likely typed in the wrong unit.",
  messages: {
    scaleSlip: {
      vi: 'Số {{found}} ở ô {{cell}} gấp khoảng {{times}} lần số năm trước {{expected}} của cùng dòng: có thể nhập sai đơn vị hoặc sai dấu phân cách hàng nghìn/thập phân.',
      en: "The figure {{found}} in {{cell}} is about {{times}} times the row's prior-year figure {{expected}}: possibly typed in the wrong unit or with a slipped thousands separator or decimal comma.",
    },
  },
});

/**
 * A slip multiplies by a power of ten exactly; growth rarely lands near one. A factor 1.6 either
 * side (625–1,600 for 1,000) keeps 10× growth and ordinary year-to-year change out of both bands.
 */
const slipFactors = [100, 1000] as const;
const band = 1.6;
/** A prior of 0, 1 or 2 can honestly grow a hundredfold (1 → 120 new enterprises): not compared. */
const smallestPrior = 3;

export const implausibleFigure: TableRule<typeof meta> = {
  meta,
  check(context) {
    const findings: FindingOf<typeof meta>[] = [];
    for (const row of context.rows) {
      // Counts and amounts of things only: a rate, an index or a unitless row may move by any factor.
      if (row.isSection || !row.unit || !row.unit.additive || (row.unit.kind !== 'count' && row.unit.kind !== 'amount')) continue;
      const prior = plainNumber(row.figures.prior);
      if (prior === null || prior < smallestPrior) continue;
      for (const role of ['plan', 'actual'] as const) {
        const finding = slipAt(context, row, role, prior);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};

function slipAt(context: RuleContext, row: TableRow, role: 'plan' | 'actual', prior: number): FindingOf<typeof meta> | null {
  const value = plainNumber(row.figures[role]);
  if (value === null || value <= 0) return null;
  const times = slipFactors.find((factor) => value / prior >= factor / band && value / prior <= factor * band);
  if (times === undefined) return null;
  // A second witness: the row's other figure (plan for the actual, actual for the plan) must sit
  // just as far from this one, or be just as far from the prior itself (both slipped alike).
  const other = plainNumber(row.figures[role === 'plan' ? 'actual' : 'plan']);
  if (other !== null && other > 0 && value / other < times / band && other / prior < times / band) return null;
  return findingOf(meta, context.sheet, {
    messageId: 'scaleSlip',
    row: row.row,
    column: figureColumn(context, role),
    role,
    expected: prior,
    found: value,
    data: { found: value, expected: prior, times },
  });
}
