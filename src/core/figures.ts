import type { CheckSettings } from './settings';
import type { Direction, Status, UnitKind } from './report';
import type { Figure } from './values';
import { withoutFloatNoise } from './values/floatNoise';

/** The computed figures of one indicator (docs/domain.md, "What to compute"). */
export interface ComputedFigures {
  percentOfPlan: number | null;
  yoyPercent: number | null;
  yoyPoints: number | null;
  status: Status;
}

export type NumberFigure = Extract<Figure, { kind: 'number' }>;

/** Whether a figure's number is the figure itself: typed as is, or "khoảng" (about) or "gần" (nearly) it. */
export function isPlainNumber(figure: Figure | undefined): figure is NumberFigure {
  return figure?.kind === 'number' && (figure.qualifier === null || figure.qualifier === 'about' || figure.qualifier === 'nearly');
}

export function plainNumber(figure: Figure | undefined): number | null {
  return isPlainNumber(figure) ? figure.value : null;
}

/** A number's value whatever its qualifier ("trên", "dưới", "còn"); null for ranges and text. */
export function qualifiedNumber(figure: Figure | undefined): number | null {
  return figure?.kind === 'number' ? figure.value : null;
}

export function computeFigures(
  input: {
    prior?: Figure;
    plan?: Figure;
    actual?: Figure;
    kind: UnitKind;
    direction: Direction;
    /** A structure ("Cơ cấu kinh tế") or one of its shares: a composition, not a target to reach. */
    describesStructure?: boolean;
  },
  settings: Pick<CheckSettings, 'achievedThreshold' | 'nearlyThreshold'>,
): ComputedFigures {
  // "trên 4.730" keeps its qualifier, but its number is still the figure to compare (docs/domain.md: use the number).
  const actual = qualifiedNumber(input.actual);
  const prior = qualifiedNumber(input.prior);
  const percentOfPlan = input.describesStructure ? null : percentOfPlanOf(input.plan, actual, input.direction);
  // Rates and indexes change in points: "tăng 1%" in a report of rates means one point.
  const inPoints = input.kind === 'rate' || input.kind === 'index';
  return {
    percentOfPlan,
    status: input.describesStructure ? 'no-target' : planStatus(input.plan, input.actual, input.direction, percentOfPlan, settings),
    yoyPoints: inPoints && actual !== null && prior !== null ? withoutFloatNoise(actual - prior) : null,
    yoyPercent: !inPoints && actual !== null && prior !== null && prior !== 0 ? ((actual - prior) / prior) * 100 : null,
  };
}

/**
 * The actual figure as a percent of a plain target. Null where the target is only met or not (a
 * range, "dưới 5", a lower-is-better indicator's) or there is none; a plan of 0 for a
 * higher-is-better indicator is a blank the form filled with zero, not a target.
 */
function percentOfPlanOf(plan: Figure | undefined, actual: number | null, direction: Direction): number | null {
  const target = plainNumber(plan);
  if (actual === null || target === null || target === 0 || direction === 'lower') return null;
  return (actual / target) * 100;
}

/** How the actual figure stands against the plan: by its percent where it has one, else met or not. */
function planStatus(
  plan: Figure | undefined,
  actualFigure: Figure | undefined,
  direction: Direction,
  percentOfPlan: number | null,
  settings: Pick<CheckSettings, 'achievedThreshold' | 'nearlyThreshold'>,
): Status {
  if (percentOfPlan !== null) {
    return percentOfPlan >= settings.achievedThreshold ? 'achieved' : percentOfPlan >= settings.nearlyThreshold ? 'nearly' : 'missed';
  }
  const actual = qualifiedNumber(actualFigure);
  if (!plan || actual === null || (plan.kind !== 'number' && plan.kind !== 'range')) return 'no-target';
  if (plan.kind === 'range') return met(direction === 'lower' ? actual <= plan.high : actual >= plan.low);
  // "<1" against a ceiling of "dưới 1" says the true figure is below 1: the ceiling is met.
  const actualBelow = actualFigure?.kind === 'number' && actualFigure.qualifier === 'under';
  switch (plan.qualifier) {
    case 'under':
      return met(actualBelow ? actual <= plan.value : actual < plan.value);
    case 'atMost':
      return met(actual <= plan.value);
    case 'over':
      return met(actual > plan.value);
    case 'atLeast':
      return met(actual >= plan.value);
    case 'remaining':
      return 'no-target';
    default:
      break;
  }
  if (direction === 'lower') return met(actual <= plan.value);
  // What is left is a plan of 0 for a higher-is-better indicator (see percentOfPlanOf).
  return 'no-target';
}

/** A target that is met or not; no percent is computed against it. */
function met(ok: boolean): Status {
  return ok ? 'achieved' : 'missed';
}
