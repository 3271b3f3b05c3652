/**
 * non-additive-total: in a sheet with column groups proven to be units, the total group's figure
 * on a row of a rate (Tạ/Ha, %, per person, index, price) equals the sum of the units' figures:
 * someone summed a rate, which never adds up across communes. Only when at least two units have a
 * figure other than zero and the total is not also their average (then it may be a fair figure).
 */
import { groupSums, type UnitGroups } from '../groupSums';
import { agrees, representative, type Interval } from '../interval';
import { findingOf, ruleMeta, type ColumnGroupRule, type FindingOf, type RuleContext } from './rule';

const meta = ruleMeta({
  id: 'non-additive-total',
  scope: 'column-groups',
  severity: 'warning',
  description: "The total group's figure of a rate is the sum of the units' figures, which a rate cannot be.",
  messages: {
    rateSummed: {
      vi: 'Số {{found}} ở ô {{cell}} (nhóm {{group}}, đơn vị {{unit}}) bằng tổng số của {{groups}} đơn vị trên cùng dòng: chỉ tiêu tính theo {{unit}} không cộng được giữa các đơn vị, kiểm tra lại cách tính.',
      en: '{{found}} in {{cell}} (group {{group}}, unit {{unit}}) is the sum of the {{groups}} units\' figures on the same row: a figure in {{unit}} does not add up across units; check how it was computed.',
    },
  },
});

export const nonAdditiveTotal: ColumnGroupRule<typeof meta> = { meta, check };

/** At least two units with figures: one alone is its own sum and its own average. */
const MIN_NON_ZERO_UNITS = 2;

/** Only for groups already proven units (the caller's evidence, as for group-total-mismatch). */
function check(context: RuleContext, groups: UnitGroups): FindingOf<typeof meta>[] {
  const { total, units, unitOf } = groups;
  return groupSums(groups, false)
    .filter(({ sum, total: found, nonZeroParts }) => nonZeroParts >= MIN_NON_ZERO_UNITS && agrees(sum, found, 0) && !isAverage(found, sum, units.length, nonZeroParts))
    .map(({ row, role, column, total: found }) =>
      findingOf(meta, context.sheet, {
        messageId: 'rateSummed',
        row: row.row,
        column,
        role,
        expected: null,
        found: representative(found),
        data: { found: representative(found), unit: unitOf(row.row)?.text ?? '', group: total.group.name, groups: String(units.length) },
      }),
    );
}

/**
 * Whether the total is also the average of all the units or of those with a figure: then the
 * sum may be a coincidence of a fair average, and nothing is reported.
 */
function isAverage(found: Interval, sum: Interval, units: number, nonZeroParts: number): boolean {
  // Each unit's rounding is a part of the sum's; an average is within one unit's rounding of the
  // parts' average. Strictly: a total shown 2 is at least 1.5, which two units shown 1 (each
  // below 1.5) never average to.
  const slack = found.tolerance + sum.tolerance / units;
  return [units, nonZeroParts].some((count) => Math.abs(representative(found) - representative(sum) / count) < slack);
}
