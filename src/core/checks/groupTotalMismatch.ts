/**
 * group-total-mismatch: in a sheet with column groups ("Toàn huyện", then one group per commune),
 * the total group's figure differs from the sum of the unit groups' figures on the same row. Only
 * for rows in an additive unit (counts, amounts): never for %, yields (Tạ/Ha), per-person figures
 * or indexes, which do not add up across communes. The tolerance is sum-mismatch's: half a unit of
 * the last decimal shown, summed over the groups; whole counts of discrete things are exact.
 */
import { groupSums, type UnitGroups } from '../groupSums';
import { agrees, representative, shownFigure } from '../interval';
import { extraTolerance, findingOf, ruleMeta, type ColumnGroupRule, type FindingOf, type RuleContext } from './rule';

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

export const groupTotalMismatch: ColumnGroupRule<typeof meta> = { meta, check };

/** Only for groups known to be units (by their names or their figures: layout/groupNaming, groupSums). */
function check(context: RuleContext, groups: UnitGroups): FindingOf<typeof meta>[] {
  const { total, units } = groups;
  const slack = extraTolerance(context, 0);
  return groupSums(groups)
    .filter(({ sum, total: found }) => !agrees(sum, found, slack))
    .map(({ row, role, column, sum, total: found }) =>
      findingOf(meta, context.sheet, {
        messageId: 'groupTotalDiffers',
        row: row.row,
        column,
        role,
        expected: representative(sum),
        found: representative(found),
        data: { found: shownFigure(found), expected: shownFigure(sum), group: total.group.name, groups: String(units.length) },
      }),
    );
}
