import { agrees } from './interval';
import type { BreakdownPart, columnSum } from './breakdowns';
import type { FigureRole } from './report';
import type { TableRow } from './rows/tableRows';
import { convert, sameQuantity, type Unit } from './units';
import type { BreakdownWord } from './vocabulary/breakdownWords';

/** A total and the rows placed under it, before what proves the breakdown is weighed. */
export interface PlacedBreakdown {
  readonly total: TableRow;
  readonly totalUnit: Unit;
  readonly word: BreakdownWord | null;
  readonly parts: readonly BreakdownPart[];
  /** The total's formulas add every part. */
  readonly byFormula: boolean;
}

/** breakdowns.columnSum, passed in: that module builds on this one. */
type ColumnSum = typeof columnSum;

/**
 * Where only the rows' places say what a total's parts are (no breakdown word, no formula), the
 * sheet's own sums may say otherwise, and they are the stronger evidence:
 * - two breakdowns of one total, one after the other ("Cá, Tôm, Thủy sản khác" then "Nuôi trồng,
 *   Khai thác" under "Tổng số"), each adding up to the total where all of them do not;
 * - a part that completes the sibling above it (an unindented last line of "Dịch vụ"): the total
 *   adds up without it, and the sibling's parts add up with it and not without.
 * One column that shows it is enough: the breakdown is then held against its total in every
 * column, and a column where it does not add up is reported as such.
 */
export function regroupBySums(placed: readonly PlacedBreakdown[], roles: readonly FigureRole[], columnSum: ColumnSum): PlacedBreakdown[] {
  const addsUpIn = (role: FigureRole, total: TableRow, totalUnit: Unit, parts: readonly BreakdownPart[]): boolean | null => {
    const column = columnSum(role, total, totalUnit, parts);
    return column === null || column.total.high === 0 ? null : agrees(column.sum, column.total);
  };
  const shownIn = (test: (role: FigureRole) => boolean): boolean => roles.some(test);
  const result = [...placed];
  const indexOfTotal = new Map(result.map((b, i) => [b.total.row, i]));
  for (let i = 0; i < result.length; i++) {
    const breakdown = result[i]!;
    const { total, totalUnit, parts } = breakdown;
    if (breakdown.word !== null || breakdown.byFormula || !totalUnit.additive) continue;
    if (!shownIn((role) => addsUpIn(role, total, totalUnit, parts) === false)) continue;
    const split = splitPoint(parts, (first, second) =>
      shownIn((role) => addsUpIn(role, total, totalUnit, first) === true && addsUpIn(role, total, totalUnit, second) === true),
    );
    if (split !== null) {
      result.splice(i, 1, { ...breakdown, parts: parts.slice(0, split) }, { ...breakdown, parts: parts.slice(split) });
      result.forEach((b, at) => indexOfTotal.set(b.total.row, at));
      i++;
      continue;
    }
    for (let at = 1; at < parts.length; at++) {
      const part = parts[at]!;
      const rest = parts.filter((_, k) => k !== at);
      const siblingIndex = indexOfTotal.get(parts[at - 1]!.row.row);
      const sibling = siblingIndex === undefined ? undefined : result[siblingIndex];
      if (!sibling || sibling.word !== null || sibling.byFormula || rest.length < 2 || !sameQuantity(part.unit, sibling.totalUnit)) continue;
      const siblingParts = [...sibling.parts, { row: part.row, unit: part.unit, factor: convert(1, part.unit, sibling.totalUnit) }];
      const belongsToSibling = shownIn(
        (role) =>
          addsUpIn(role, total, totalUnit, rest) === true &&
          addsUpIn(role, sibling.total, sibling.totalUnit, siblingParts) === true &&
          addsUpIn(role, sibling.total, sibling.totalUnit, sibling.parts) === false,
      );
      if (!belongsToSibling) continue;
      result[i] = { ...breakdown, parts: rest };
      result[siblingIndex!] = { ...sibling, parts: siblingParts };
      break;
    }
    const run = runOfSibling(breakdown, addsUpIn, shownIn);
    if (run) {
      result[i] = { ...breakdown, parts: parts.filter((part) => !run.parts.includes(part)) };
      result.splice(i + 1, 0, run.breakdown);
      result.forEach((b, at) => indexOfTotal.set(b.total.row, at));
      i++;
    }
  }
  return result;
}

const longestListTried = 24;

/**
 * Two parts or more, right after a part with no parts of its own, that add up to it while the
 * total adds up without them ("Khu vực có vốn đầu tư NN" 15,154 = "Dầu thô" 154 + "Hàng hóa khác"
 * 15,000 under "TỔNG TRỊ GIÁ" 22,600 = 7,446 + 15,154): that part's breakdown, written unindented.
 */
function runOfSibling(
  breakdown: PlacedBreakdown,
  addsUpIn: (role: FigureRole, total: TableRow, totalUnit: Unit, parts: readonly BreakdownPart[]) => boolean | null,
  shownIn: (test: (role: FigureRole) => boolean) => boolean,
): { parts: readonly BreakdownPart[]; breakdown: PlacedBreakdown } | null {
  const { total, totalUnit, parts } = breakdown;
  // Every run is tried: a long list of parts (products under a total) is no such slip, and would cost n³.
  if (parts.length > longestListTried) return null;
  for (let first = 1; first < parts.length; first++) {
    const sibling = parts[first - 1]!;
    for (let last = first + 1; last < parts.length; last++) {
      const run = parts.slice(first, last + 1);
      const rest = parts.filter((_, k) => k < first || k > last);
      if (rest.length < 2 || run.some((part) => !sameQuantity(part.unit, sibling.unit))) continue;
      const asParts = run.map((part) => ({ row: part.row, unit: part.unit, factor: convert(1, part.unit, sibling.unit) }));
      const shown = shownIn((role) => addsUpIn(role, total, totalUnit, rest) === true && addsUpIn(role, sibling.row, sibling.unit, asParts) === true);
      if (shown) return { parts: run, breakdown: { total: sibling.row, totalUnit: sibling.unit, word: null, parts: asParts, byFormula: false } };
    }
  }
  return null;
}

/** Where the parts split into two runs of two parts at least that `addUp`; null when nowhere. */
function splitPoint(parts: readonly BreakdownPart[], addUp: (first: readonly BreakdownPart[], second: readonly BreakdownPart[]) => boolean): number | null {
  for (let at = 2; at <= parts.length - 2; at++) if (addUp(parts.slice(0, at), parts.slice(at))) return at;
  return null;
}
