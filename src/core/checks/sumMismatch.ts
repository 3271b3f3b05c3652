import { additiveRoles, columnSum, heldAgainstSum, isUnfilledTotal, type Breakdown } from '../breakdowns';
import { agrees, exceeds, representative, type Interval } from '../interval';
import type { Severity } from '../report';
import { findingText, say, type Localized } from '../../text/strings';
import { extraTolerance, figureColumn, findingAt, rowList, show, type Rule } from './rule';
import { cellAddress } from '../address';

/**
 * sum-mismatch: a total differs from the sum of its full breakdown (tolerance: the rounding shown,
 * summed over the parts; a range part gives a range of sums). Also: "Bao gồm" parts that do not
 * add up (a warning), and unannounced parts that add up to more than their total.
 */
type SumText = Localized<{ cell: string; found: string; expected: string; rows: string }>;

export const sumMismatch: Rule = {
  id: 'sum-mismatch',
  check(context) {
    const findings = [];
    const slack = extraTolerance(context, 0);
    for (const breakdown of context.structure.breakdowns) {
      // Parts held against their total one by one are subset-exceeds-total's: their sums are not worked out.
      if (!breakdown.totalUnit.additive || !heldAgainstSum(breakdown)) continue;
      for (const role of additiveRoles) {
        const column = columnSum(role, breakdown.total, breakdown.totalUnit, breakdown.parts);
        if (!column) continue;
        const { total, sum } = column;
        const mismatch = misfit(breakdown, total, sum, slack);
        if (!mismatch) continue;
        const partRows = breakdown.parts.map((p) => p.row);
        const totalColumn = figureColumn(context, role);
        findings.push(
          findingAt(context, {
            rule: 'sum-mismatch',
            severity: mismatch.severity,
            row: breakdown.total.row,
            column: totalColumn,
            role,
            expected: representative(sum),
            found: representative(total),
            message: say(context.settings.language, mismatch.text, {
              cell: cellAddress(breakdown.total.row, totalColumn),
              found: show(context, representative(total)),
              expected: show(context, representative(sum)),
              rows: rowList(partRows),
            }),
          }),
        );
      }
    }
    return findings;
  },
};

/** How a total and the sum of its parts disagree, for the kind of breakdown; null when they may agree. */
function misfit(breakdown: Breakdown, total: Interval, sum: Interval, slack: number): { severity: Severity; text: SumText } | null {
  if (breakdown.kind === 'full') return agrees(sum, total, slack) ? null : { severity: 'error', text: findingText.sumMismatch };
  if (breakdown.kind === 'comprising') return agrees(sum, total, slack) ? null : { severity: 'warning', text: findingText.comprisingNotAdding };
  // Several unannounced parts: only adding up to more than their total is a mismatch.
  if (!isUnfilledTotal(breakdown, total) && exceeds(sum, total, slack)) return { severity: 'error', text: findingText.partsExceedTotal };
  return null;
}
