import type { CheckSettings } from './settings';
import type { Direction, Status, UnitKind } from './report';
import type { Figure } from './values';
import { withoutFloatNoise } from './values/floatNoise';

/** The computed figures of one indicator (domain.md, "What to compute"). */
export interface ComputedFigures {
  percentOfPlan: number | null;
  yoyPercent: number | null;
  yoyPoints: number | null;
  status: Status;
}

export function plainNumber(figure: Figure | undefined): number | null {
  if (!figure || figure.kind !== 'number') return null;
  return figure.qualifier === null || figure.qualifier === 'about' || figure.qualifier === 'nearly' ? figure.value : null;
}

/** A number's value whatever its qualifier ("trên", "dưới", "còn"); null for ranges and text. */
export function qualifiedNumber(figure: Figure | undefined): number | null {
  return figure?.kind === 'number' ? figure.value : null;
}

export function computeFigures(
  input: { prior?: Figure; plan?: Figure; actual?: Figure; kind: UnitKind; direction: Direction },
  settings: Pick<CheckSettings, 'achievedThreshold' | 'nearlyThreshold'>,
): ComputedFigures {
  // "trên 4.730" keeps its qualifier, but its number is still the figure to compare (domain.md: use the number).
  const actual = qualifiedNumber(input.actual);
  const prior = qualifiedNumber(input.prior);
  const { percentOfPlan, status } = planFigures(input.plan, actual, input.direction, settings);
  // Rates and indexes change in points: "tăng 1%" in a report of rates means one point.
  const inPoints = input.kind === 'rate' || input.kind === 'index';
  return {
    percentOfPlan,
    status,
    yoyPoints: inPoints && actual !== null && prior !== null ? withoutFloatNoise(actual - prior) : null,
    yoyPercent: !inPoints && actual !== null && prior !== null && prior !== 0 ? ((actual - prior) / prior) * 100 : null,
  };
}

function planFigures(
  plan: Figure | undefined,
  actual: number | null,
  direction: Direction,
  settings: Pick<CheckSettings, 'achievedThreshold' | 'nearlyThreshold'>,
): { percentOfPlan: number | null; status: Status } {
  if (!plan || actual === null || (plan.kind !== 'number' && plan.kind !== 'range')) return { percentOfPlan: null, status: 'no-target' };
  if (plan.kind === 'range') return met(direction === 'lower' ? actual <= plan.high : actual >= plan.low);
  switch (plan.qualifier) {
    case 'under':
      return met(actual < plan.value);
    case 'atMost':
      return met(actual <= plan.value);
    case 'over':
      return met(actual > plan.value);
    case 'atLeast':
      return met(actual >= plan.value);
    case 'remaining':
      return { percentOfPlan: null, status: 'no-target' };
    default:
      break;
  }
  if (direction === 'lower') return met(actual <= plan.value);
  // A plan of 0 for a higher-is-better indicator is a blank the form filled with zero, not a target.
  if (plan.value === 0) return { percentOfPlan: null, status: 'no-target' };
  const percentOfPlan = (actual / plan.value) * 100;
  const status: Status =
    percentOfPlan >= settings.achievedThreshold ? 'achieved' : percentOfPlan >= settings.nearlyThreshold ? 'nearly' : 'missed';
  return { percentOfPlan, status };
}

/** A target that is met or not; no percent is computed against it. */
function met(ok: boolean): { percentOfPlan: null; status: Status } {
  return { percentOfPlan: null, status: ok ? 'achieved' : 'missed' };
}
