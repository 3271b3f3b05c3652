/**
 * Which sheet of a set with the same indicators is the total of the others: the one whose figures
 * equal the sum of the others' on most additive figures, the one named so ("Toàn tỉnh", "Tổng
 * hợp", "TH"…) first when several could be. A name alone proves nothing: a "Tổng hợp" may be one
 * version of several. Null without that evidence: sheets per year or per quarter share their
 * indicators too, and none of them is a total; versions or scenarios of one sheet (near-copies)
 * are no districts at all.
 */
import type { IndicatorResult } from '../report';
import { isTotalName } from '../totalNames';
import { additiveFactors, type UnitOf } from './matchIndicators';

const roles = ['prior', 'plan', 'actual'] as const;

/** Agreement close enough to recognise a total; the finding itself uses the rounding shown. */
const RELATIVE_SLACK = 1e-3;
/** Fewer comparable figures than this prove no total. */
const MIN_COMPARABLE = 3;
/**
 * Two sheets whose non-zero figures mostly lie this close are versions of one sheet: districts
 * differ, a revised version changes a few figures by a little.
 */
const NEAR_COPY_SLACK = 1e-2;

/**
 * The index of the total sheet among `names`; `lineUpAll` gives the sheets' indicators lined up,
 * one entry per sheet in the order of `names`.
 */
export function findTotalSheet(
  names: readonly string[],
  lineUpAll: () => readonly (readonly (IndicatorResult | undefined)[])[],
  unitOf: UnitOf,
): number | null {
  const figureRows = comparableFigures(lineUpAll(), unitOf);

  const agreeing = names.map(() => 0);
  let comparable = 0;
  for (const figures of figureRows) {
    // With every figure known, the others of sheet i add up to the sum of all less its own.
    const sum = figures.reduce((a, b) => a + b, 0);
    if (sum === 0) continue;
    comparable++;
    figures.forEach((figure, i) => {
      if (figure !== 0 && Math.abs(2 * figure - sum) <= RELATIVE_SLACK * Math.abs(figure)) agreeing[i]!++;
    });
  }
  const proven = (i: number) => comparable >= MIN_COMPARABLE && agreeing[i]! * 2 > comparable;
  const named = names.findIndex(isTotalName);
  const best = agreeing.reduce((bestIndex, count, i) => (count > agreeing[bestIndex]! ? i : bestIndex), 0);
  const total = named >= 0 && proven(named) ? named : proven(best) ? best : null;
  // The total equals a district wherever the others are blank or zero: only districts are compared.
  return total !== null && !hasNearCopies(names.length, figureRows, total) ? total : null;
}

/** Every additive figure known on every sheet, one per sheet, in the first sheet's unit. */
function comparableFigures(rows: readonly (readonly (IndicatorResult | undefined)[])[], unitOf: UnitOf): number[][] {
  const figureRows: number[][] = [];
  for (const row of rows) {
    const [first] = row;
    const units = first ? additiveFactors(first, row.slice(1), unitOf) : null;
    if (!first || !units) continue;
    for (const role of roles) {
      const figures = figuresInTotalUnit(first, units.parts, role);
      if (figures) figureRows.push(figures);
    }
  }
  return figureRows;
}

/** Whether two of the sheets other than the total have mostly the same non-zero figures. */
function hasNearCopies(sheetCount: number, figureRows: readonly (readonly number[])[], total: number): boolean {
  for (let a = 0; a < sheetCount; a++) {
    for (let b = a + 1; b < sheetCount; b++) {
      if (a === total || b === total) continue;
      let filled = 0;
      let near = 0;
      for (const figures of figureRows) {
        const [x, y] = [figures[a]!, figures[b]!];
        if (x === 0 || y === 0) continue;
        filled++;
        if (Math.abs(x - y) <= NEAR_COPY_SLACK * Math.max(Math.abs(x), Math.abs(y))) near++;
      }
      if (filled >= MIN_COMPARABLE && near * 2 > filled) return true;
    }
  }
  return false;
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
