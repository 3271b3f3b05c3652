import { additiveRoles } from '../breakdowns';
import { plainNumber } from '../figures';
import type { TableRow } from '../rows/tableRows';
import { namesSignedQuantity } from '../signedQuantity';
import { knownUnit } from '../units';
import { figureColumn, findingOf, ruleMeta, type FindingOf, type RuleContext, type TableRule } from './rule';

/**
 * implausible-figure: a figure the row's own figures or unit say cannot be: a plan or actual about
 * 100 or 1,000 times the row's prior (a wrong unit, a slipped thousands separator); an actual more
 * than 5 times its plan and its prior alike; a negative count, area or output. Inferred, so a warning.
 */
const meta = ruleMeta({
  id: 'implausible-figure',
  scope: 'table',
  severity: 'warning',
  description: "A figure about 100 or 1,000 times the row's prior, an actual over 5 times both its plan and its prior, or a negative count.",
  messages: {
    scaleSlip: {
      vi: 'Số {{found}} ở ô {{cell}} gấp khoảng {{times}} lần số năm trước {{expected}} của cùng dòng: có thể nhập sai đơn vị hoặc sai dấu phân cách hàng nghìn/thập phân.',
      en: "The figure {{found}} in {{cell}} is about {{times}} times the row's prior-year figure {{expected}}: possibly typed in the wrong unit or with a slipped thousands separator or decimal comma.",
    },
    farAbovePlan: {
      vi: 'Số thực hiện {{found}} ở ô {{cell}} bằng {{percentOfPlan}}% kế hoạch {{expected}} và gấp {{priorTimes}} lần số năm trước {{prior}} của cùng dòng: có thể nhập sai đơn vị, sai dấu phân cách, hoặc nhầm dòng; nếu đúng, nên ghi chú lý do.',
      en: "The actual {{found}} in {{cell}} is {{percentOfPlan}}% of the plan {{expected}} and {{priorTimes}} times the row's prior-year figure {{prior}}: possibly typed in the wrong unit, with a slipped separator, or on the wrong row; if right, a note should say why.",
    },
    negativeCount: {
      vi: 'Số âm {{found}} ở ô {{cell}} trên dòng tính bằng "{{unit}}": số lượng, diện tích, sản lượng không thể âm. Có thể đã gõ nhầm dấu trừ, hoặc dán vào số chênh lệch (tăng/giảm) thay cho số của kỳ.',
      en: 'The negative figure {{found}} in {{cell}} is on a row counted in "{{unit}}": a count, an area or an output cannot be below zero. A minus may have been typed by mistake, or a difference (increase/decrease) pasted in place of the period\'s figure.',
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
/** Above 500 % of plan, an actual is far out of line with what the office planned. */
const farAbovePlanTimes = 5;
/**
 * A handful of things planned may honestly end as several handfuls (2 new cooperatives planned,
 * 12 founded): the plan and the prior must both count at least this many for the row's scale to
 * be settled.
 */
const smallestSettledFigure = 10;

export const implausibleFigure: TableRule<typeof meta> = {
  meta,
  check(context) {
    const findings: FindingOf<typeof meta>[] = [];
    const relatives = relativesIn(context);
    for (const row of context.rows) {
      if (row.isSection || !row.unit) continue;
      // The figures are looked at before the label and unit are read: most rows' figures leave nothing to ask them.
      if (row.unit.kind === 'count') {
        const negatives = negativeCounts(context, row);
        if (negatives.length > 0 && knownUnit(row.unit.text) && !namesSignedQuantity(row.label)) findings.push(...negatives);
      }
      // Counts and amounts of things only: a rate, an index or a unitless row may move by any factor.
      if (!row.unit.additive || (row.unit.kind !== 'count' && row.unit.kind !== 'amount')) continue;
      const prior = plainNumber(row.figures.prior);
      if (prior === null || prior < smallestPrior) continue;
      const slips = (['plan', 'actual'] as const).flatMap((role) => slipAt(context, row, role, prior) ?? []);
      findings.push(...slips);
      // A slip already found says it all.
      const farAbovePlan = slips.some((slip) => slip.column === 'actual') ? null : farAbovePlanAt(context, row, prior, relatives);
      if (farAbovePlan) findings.push(farAbovePlan);
    }
    return findings;
  },
};

function negativeCounts(context: RuleContext, row: TableRow): FindingOf<typeof meta>[] {
  return additiveRoles.flatMap((role) => {
    const value = plainNumber(row.figures[role]);
    if (value === null || value >= 0) return [];
    return [
      findingOf(meta, context.sheet, {
        messageId: 'negativeCount',
        row: row.row,
        column: figureColumn(context, role),
        role,
        expected: null,
        found: value,
        data: { found: value, unit: row.unit!.text },
      }),
    ];
  });
}

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

/**
 * An actual above 500 % of its plan, confirmed twice: the prior is as far below it (the plan and
 * the prior agree on the row's scale, the actual alone leaves it), and the row's block stays
 * where it was planned. A real change moves its block (more area, more output; a commune's
 * new figures raise the crop and its measures); a slip moves one cell. Without a prior, or
 * without a relative that kept to its plan, a plan set low and a slip look alike.
 */
function farAbovePlanAt(context: RuleContext, row: TableRow, prior: number, relativesOf: (row: TableRow) => TableRow[]): FindingOf<typeof meta> | null {
  const plan = plainNumber(row.figures.plan);
  const actual = plainNumber(row.figures.actual);
  if (plan === null || actual === null || Math.min(plan, prior) < smallestSettledFigure) return null;
  if (actual <= farAbovePlanTimes * plan || actual <= farAbovePlanTimes * prior) return null;
  // A change may move by any factor (+2 planned, +12 reached).
  if (namesSignedQuantity(row.label)) return null;
  const moves = relativesOf(row).map(planMove).filter((move) => move !== null);
  if (!moves.includes('kept') || moves.includes('moved')) return null;
  return findingOf(meta, context.sheet, {
    messageId: 'farAbovePlan',
    row: row.row,
    column: figureColumn(context, 'actual'),
    role: 'actual',
    expected: plan,
    found: actual,
    data: { found: actual, expected: plan, prior, percentOfPlan: Math.round((100 * actual) / plan), priorTimes: Math.round((10 * actual) / prior) / 10 },
  });
}

/**
 * A relative moved with the row when its actual is at least half as far above its plan, or
 * stands where its plan is 0; it kept to its plan when its actual is within that of the plan.
 */
const movedWithRow = farAbovePlanTimes / 2;

function planMove(row: TableRow): 'moved' | 'kept' | null {
  const plan = plainNumber(row.figures.plan);
  const actual = plainNumber(row.figures.actual);
  if (plan === null || actual === null || plan < 0 || actual < 0) return null;
  if (plan === 0) return actual > 0 ? 'moved' : null;
  return actual / plan >= movedWithRow || plan / actual >= movedWithRow ? 'moved' : 'kept';
}

/** A row's block: its children, its parent and its parent's other children. */
function relativesIn(context: RuleContext): (row: TableRow) => TableRow[] {
  const parents = new Map<number, TableRow>();
  for (const row of context.rows) for (const child of context.childrenOf.get(row.row) ?? []) parents.set(child.row, row);
  return (row) => {
    const parent = parents.get(row.row);
    const siblings = parent ? (context.childrenOf.get(parent.row) ?? []).filter((sibling) => sibling !== row) : [];
    return [...(context.childrenOf.get(row.row) ?? []), ...(parent ? [parent] : []), ...siblings];
  };
}
