/**
 * group-total-mismatch: in a sheet with column groups ("Toàn huyện", then one group per commune),
 * the total group's figure differs from the sum of the unit groups' figures on the same row. Only
 * for rows in an additive unit (counts, amounts): never for %, yields (Tạ/Ha), per-person figures
 * or indexes, which do not add up across communes. The tolerance is sum-mismatch's: half a unit of
 * the last decimal shown, summed over the groups; whole counts of discrete things are exact.
 */
import { additiveRoles, columnSum, type BreakdownPart } from '../breakdowns';
import { agrees, representative } from '../interval';
import type { ColumnGroup } from '../layout/columnGroups';
import type { RowLookup } from '../rowTable';
import type { TableRow } from '../rows/tableRows';
import type { Unit } from '../units';
import { extraTolerance, findingOf, ruleMeta, type FindingOf, type RuleContext } from './rule';

/** One group's reading of the sheet: its rows by worksheet row. */
export interface GroupRows {
  readonly group: ColumnGroup;
  readonly rows: RowLookup<TableRow>;
}

const meta = ruleMeta({
  id: 'group-total-mismatch',
  scope: 'column-groups',
  severity: 'error',
  description: "The total group's figure differs from the sum of the unit groups' on the same row.",
  messages: {
    groupTotalDiffers: {
      vi: 'Số {{found}} ở ô {{cell}} (nhóm {{group}}) khác tổng của {{groups}} đơn vị trên cùng dòng ({{expected}}): kiểm tra lại số của nhóm tổng hoặc của các đơn vị.',
      en: "{{found}} in {{cell}} (group {{group}}) differs from the sum of the {{groups}} units on the same row ({{expected}}): check the total group's figure or the units'.",
    },
  },
});

export const groupTotalMismatch = { meta, check };

function check(
  context: RuleContext,
  total: { readonly group: ColumnGroup; readonly rows: readonly TableRow[] },
  units: readonly GroupRows[],
  unitOf: (row: number) => Unit | null,
): FindingOf<typeof meta>[] {
  const findings: FindingOf<typeof meta>[] = [];
  const slack = extraTolerance(context, 0);
  // The roles every group has a column for: the same for every row.
  const roles = additiveRoles.filter((role) => total.group.columns[role] !== undefined && units.every(({ group }) => group.columns[role] !== undefined));
  for (const row of total.rows) {
    const unit = unitOf(row.row);
    if (!unit?.additive || row.isSection) continue;
    const parts = groupParts(units, row.row, unit);
    if (!parts) continue;
    for (const role of roles) {
      const column = total.group.columns[role]!;
      // The same sum as a "Chia ra" total's: a group without a figure leaves the row unchecked.
      const sums = columnSum(role, row, unit, parts);
      if (!sums || agrees(sums.sum, sums.total, slack)) continue;
      const { sum, total: found } = sums;
      findings.push(
        findingOf(meta, context.sheet, {
          messageId: 'groupTotalDiffers',
          row: row.row,
          column,
          role,
          expected: representative(sum),
          found: representative(found),
          data: { found: representative(found), expected: representative(sum), group: total.group.name, groups: String(units.length) },
        }),
      );
    }
  }
  return findings;
}

/** The row in each unit group, as the parts of the total group's row (same unit, nothing to convert). */
function groupParts(units: readonly GroupRows[], row: number, unit: Unit): BreakdownPart[] | null {
  // Checked first, so that the parts are mapped into an array of their own size, not grown by pushing.
  if (!units.every(({ rows }) => rows.has(row))) return null;
  return units.map(({ rows }) => ({ row: rows.get(row)!, unit, factor: 1 }));
}
