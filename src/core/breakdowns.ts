import { figureInRowUnitRoles, type BreakdownKind, type FigureRole, type Severity } from './report';
import { convert, sameQuantity, type Unit } from './units';
import { agrees, highOf, isSummable, lowOf, type Interval } from './interval';
import { roundingTolerance } from './values';
import type { BreakdownWord } from './vocabulary/breakdownWords';
import type { RowPlace } from './rows/hierarchy';
import type { TableRow } from './rows/tableRows';
import { RowTable, type RowLookup } from './rowTable';
import { regroupBySums, type PlacedBreakdown } from './breakdownsBySums';

/** The columns whose figures add up: those in the row's unit (stated comparisons never do). */
export const additiveRoles: readonly FigureRole[] = figureInRowUnitRoles;

export interface BreakdownPart {
  readonly row: TableRow;
  readonly unit: Unit;
  /** What a figure in the part's unit is multiplied by to be in the total's unit (see convert). */
  readonly factor: number;
}

/**
 * A total and the rows that break it down, as the sheet says or shows:
 * - full: the parts make up the total (Chia ra; or several parts that add up in some column);
 * - partial: of which (Trong đó; a single part; parts that never add up);
 * - comprising: "Bao gồm" whose parts add up nowhere: a warning, not a certainty.
 */
/**
 * What proves a breakdown (docs/domain.md, "Severity follows evidence"): a breakdown word, the
 * total's formulas adding the parts, the parts adding up exactly in another column of the row;
 * or nothing but the rows' places (inferred), which is worth a warning at most.
 */
export type BreakdownEvidence = 'word' | 'formula' | 'sums' | 'inferred';

export interface Breakdown {
  readonly total: TableRow;
  readonly evidence: BreakdownEvidence;
  readonly totalUnit: Unit;
  readonly word: BreakdownWord | null;
  readonly kind: BreakdownKind | 'comprising';
  /** Rows in a unit of the same quantity as the total (converted before adding). */
  readonly parts: readonly BreakdownPart[];
}

export interface SheetStructure {
  readonly breakdowns: readonly Breakdown[];
  /** The unit each row is checked in: its own, else its total's. */
  readonly effectiveUnits: RowLookup<Unit | null>;
  /** How each row relates to its parent; null for top rows and attributes (another unit). */
  readonly relationToParent: RowLookup<BreakdownKind | null>;
}

/**
 * `effectiveUnits` may be given when already known: they follow from the places, the units and
 * which rows are headings alone, so a column group that shares those with the total group shares them.
 */
export function resolveBreakdowns(
  rows: readonly TableRow[],
  places: RowLookup<RowPlace>,
  effectiveUnits: RowLookup<Unit | null> = unitsInEffect(rows, places),
  /** Totals whose parts add up in the row's other columns (a column group's totals, in the total group). */
  addsUpElsewhere: (totalRow: number) => boolean = () => false,
): SheetStructure {
  const byRow = RowTable.spanning<TableRow>(rows);
  for (const row of rows) byRow.set(row.row, row);

  const groups = new Map<number, { total: TableRow; word: BreakdownWord | null; members: TableRow[] }>();
  for (const row of rows) {
    const place = places.get(row.row);
    if (!place || place.parentRow === null || row.isSection) continue;
    const total = byRow.get(place.parentRow);
    if (!total || total.isSection) continue;
    let group = groups.get(place.group);
    if (!group) groups.set(place.group, (group = { total, word: place.word, members: [] }));
    group.members.push(row);
  }

  const placed: PlacedBreakdown[] = [];
  for (const { total, word, members } of groups.values()) {
    const totalUnit = effectiveUnits.get(total.row) ?? null;
    // Without a breakdown word, only a total with a unit of its own says its rows below are parts.
    if (!totalUnit || (word === null && total.unit === null)) continue;
    const parts: BreakdownPart[] = [];
    for (const row of members) {
      const unit = effectiveUnits.get(row.row) ?? null;
      if (unit && sameQuantity(unit, totalUnit)) parts.push({ row, unit, factor: convert(1, unit, totalUnit) });
    }
    if (parts.length === 0) continue;
    placed.push({ total, totalUnit, word, parts, byFormula: parts.every((part) => places.get(part.row.row)?.byFormula === true) });
  }

  const breakdowns: Breakdown[] = [];
  const relationToParent = RowTable.spanning<BreakdownKind | null>(rows);
  for (const { total, totalUnit, word, parts, byFormula } of regroupBySums(placed, additiveRoles, columnSum)) {
    // A lone part equal to its total says nothing: it may be an "of which" line.
    const addsUp =
      totalUnit.additive && parts.length > 1 && (addsUpElsewhere(total.row) || additiveRoles.some((role) => addsUpIn(role, total, totalUnit, parts)));
    const evidence: BreakdownEvidence = word !== null ? 'word' : byFormula ? 'formula' : addsUp ? 'sums' : 'inferred';
    const kind = breakdownKind(word, evidence, addsUp, parts);
    const relation: BreakdownKind = kind === 'comprising' ? 'full' : kind;
    for (const part of parts) relationToParent.set(part.row.row, relation);
    breakdowns.push({ total, evidence, totalUnit, word, kind, parts });
  }
  return { breakdowns, effectiveUnits, relationToParent };
}

/**
 * The unit each row is checked in: its own, else the one its total is checked in (headings pass none
 * on). A row without a unit takes its total's only as a plausible part: when its siblings name the
 * total's unit too, or name none (the office wrote the unit once, on the total). Among siblings in
 * other units only, it is one more attribute of the total, not a part of it.
 */
export function unitsInEffect(rows: readonly TableRow[], places: RowLookup<RowPlace>): RowLookup<Unit | null> {
  const byRow = RowTable.spanning<TableRow>(rows);
  const childUnits = new Map<number, Unit[]>();
  for (const row of rows) {
    const parentRow = places.get(row.row)?.parentRow ?? null;
    if (parentRow === null || row.unit === null) continue;
    const units = childUnits.get(parentRow);
    if (units) units.push(row.unit);
    else childUnits.set(parentRow, [row.unit]);
  }
  const effectiveUnits = RowTable.spanning<Unit | null>(rows);
  for (const row of rows) {
    byRow.set(row.row, row);
    const parentRow = places.get(row.row)?.parentRow ?? null;
    const parent = parentRow !== null ? byRow.get(parentRow) : undefined;
    const parentUnit = parent && !parent.isSection ? (effectiveUnits.get(parent.row) ?? null) : null;
    const siblingUnits = parentRow !== null ? childUnits.get(parentRow) : undefined;
    const plausiblePart = parentUnit !== null && (siblingUnits === undefined || siblingUnits.some((unit) => sameQuantity(unit, parentUnit)));
    effectiveUnits.set(row.row, row.unit ?? (plausiblePart ? parentUnit : null));
  }
  return effectiveUnits;
}

function breakdownKind(word: BreakdownWord | null, evidence: BreakdownEvidence, addsUp: boolean, parts: readonly BreakdownPart[]): Breakdown['kind'] {
  if (word === 'full') return 'full';
  if (word === 'partial') return 'partial';
  if (word === 'comprising') return addsUp ? 'full' : 'comprising';
  // A total whose formulas add its parts is their sum.
  if (evidence === 'formula') return 'full';
  if (parts.length < 2) return 'partial';
  return addsUp ? 'full' : 'partial';
}

/** An error where the breakdown is proven, a warning where it is only inferred from the rows' places. */
export function severityOf(breakdown: Pick<Breakdown, 'evidence'>): Severity {
  return breakdown.evidence === 'inferred' ? 'warning' : 'error';
}

/**
 * Whether a breakdown's parts are held against their total together (sum-mismatch): all but announced
 * "of which" parts and a lone unannounced one, which are held against it one by one (subset-exceeds-total).
 */
export function heldAgainstSum(breakdown: Breakdown): boolean {
  return breakdown.kind !== 'partial' || (breakdown.word === null && breakdown.parts.length > 1);
}

/**
 * A total of exactly zero over rows without a breakdown word is a heading nobody filled in
 * (crop rows above "- Diện tích"), not a total to hold its parts against; unless the row is
 * filled in another column, where its figure is not zero and equals its parts' sum (F78 786 =
 * F79 786): then the zero is a figure, and a part above it is as wrong as anywhere.
 */
export function isUnfilledTotal(breakdown: Breakdown, total: Interval): boolean {
  if (breakdown.word !== null || total.low !== 0 || total.high !== 0) return false;
  return !additiveRoles.some((role) => addsUpIn(role, breakdown.total, breakdown.totalUnit, breakdown.parts));
}

/**
 * Evidence that several parts form a partition: in this column they, each filled in, add up to a
 * non-zero total. One of them may carry it all (401 = 401 + 0): the office wrote 0 for the other
 * category rather than leaving it out, which accounts for the whole total ("Trong dân" 401,
 * "Doanh nghiệp" 0).
 */
function addsUpIn(role: FigureRole, total: TableRow, totalUnit: Unit, parts: readonly BreakdownPart[]): boolean {
  const column = columnSum(role, total, totalUnit, parts);
  if (!column || column.total.high === 0) return false;
  return agrees(column.sum, column.total);
}

/**
 * A total and the sum of its parts in one column, with the tolerance of docs/domain.md: half a unit of
 * the last decimal shown, summed over the parts. Whole numbers of discrete things (people,
 * households) are exact: 916 is not 715 + 200. Null when the total or a part has no figure to add.
 */
export function columnSum(
  role: FigureRole,
  total: TableRow,
  totalUnit: Unit,
  parts: readonly BreakdownPart[],
): { total: Interval; sum: Interval; nonZeroParts: number } | null {
  const totalFigure = total.figures[role];
  if (!isSummable(totalFigure)) return null;
  // The tolerance is the parts' rounding, summed (docs/domain.md), not the total's own.
  const totalInterval: Interval = { low: lowOf(totalFigure), high: highOf(totalFigure), tolerance: 0 };
  // One pass over the parts, in the total's unit: the sum, and what decides whether it is exact.
  // Parts are read in place, without an interval each: every total is summed in every column.
  let low = 0;
  let high = 0;
  let tolerance = 0;
  let nonZeroParts = 0;
  let wholeDiscreteParts = totalUnit.discrete;
  for (const part of parts) {
    const figure = part.row.figures[role];
    if (!isSummable(figure)) return null;
    const partLow = lowOf(figure) * part.factor;
    const partHigh = highOf(figure) * part.factor;
    low += partLow;
    high += partHigh;
    tolerance += roundingTolerance(figure.decimals) * part.factor;
    if (partHigh !== 0) nonZeroParts++;
    wholeDiscreteParts &&= part.unit.discrete && Number.isInteger(partLow) && Number.isInteger(partHigh);
  }
  const exact = wholeDiscreteParts && Number.isInteger(totalInterval.low) && Number.isInteger(totalInterval.high);
  return {
    total: totalInterval,
    sum: { low, high, tolerance: exact ? 0 : tolerance },
    nonZeroParts,
  };
}
