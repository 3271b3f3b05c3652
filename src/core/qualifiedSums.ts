import type { FigureRole } from './report';
import type { BreakdownPart } from './breakdowns';
import type { TableRow } from './rows/tableRows';
import type { Unit } from './units';
import { roundingTolerance, type Figure, type Qualifier } from './values';

/**
 * A total typed with a bound ("trên 4.730", "dưới 1.000") against the sum of its parts, where the
 * parts are exact or approximate ("khoảng 2.289"): the sum of the figures as written can still fall
 * on the wrong side of the bound. Approximate figures never add up exactly, so only the side of the
 * bound is held against the sum, never the figure itself.
 */

/** What a bounded total says of the true figure: at least `low`, or at most `high`. */
export interface TotalBound {
  readonly low: number;
  readonly high: number;
  /** The total as typed ("trên 4.730"), to quote back to the reader. */
  readonly text: string;
}

export interface QualifiedColumnSum {
  readonly total: TotalBound;
  readonly bound: number;
  /** The sum of the parts as written, in the total's unit; a range where a part is a range. */
  readonly sum: { readonly low: number; readonly high: number; readonly tolerance: number };
  /** The approximate parts as typed ("khoảng 2.289"), in sheet order; empty when every part is exact. */
  readonly approximateParts: readonly string[];
}

/** Qualifiers that bound a total from below or from above; "gần 20.000" (nearly) is just under it. */
const lowerBounds: ReadonlySet<Qualifier> = new Set(['over', 'atLeast']);
const upperBounds: ReadonlySet<Qualifier> = new Set(['under', 'atMost', 'nearly']);
/** Qualifiers of a part that is near its figure, either side: the figure is what it adds. */
const approximate: ReadonlySet<Qualifier> = new Set(['about', 'nearly']);

function boundOf(figure: Figure | undefined): { bound: TotalBound; value: number } | null {
  if (figure?.kind !== 'number' || figure.qualifier === null) return null;
  const text = figure.text ?? String(figure.value);
  if (lowerBounds.has(figure.qualifier)) return { bound: { low: figure.value, high: Infinity, text }, value: figure.value };
  if (upperBounds.has(figure.qualifier)) return { bound: { low: -Infinity, high: figure.value, text }, value: figure.value };
  return null;
}

/**
 * A bounded total and the sum of its parts in one column; null unless the total is typed with a
 * bound and every part is exact, a range or approximate (a part that is itself bounded says too little).
 */
export function qualifiedColumnSum(role: FigureRole, total: TableRow, parts: readonly BreakdownPart[], totalUnit: Unit): QualifiedColumnSum | null {
  if (!totalUnit.additive) return null;
  const bounded = boundOf(total.figures[role]);
  if (!bounded) return null;
  let low = 0;
  let high = 0;
  let tolerance = 0;
  const approximateParts: string[] = [];
  for (const part of parts) {
    const figure = part.row.figures[role];
    if (figure?.kind === 'range') {
      low += figure.low * part.factor;
      high += figure.high * part.factor;
    } else if (figure?.kind === 'number' && (figure.qualifier === null || approximate.has(figure.qualifier))) {
      low += figure.value * part.factor;
      high += figure.value * part.factor;
      if (figure.qualifier !== null) approximateParts.push(figure.text ?? String(figure.value));
    } else return null;
    tolerance += roundingTolerance(figure.decimals) * part.factor;
  }
  return { total: bounded.bound, bound: bounded.value, sum: { low, high, tolerance }, approximateParts };
}

/** How far the sum may be from its figures: the parts' rounding, the user's extra slack, and floating point noise. */
function marginOf(column: QualifiedColumnSum, slack: number): number {
  return column.sum.tolerance + slack + 1e-9 * Math.max(1, Math.abs(column.bound));
}

/** Whether the sum of the parts lies beyond the total's bound, past the parts' rounding and the extra slack. */
export function beyondBound(column: QualifiedColumnSum, slack: number): boolean {
  const margin = marginOf(column, slack);
  return column.sum.high + margin < column.total.low || column.sum.low - margin > column.total.high;
}

/** Whether the sum of the parts certainly exceeds the total's upper bound (parts of which, unannounced). */
export function exceedsBound(column: QualifiedColumnSum, slack: number): boolean {
  return column.sum.low - marginOf(column, slack) > column.total.high;
}
