/**
 * The total column group's figures against the sum of the unit groups' on the same row: what
 * group-total-mismatch reports, and the evidence that unnamed groups are units at all.
 */
import { additiveRoles, columnSum, type BreakdownPart } from './breakdowns';
import { agrees, type Interval } from './interval';
import type { ColumnGroup } from './layout/columnGroups';
import type { FigureRole } from './report';
import type { RowLookup } from './rowTable';
import type { TableRow } from './rows/tableRows';
import type { Unit } from './units';

/** One group's reading of the sheet: its rows by worksheet row. */
export interface GroupRows {
  readonly group: ColumnGroup;
  readonly rows: RowLookup<TableRow>;
}

/** A sheet's total group and its unit groups, proven units: what the column-group rules look at. */
export interface UnitGroups {
  readonly total: { readonly group: ColumnGroup; readonly rows: readonly TableRow[] };
  readonly units: readonly GroupRows[];
  /** The unit each row is checked in (the total group's reading). */
  readonly unitOf: (row: number) => Unit | null;
}

/** One figure of the total group beside the sum of the unit groups' figures. */
export interface GroupSum {
  readonly row: TableRow;
  readonly role: FigureRole;
  readonly column: number;
  readonly total: Interval;
  readonly sum: Interval;
  /** How many unit groups have a figure other than zero. */
  readonly nonZeroParts: number;
}

/**
 * Every figure of the total group in a row of an additive unit where every unit group has its
 * figure too (a group without one leaves the row out: a missing figure is never zero).
 */
export function groupSums(
  { total, units, unitOf }: UnitGroups,
  /** Which rows' units to sum: additive ones for the mismatch, rates for the summed-rate warning. */
  additive = true,
): GroupSum[] {
  const sums: GroupSum[] = [];
  // The roles every group has a column for: the same for every row.
  const roles = additiveRoles.filter((role) => total.group.columns[role] !== undefined && units.every(({ group }) => group.columns[role] !== undefined));
  for (const row of total.rows) {
    const unit = unitOf(row.row);
    if (!unit || unit.additive !== additive || row.isSection) continue;
    const parts = groupParts(units, row.row, unit);
    if (!parts) continue;
    for (const role of roles) {
      const figures = columnSum(role, row, unit, parts);
      if (figures) sums.push({ row, role, column: total.group.columns[role]!, total: figures.total, sum: figures.sum, nonZeroParts: figures.nonZeroParts });
    }
  }
  return sums;
}

/**
 * A clear majority: blocks that merely sit side by side agree now and then (zeros, a repeated
 * figure), a total group over its units on nearly every row, a typo or two aside.
 */
const MIN_AGREEING_SHARE = 2 / 3;
/** Fewer filled rows than this show nothing either way. */
const MIN_FILLED_ROWS = 3;

/**
 * Whether the total group equals the sum of the others on a clear majority of the rows where
 * every group is filled; rows of zeros only (never filled) say nothing.
 */
export function totalGroupAddsUp(sums: readonly GroupSum[], slack: number): boolean {
  const rows = new Map<number, boolean>();
  for (const { row, total, sum } of sums) {
    if (total.low === 0 && total.high === 0 && sum.low === 0 && sum.high === 0) continue;
    rows.set(row.row, (rows.get(row.row) ?? true) && agrees(sum, total, slack));
  }
  const agreeing = [...rows.values()].filter(Boolean).length;
  return rows.size >= MIN_FILLED_ROWS && agreeing >= MIN_AGREEING_SHARE * rows.size;
}

/** The row in each unit group, as the parts of the total group's row (same unit, nothing to convert). */
function groupParts(units: readonly GroupRows[], row: number, unit: Unit): BreakdownPart[] | null {
  // Checked first, so that the parts are mapped into an array of their own size, not grown by pushing.
  if (!units.every(({ rows }) => rows.has(row))) return null;
  return units.map(({ rows }) => ({ row: rows.get(row)!, unit, factor: 1 }));
}
