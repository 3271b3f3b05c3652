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

export function intervalOf(figure: Figure | undefined): Interval | null {
  if (!figure) return null;
  if (figure.kind === 'range') return { low: figure.low, high: figure.high, tolerance: roundingTolerance(figure.decimals) };
  if (figure.kind === 'number' && figure.qualifier === null) {
    return { low: figure.value, high: figure.value, tolerance: roundingTolerance(figure.decimals) };
  }
  return null;
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
