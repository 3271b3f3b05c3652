import { additiveRoles, columnSum, isUnfilledTotal } from '../breakdowns';
import { agrees, exceeds, representative } from '../interval';
import { findingText, say } from '../../text/strings';
import { extraTolerance, findingAt, rowList, show, type Rule } from './rule';
import { cellAddress } from '../address';

/**
 * sum-mismatch: a total differs from the sum of its full breakdown (tolerance: the rounding shown,
 * summed over the parts; a range part gives a range of sums). Also: "Bao gồm" parts that do not
 * add up (a warning), and unannounced parts that add up to more than their total.
 */
export const sumMismatch: Rule = {
  id: 'sum-mismatch',
  check(context) {
    const findings = [];
    for (const breakdown of context.structure.breakdowns) {
      if (!breakdown.totalUnit.additive) continue;
      const partRows = breakdown.parts.map((p) => p.row);
      for (const role of additiveRoles) {
        const totalFigure = breakdown.total.figures[role];
        const column = columnSum(role, breakdown.total, breakdown.totalUnit, breakdown.parts);
        if (!totalFigure || !column) continue;
        const { total, sum } = column;
        const slack = extraTolerance(context, 0);
        // Built only for a finding: formatting numbers for every total that adds up would dominate the check.
        const params = () => ({
          cell: cellAddress(breakdown.total.row, totalFigure.column),
          found: show(context, representative(total)),
          expected: show(context, representative(sum)),
          rows: rowList(partRows),
        });
        const at = { rule: 'sum-mismatch' as const, row: breakdown.total.row, column: totalFigure.column, role, expected: representative(sum), found: representative(total) };
        if (breakdown.kind === 'full' && !agrees(sum, total, slack)) {
          findings.push(findingAt(context, { ...at, severity: 'error', message: say(context.settings.language, findingText.sumMismatch, params()) }));
        } else if (breakdown.kind === 'comprising' && !agrees(sum, total, slack)) {
          findings.push(findingAt(context, { ...at, severity: 'warning', message: say(context.settings.language, findingText.comprisingNotAdding, params()) }));
        } else if (breakdown.kind === 'partial' && breakdown.word === null && partRows.length > 1 && !isUnfilledTotal(breakdown, total) && exceeds(sum, total, slack)) {
          findings.push(findingAt(context, { ...at, severity: 'error', message: say(context.settings.language, findingText.partsExceedTotal, params()) }));
        }
      }
    }
    return findings;
  },
};
