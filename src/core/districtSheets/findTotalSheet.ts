/**
 * Which sheet of a set with the same indicators is the total of the others: the one named so
 * ("Toàn tỉnh", "Tổng hợp", "TH"…), or else the one whose figures equal the sum of the others for
 * most additive indicators. Null when neither says so: sheets per year or per quarter share their
 * indicators too, and none of them is a total.
 */
import type { IndicatorResult } from '../report';
import { isTotalName } from '../totalNames';
import { additiveFactors, type UnitOf } from './matchIndicators';

const roles = ['prior', 'plan', 'actual'] as const;

/** Agreement close enough to recognise a total; the finding itself uses the rounding shown. */
const RELATIVE_SLACK = 1e-3;

/**
 * The index of the total sheet among `names`; `lineUpAll` gives the sheets' indicators lined up,
 * one entry per sheet in the order of `names` (only needed when no name says which is the total).
 */
export function findTotalSheet(
  names: readonly string[],
  lineUpAll: () => readonly (readonly (IndicatorResult | undefined)[])[],
  unitOf: UnitOf,
): number | null {
  const named = names.findIndex(isTotalName);
  if (named >= 0) return named;
  const rows = lineUpAll();

  const agreeing = names.map(() => 0);
  let comparable = 0;
  for (const row of rows) {
    const [first] = row;
    const units = first ? additiveFactors(first, row.slice(1), unitOf) : null;
    if (!first || !units) continue;
    for (const role of roles) {
      const figures = figuresInTotalUnit(first, units.parts, role);
      if (!figures) continue;
      // With every figure known, the others of sheet i add up to the sum of all less its own.
      const sum = figures.reduce((a, b) => a + b, 0);
      if (sum === 0) continue;
      comparable++;
      figures.forEach((figure, i) => {
        if (figure !== 0 && Math.abs(2 * figure - sum) <= RELATIVE_SLACK * Math.abs(figure)) agreeing[i]!++;
      });
    }
  }
  const best = agreeing.reduce((bestIndex, count, i) => (count > agreeing[bestIndex]! ? i : bestIndex), 0);
  return comparable > 0 && agreeing[best]! * 2 > comparable ? best : null;
}

/** One figure per sheet of a lined-up row, in the total's unit; null when some sheet lacks it. */
function figuresInTotalUnit(
  total: IndicatorResult,
  parts: readonly { readonly indicator: IndicatorResult; readonly factor: number }[],
  role: (typeof roles)[number],
): number[] | null {
  const own = total[role];
  if (own === null) return null;
  const figures = [own];
  for (const { indicator, factor } of parts) {
    const figure = indicator[role];
    if (figure === null) return null;
    figures.push(figure * factor);
  }
  return figures;
}
