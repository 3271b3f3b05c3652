/**
 * group-total-mismatch: in a sheet with column groups ("Toàn huyện", then one group per commune),
 * the total group's figure differs from the sum of the unit groups' figures on the same row. Only
 * for rows in an additive unit (counts, amounts): never for %, yields (Tạ/Ha), per-person figures
 * or indexes, which do not add up across communes. The tolerance is sum-mismatch's: half a unit of
 * the last decimal shown, summed over the groups; whole counts of discrete things are exact.
 */
import { cellAddress } from '../address';
import { additiveRoles } from '../breakdowns';
import { agrees, intervalOf, representative, type Interval } from '../interval';
import type { ColumnGroup } from '../layout/columnGroups';
import type { Finding } from '../report';
import type { RowLookup } from '../rowTable';
import type { TableRow } from '../rows/tableRows';
import type { Unit } from '../units';
import { findingText, say } from '../../text/strings';
import { extraTolerance, findingAt, show, type RuleContext } from './rule';

/** One group's reading of the sheet: its rows by worksheet row. */
export interface GroupRows {
  readonly group: ColumnGroup;
  readonly rows: RowLookup<TableRow>;
}

export function groupTotalMismatch(
  context: RuleContext,
  total: { readonly group: ColumnGroup; readonly rows: readonly TableRow[] },
  units: readonly GroupRows[],
  unitOf: (row: number) => Unit | null,
): Finding[] {
  const findings: Finding[] = [];
  const slack = extraTolerance(context, 0);
  for (const row of total.rows) {
    const unit = unitOf(row.row);
    if (!unit?.additive || row.isSection) continue;
    for (const role of additiveRoles) {
      const column = total.group.columns[role];
      const found = intervalOf(row.figures[role]);
      if (column === undefined || !found) continue;
      const sum = unitsSum(units, row.row, role, unit);
      if (!sum || agrees(sum, { ...found, tolerance: 0 }, slack)) continue;
      findings.push(
        findingAt(context, {
          rule: 'group-total-mismatch',
          severity: 'error',
          row: row.row,
          column,
          role,
          expected: representative(sum),
          found: representative(found),
          message: say(context.settings.language, findingText.groupTotalMismatch, {
            cell: cellAddress(row.row, column),
            found: show(context, representative(found)),
            expected: show(context, representative(sum)),
            group: total.group.name,
            groups: String(units.length),
          }),
        }),
      );
    }
  }
  return findings;
}

/** The unit groups' figures added up; null when a group has no figure to add (never taken as zero). */
function unitsSum(units: readonly GroupRows[], row: number, role: (typeof additiveRoles)[number], unit: Unit): Interval | null {
  let low = 0;
  let high = 0;
  let tolerance = 0;
  let whole = unit.discrete;
  for (const { group, rows } of units) {
    if (group.columns[role] === undefined) return null;
    const interval = intervalOf(rows.get(row)?.figures[role]);
    if (!interval) return null;
    low += interval.low;
    high += interval.high;
    tolerance += interval.tolerance;
    whole &&= Number.isInteger(interval.low) && Number.isInteger(interval.high);
  }
  return { low, high, tolerance: whole ? 0 : tolerance };
}
