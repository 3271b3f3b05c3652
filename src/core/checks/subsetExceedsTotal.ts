import { additiveRoles, heldAgainstSum, isUnfilledTotal } from '../breakdowns';
import { exceeds, intervalOf, representative } from '../interval';
import { findingText, say } from '../../text/strings';
import { cellAddress } from '../address';
import { extraTolerance, figureColumn, findingAt, show, type Rule } from './rule';

/**
 * subset-exceeds-total: an "of which" part larger than its total. For rates too ("Trong đó" a rate
 * is at most the total rate), but only where the sheet says "Trong đó": a region's rate may exceed
 * the whole's.
 */
export const subsetExceedsTotal: Rule = {
  id: 'subset-exceeds-total',
  check(context) {
    const findings = [];
    const slack = extraTolerance(context, 0);
    for (const breakdown of context.structure.breakdowns) {
      if (heldAgainstSum(breakdown)) continue;
      const rate = breakdown.totalUnit.kind === 'rate';
      if (!breakdown.totalUnit.additive && !(rate && breakdown.word === 'partial')) continue;
      for (const part of breakdown.parts) {
        for (const role of additiveRoles) {
          const partInterval = intervalOf(part.row.figures[role]);
          const total = intervalOf(breakdown.total.figures[role]);
          if (!partInterval || !total || isUnfilledTotal(breakdown, total)) continue;
          const column = figureColumn(context, role);
          const { factor } = part;
          const converted = { low: partInterval.low * factor, high: partInterval.high * factor, tolerance: partInterval.tolerance * factor };
          if (!exceeds(converted, total, slack)) continue;
          findings.push(
            findingAt(context, {
              rule: 'subset-exceeds-total',
              severity: 'error',
              row: part.row.row,
              column,
              role,
              expected: representative(total),
              found: representative(converted),
              message: say(context.settings.language, findingText.subsetExceedsTotal, {
                cell: cellAddress(part.row.row, column),
                found: show(context, representative(converted)),
                expected: show(context, representative(total)),
                totalRow: breakdown.total.row,
              }),
            }),
          );
        }
      }
    }
    return findings;
  },
};
