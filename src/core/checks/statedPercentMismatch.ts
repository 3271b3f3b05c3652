import { isPlainNumber, type NumberFigure } from '../figures';
import { roundingTolerance } from '../values';
import type { TableRow } from '../rows/tableRows';
import { extraTolerance, figureColumn, findingOf, ruleMeta, type FindingOf, type RuleContext, type TableRule } from './rule';

/** How a column writes a ratio r = actual / base: 101,28 (percent), 1,0128 (ratio), or +1,28 (growth). */
type Scale = 'percent' | 'ratio' | 'growth';

/**
 * The ratio as the scale writes it. One expression, not a switch: it runs per row and scale, and a
 * switch may fall through to undefined as far as the engine knows, which makes each result a boxed
 * number, allocated.
 */
function written(ratio: number, scale: Scale): number {
  return scale === 'percent' ? ratio * 100 : scale === 'ratio' ? ratio : (ratio - 1) * 100;
}

const toPercent: Record<Scale, (stated: number) => number> = {
  percent: (s) => s,
  ratio: (s) => s * 100,
  growth: (s) => s + 100,
};

type StatedRole = 'statedPercentOfPlan' | 'statedYoY';
type BaseRole = 'plan' | 'prior';

/** A row's stated figure against one of its ratios. */
interface Comparison {
  stated: number;
  statedTolerance: number;
  ratio: number;
  /** The ratio's relative uncertainty, from the rounding of both its figures. */
  relativeError: number;
}

/** The scales that explain a row, by their place in the column's list: bit i is set when scales[i] does. */
type ScaleSet = number;

function includesScale(set: ScaleSet, index: number): boolean {
  return (set & (1 << index)) !== 0;
}

/**
 * stated-percent-mismatch: a stated "So sánh" figure that the row's own figures do not give.
 * The scale (percent, ratio, growth) is inferred per column from the rows that agree.
 */
const meta = ruleMeta({
  id: 'stated-percent-mismatch',
  scope: 'table',
  severity: { percentOfPlan: 'error', yearOnYear: 'error', comparisonUnsettled: 'info' },
  description: "A stated percentage is not what the row's own figures give.",
  messages: {
    percentOfPlan: {
      vi: 'Tỷ lệ so với kế hoạch ghi ở ô {{cell}} là {{found}}%, nhưng thực hiện/kế hoạch của dòng này là {{expected}}%: sửa lại tỷ lệ hoặc số liệu.',
      en: "The stated percent of plan in {{cell}} is {{found}}%, but this row's actual/plan is {{expected}}%: correct the percentage or the figures.",
    },
    yearOnYear: {
      vi: 'Tỷ lệ so với cùng kỳ ghi ở ô {{cell}} là {{found}}%, nhưng thực hiện/năm trước của dòng này là {{expected}}%: sửa lại tỷ lệ hoặc số liệu.',
      en: "The stated year-on-year index in {{cell}} is {{found}}%, but this row's actual/prior is {{expected}}%: correct the percentage or the figures.",
    },
    comparisonUnsettled: {
      vi: 'Cột so sánh ở ô {{cell}} không ghi so với kế hoạch hay cùng kỳ, và số liệu không cho thấy rõ: chỉ {{agreeing}}/{{comparable}} dòng khớp một cách tính, nên cột này không được kiểm tra.',
      en: 'The comparison column at {{cell}} does not say whether it is against the plan or the prior year, and the figures do not show it clearly: only {{agreeing}} of {{comparable}} rows agree with one ratio, so the column is not checked.',
    },
  },
});

type StatedPercentFinding = FindingOf<typeof meta>;

export const statedPercentMismatch: TableRule<typeof meta> = {
  meta,
  check(context) {
    return [
      ...checkColumn(context, 'statedPercentOfPlan', 'plan', ['percent', 'ratio']),
      ...checkColumn(context, 'statedYoY', 'prior', ['percent', 'ratio', 'growth']),
      ...context.layout.unsettledComparisons.map(({ column, agreeing, comparable }) =>
        findingOf(meta, context.sheet, {
          messageId: 'comparisonUnsettled',
          // On the column's lowest header cell, where its heading is read.
          row: context.layout.headerRows[context.layout.headerRows.length - 1]!,
          column,
          expected: null,
          found: null,
          data: { agreeing, comparable },
        }),
      ),
    ];
  },
};

function checkColumn(context: RuleContext, role: StatedRole, baseRole: BaseRole, scales: readonly Scale[]): StatedPercentFinding[] {
  const slack = extraTolerance(context, 0);
  // Each row keeps only which scales explain it, not its comparison: that is worked out again for
  // the few rows that become findings, so the many others allocate nothing.
  const explainedBy = context.rows.map((row) => scalesExplaining(context, row, role, baseRole, scales, slack));
  if (explainedBy.every((explained) => explained === null)) return [];
  // The scale most rows agree with (the first listed wins a tie); none agreeing: judge by size.
  const agreeing = scales.map((_, i) => countExplained(explainedBy, i));
  const best = agreeing.indexOf(Math.max(...agreeing));
  const chosen = agreeing[best]! > 0 ? best : scales.indexOf(guessScale(context, explainedBy, role, baseRole));

  const findings: StatedPercentFinding[] = [];
  context.rows.forEach((row, i) => {
    const explained = explainedBy[i]!;
    if (explained === null || includesScale(explained, chosen)) return;
    findings.push(mismatch(context, row, role, comparisonAt(row, role, baseRole), scales[chosen]!));
  });
  return findings;
}

function mismatch(context: RuleContext, row: TableRow, role: StatedRole, c: Comparison, scale: Scale): StatedPercentFinding {
  const expected = written(c.ratio, 'percent');
  const found = toPercent[scale](c.stated);
  return findingOf(meta, context.sheet, {
    messageId: role === 'statedPercentOfPlan' ? 'percentOfPlan' : 'yearOnYear',
    row: row.row,
    column: figureColumn(context, role),
    role,
    expected,
    found,
    // The message shows the ratio worked out to 2 decimals; the finding keeps it whole.
    data: { expected: Math.round(expected * 100) / 100, found },
  });
}

/** The scales in which the row's stated figure is one of its ratios; null when it has nothing to compare. */
function scalesExplaining(context: RuleContext, row: TableRow, role: StatedRole, baseRole: BaseRole, scales: readonly Scale[], slack: number): ScaleSet | null {
  const stated = row.figures[role];
  // A row without a stated figure is passed over before its other figures are read.
  if (!isPlainNumber(stated)) return null;
  const actual = row.figures.actual;
  const base = row.figures[baseRole];
  if (!isPlainNumber(actual) || !isPlainNumber(base) || actual.value === 0 || base.value === 0) return null;
  const explained = scalesAgreeing(comparisonOf(stated, actual, base), scales, slack);
  // Some offices state lower-is-better indicators the other way round (plan / actual).
  const eitherWay = baseRole === 'plan' && context.directions.get(row.row) === 'lower';
  return eitherWay ? explained | scalesAgreeing(comparisonOf(stated, base, actual), scales, slack) : explained;
}

function scalesAgreeing(c: Comparison, scales: readonly Scale[], slack: number): ScaleSet {
  let agreeing = 0;
  for (let i = 0; i < scales.length; i++) if (agrees(c, scales[i]!, slack)) agreeing |= 1 << i;
  return agreeing;
}

function countExplained(explainedBy: readonly (ScaleSet | null)[], scale: number): number {
  let count = 0;
  for (const explained of explainedBy) if (explained !== null && includesScale(explained, scale)) count++;
  return count;
}

/** Whether the stated figure is the ratio written in the scale, within rounding. */
function agrees(c: Comparison, scale: Scale, slack: number): boolean {
  const expected = written(c.ratio, scale);
  const tolerance = c.statedTolerance + Math.abs(scale === 'growth' ? c.ratio * 100 : expected) * c.relativeError + slack;
  return Math.abs(c.stated - expected) <= tolerance + 1e-9 * Math.max(1, Math.abs(expected));
}

/**
 * The stated figure against actual / base (or, given them the other way round, base / actual: the
 * relative error is the same). Built where it is used and never stored, so that the engine can keep
 * its numbers in registers instead of allocating it.
 */
function comparisonOf(stated: NumberFigure, actual: NumberFigure, base: NumberFigure): Comparison {
  return {
    stated: stated.value,
    statedTolerance: roundingTolerance(stated.decimals),
    ratio: actual.value / base.value,
    relativeError: roundingTolerance(actual.decimals) / Math.abs(actual.value) + roundingTolerance(base.decimals) / Math.abs(base.value),
  };
}

/** The comparison on a row that scalesExplaining() did not pass over: its three figures are plain numbers. */
function comparisonAt(row: TableRow, role: StatedRole, baseRole: BaseRole): Comparison {
  return comparisonOf(row.figures[role] as NumberFigure, row.figures.actual as NumberFigure, row.figures[baseRole] as NumberFigure);
}

/** No row agrees with any scale: judge by size (ratios sit near 1, percents near 100). */
function guessScale(context: RuleContext, explainedBy: readonly (ScaleSet | null)[], role: StatedRole, baseRole: BaseRole): Scale {
  const compared = context.rows.filter((_, i) => explainedBy[i] !== null);
  const sorted = compared.map((row) => Math.abs(comparisonAt(row, role, baseRole).stated)).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]! < 5 ? 'ratio' : 'percent';
}
