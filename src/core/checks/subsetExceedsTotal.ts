import { additiveRoles, heldAgainstSum, isUnfilledTotal, severityOf } from '../breakdowns';
import { exceeds, intervalOf, representative, shownFigure } from '../interval';
import { extraTolerance, figureColumn, findingOf, ruleMeta, type FindingOf, type TableRule } from './rule';

/**
 * subset-exceeds-total: an "of which" part larger than its total. For rates too ("Trong đó" a rate
 * is at most the total rate), but only where the sheet says "Trong đó": a region's rate may exceed
 * the whole's. An error where "Trong đó" or a formula proves the part; a lone part below a total
 * without either is inferred: a warning.
 */
const meta = ruleMeta({
  id: 'subset-exceeds-total',
  scope: 'table',
  severity: 'error',
  description: 'An "of which" part is larger than its total.',
  messages: {
    partExceedsTotal: {
      vi: 'Số "trong đó" {{found}} ở ô {{cell}} lớn hơn số tổng {{expected}} (dòng {{totalRow}}): một phần không thể lớn hơn tổng.',
      en: 'The "of which" figure {{found}} in {{cell}} is larger than its total {{expected}} (row {{totalRow}}): a part cannot exceed its total.',
    },
  },
});

export const subsetExceedsTotal: TableRule<typeof meta> = {
  meta,
  check(context) {
    const findings: FindingOf<typeof meta>[] = [];
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
            findingOf(meta, context.sheet, {
              messageId: 'partExceedsTotal',
              severity: severityOf(breakdown),
              row: part.row.row,
              column,
              role,
              expected: representative(total),
              found: representative(converted),
              data: { found: shownFigure(converted), expected: shownFigure(total), totalRow: String(breakdown.total.row) },
            }),
          );
        }
      }
    }
    return findings;
  },
};
