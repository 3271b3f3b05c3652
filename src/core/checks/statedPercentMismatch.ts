import type { Finding } from '../report';
import { plainNumber } from '../figures';
import { roundingTolerance } from '../values';
import { findingText, say } from '../../text/strings';
import { cellAddress } from '../address';
import type { TableRow } from '../rows/tableRows';
import type { Figure } from '../values';
import { extraTolerance, figureColumn, findingAt, show, type Rule, type RuleContext } from './rule';

/** How a column writes a ratio r = actual / base: 101,28 (percent), 1,0128 (ratio), or +1,28 (growth). */
type Scale = 'percent' | 'ratio' | 'growth';

/** The ratio as the scale writes it (a switch, not a table of functions: it runs per row and scale). */
function written(ratio: number, scale: Scale): number {
  switch (scale) {
    case 'percent':
      return ratio * 100;
    case 'ratio':
      return ratio;
    case 'growth':
      return (ratio - 1) * 100;
  }
}

const toPercent: Record<Scale, (stated: number) => number> = {
  percent: (s) => s,
  ratio: (s) => s * 100,
  growth: (s) => s + 100,
};

interface Comparison {
  row: TableRow;
  stated: number;
  statedTolerance: number;
  /** actual / base, and its relative uncertainty from the rounding of both. */
  ratio: number;
  /** base / actual, for a lower-is-better row stated the other way round; null for any other. */
  reversedRatio: number | null;
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
  const comparisons: Comparison[] = [];
  for (const row of context.rows) {
    const comparison = comparisonOf(context, row, role, baseRole);
    if (comparison) comparisons.push(comparison);
  }
  if (comparisons.length === 0) return [];
  const column = figureColumn(context, role);
  const slack = extraTolerance(context, 0);
  // The scale most rows agree with (the first listed wins a tie); none agreeing: judge by size.
  const agreeing = scales.map((scale) => countExplained(comparisons, scale, slack));
  const best = agreeing.indexOf(Math.max(...agreeing));
  const chosen = agreeing[best]! > 0 ? scales[best]! : guessScale(comparisons);

  const findings: Finding[] = [];
  for (const c of comparisons) {
    if (explains(c, chosen, slack)) continue;
    const expected = written(c.ratio, 'percent');
    const found = toPercent[chosen](c.stated);
    const entry = role === 'statedPercentOfPlan' ? findingText.statedPercentOfPlanMismatch : findingText.statedYoYMismatch;
    findings.push(
      findingAt(context, {
        rule: 'stated-percent-mismatch',
        severity: 'error',
        row: c.row.row,
        column,
        role,
        expected,
        found,
        message: say(context.settings.language, entry, {
          cell: cellAddress(c.row.row, column),
          expected: show(context, Math.round(expected * 100) / 100),
          found: show(context, found),
        }),
      }),
    );
  }
  return findings;
}

function countExplained(comparisons: readonly Comparison[], scale: Scale, slack: number): number {
  let count = 0;
  for (const c of comparisons) if (explains(c, scale, slack)) count++;
  return count;
}

/** Whether the stated figure is one of the row's ratios written in the scale, within rounding. */
function explains(c: Comparison, scale: Scale, slack: number): boolean {
  return agreesWithRatio(c, scale, c.ratio, slack) || (c.reversedRatio !== null && agreesWithRatio(c, scale, c.reversedRatio, slack));
}

function agreesWithRatio(c: Comparison, scale: Scale, ratio: number, slack: number): boolean {
  const expected = written(ratio, scale);
  const tolerance = c.statedTolerance + Math.abs(scale === 'growth' ? ratio * 100 : expected) * c.relativeError + slack;
  return Math.abs(c.stated - expected) <= tolerance + 1e-9 * Math.max(1, Math.abs(expected));
}

function comparisonOf(context: RuleContext, row: TableRow, role: 'statedPercentOfPlan' | 'statedYoY', baseRole: 'plan' | 'prior'): Comparison | null {
  const statedFigure = row.figures[role];
  // A row without a stated figure is passed over before its other figures are read.
  const stated = plainNumber(statedFigure);
  if (stated === null) return null;
  const actualFigure = row.figures.actual;
  const baseFigure = row.figures[baseRole];
  const actual = plainNumber(actualFigure);
  const base = plainNumber(baseFigure);
  if (actual === null || base === null || base === 0 || actual === 0) return null;
  return {
    row,
    stated,
    statedTolerance: roundingTolerance(decimalsOf(statedFigure)),
    ratio: actual / base,
    // Some offices state lower-is-better indicators the other way round (plan / actual).
    reversedRatio: baseRole === 'plan' && context.directions.get(row.row) === 'lower' ? base / actual : null,
    relativeError: roundingTolerance(decimalsOf(actualFigure)) / Math.abs(actual) + roundingTolerance(decimalsOf(baseFigure)) / Math.abs(base),
  };
}

function decimalsOf(figure: Figure | undefined): number {
  return figure?.kind === 'number' ? figure.decimals : 0;
}

/** No row agrees with any scale: judge by size (ratios sit near 1, percents near 100). */
function guessScale(comparisons: readonly Comparison[]): Scale {
  const sorted = comparisons.map((c) => Math.abs(c.stated)).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]! < 5 ? 'ratio' : 'percent';
}
