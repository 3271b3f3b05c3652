import type { NumberRange } from './report';
import type { Figure } from './values';
import { roundingTolerance } from './values';

/**
 * A figure as an interval of what it may be, with the rounding it was shown at: a range "120-150"
 * is [120, 150]; a plain number is a point. Qualified figures ("trên 4.730") are not exact enough
 * to add up and give null.
 */
export interface Interval {
  readonly low: number;
  readonly high: number;
  /** Half a unit of the last decimal shown. */
  readonly tolerance: number;
}

/** A figure that is exact enough to add up: a range, or a number without a qualifier. */
export type SummableFigure = Extract<Figure, { kind: 'range' }> | (Extract<Figure, { kind: 'number' }> & { qualifier: null });

export function isSummable(figure: Figure | undefined): figure is SummableFigure {
  return figure !== undefined && (figure.kind === 'range' || (figure.kind === 'number' && figure.qualifier === null));
}

/** The bounds of a summable figure, read without building its interval (sums read many). */
export const lowOf = (figure: SummableFigure): number => (figure.kind === 'range' ? figure.low : figure.value);
export const highOf = (figure: SummableFigure): number => (figure.kind === 'range' ? figure.high : figure.value);

export function intervalOf(figure: Figure | undefined): Interval | null {
  if (!isSummable(figure)) return null;
  return { low: lowOf(figure), high: highOf(figure), tolerance: roundingTolerance(figure.decimals) };
}

export function sumIntervals(parts: readonly Interval[]): Interval {
  return parts.reduce((a, b) => ({ low: a.low + b.low, high: a.high + b.high, tolerance: a.tolerance + b.tolerance }), {
    low: 0,
    high: 0,
    tolerance: 0,
  });
}

/** Floating point noise: 43.7 + 44.2 + 43.4 is 131.29999999999998, which is 131.3. */
function floatSlack(a: Interval, b: Interval): number {
  return 1e-9 * Math.max(1, Math.abs(a.high), Math.abs(b.high));
}

/** Whether two shown figures can be the same true figure. */
export function agrees(a: Interval, b: Interval, extraTolerance = 0): boolean {
  const slack = a.tolerance + b.tolerance + extraTolerance + floatSlack(a, b);
  return a.low <= b.high + slack && b.low <= a.high + slack;
}

/** Whether a is certainly larger than b, beyond rounding. */
export function exceeds(a: Interval, b: Interval, extraTolerance = 0): boolean {
  return a.low > b.high + a.tolerance + b.tolerance + extraTolerance + floatSlack(a, b);
}

/** One number to report for an interval: its value, or its middle for a range. */
export function representative(interval: Interval): number {
  return (interval.low + interval.high) / 2;
}

/** An interval as a message shows it: one figure, or its two ends where a range part makes it a range of sums. */
export function shownFigure(interval: Interval): number | NumberRange {
  return interval.low === interval.high ? interval.low : { low: interval.low, high: interval.high };
}
