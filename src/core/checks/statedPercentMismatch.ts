import type { Finding } from '../report';
import { plainNumber } from '../figures';
import { roundingTolerance } from '../values';
import { findingText, say } from '../../text/strings';
import { cellAddress } from '../address';
import type { TableRow } from '../rows/tableRows';
import { extraTolerance, findingAt, show, type Rule, type RuleContext } from './rule';

/** How a column writes a ratio r = actual / base: 101,28 (percent), 1,0128 (ratio), or +1,28 (growth). */
type Scale = 'percent' | 'ratio' | 'growth';
const scaleOf: Record<Scale, (ratio: number) => number> = {
  percent: (r) => r * 100,
  ratio: (r) => r,
  growth: (r) => (r - 1) * 100,
};
const toPercent: Record<Scale, (stated: number) => number> = {
  percent: (s) => s,
  ratio: (s) => s * 100,
  growth: (s) => s + 100,
};

interface Comparison {
  row: TableRow;
  column: number;
  stated: number;
  statedTolerance: number;
  /** actual / base, and its relative uncertainty from the rounding of both. */
  ratios: number[];
  relativeError: number;
}

/**
 * stated-percent-mismatch: a stated "So sánh" figure that the row's own figures do not give.
 * The scale (percent, ratio, growth) is inferred per column from the rows that agree.
 */
export const statedPercentMismatch: Rule = {
  id: 'stated-percent-mismatch',
  check(context) {
    return [
      ...checkColumn(context, 'statedPercentOfPlan', 'plan', ['percent', 'ratio']),
      ...checkColumn(context, 'statedYoY', 'prior', ['percent', 'ratio', 'growth']),
    ];
  },
};

function checkColumn(
  context: RuleContext,
  role: 'statedPercentOfPlan' | 'statedYoY',
  baseRole: 'plan' | 'prior',
  scales: readonly Scale[],
): Finding[] {
  const comparisons = context.rows.flatMap((row) => comparisonOf(context, row, role, baseRole));
  if (comparisons.length === 0) return [];
  const matches = (c: Comparison, scale: Scale): boolean =>
    c.ratios.some((r) => {
      const expected = scaleOf[scale](r);
      const tolerance = c.statedTolerance + Math.abs(scale === 'growth' ? r * 100 : expected) * c.relativeError + extraTolerance(context, 0);
      return Math.abs(c.stated - expected) <= tolerance + 1e-9 * Math.max(1, Math.abs(expected));
    });
  // The scale most rows agree with (the first listed wins a tie); none agreeing: judge by size.
  const agreeing = scales.map((scale) => comparisons.filter((c) => matches(c, scale)).length);
  const best = agreeing.indexOf(Math.max(...agreeing));
  const chosen = agreeing[best]! > 0 ? scales[best]! : guessScale(comparisons);

  return comparisons
    .filter((c) => !matches(c, chosen))
    .map((c) => {
      const expected = scaleOf.percent(c.ratios[0]!);
      const found = toPercent[chosen](c.stated);
      const entry = role === 'statedPercentOfPlan' ? findingText.statedPercentOfPlanMismatch : findingText.statedYoYMismatch;
      return findingAt(context, {
        rule: 'stated-percent-mismatch',
        severity: 'error',
        row: c.row.row,
        column: c.column,
        role,
        expected,
        found,
        message: say(context.settings.language, entry, {
          cell: cellAddress(c.row.row, c.column),
          expected: show(context, Math.round(expected * 100) / 100),
          found: show(context, found),
        }),
      });
    });
}

function comparisonOf(context: RuleContext, row: TableRow, role: 'statedPercentOfPlan' | 'statedYoY', baseRole: 'plan' | 'prior'): Comparison[] {
  const statedFigure = row.figures[role];
  const actualFigure = row.figures.actual?.figure;
  const baseFigure = row.figures[baseRole]?.figure;
  const stated = plainNumber(statedFigure?.figure);
  const actual = plainNumber(actualFigure);
  const base = plainNumber(baseFigure);
  if (!statedFigure || stated === null || actual === null || base === null || base === 0 || actual === 0) return [];
  const decimals = (f: typeof actualFigure): number => (f?.kind === 'number' ? f.decimals : 0);
  const ratios = [actual / base];
  // Some offices state lower-is-better indicators the other way round (plan / actual).
  if (baseRole === 'plan' && context.directions.get(row.row) === 'lower') ratios.push(base / actual);
  return [
    {
      row,
      column: statedFigure.column,
      stated,
      statedTolerance: roundingTolerance(decimals(statedFigure.figure)),
      ratios,
      relativeError: roundingTolerance(decimals(actualFigure)) / Math.abs(actual) + roundingTolerance(decimals(baseFigure)) / Math.abs(base),
    },
  ];
}

/** No row agrees with any scale: judge by size (ratios sit near 1, percents near 100). */
function guessScale(comparisons: readonly Comparison[]): Scale {
  const sorted = comparisons.map((c) => Math.abs(c.stated)).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]! < 5 ? 'ratio' : 'percent';
}
