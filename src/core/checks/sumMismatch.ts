import type { FigureRole } from '../report';
import { additiveRoles, columnSum, heldAgainstSum, isUnfilledTotal, severityOf, type Breakdown } from '../breakdowns';
import { agrees, exceeds, representative, shownFigure, type Interval } from '../interval';
import { beyondBound, exceedsBound, qualifiedColumnSum, type QualifiedColumnSum } from '../qualifiedSums';
import { extraTolerance, figureColumn, findingOf, ruleMeta, rowList, type FindingOf, type MessageIdOf, type TableRule } from './rule';

/**
 * sum-mismatch: a total differs from the sum of its full breakdown (tolerance: the rounding shown,
 * summed over the parts; a range part gives a range of sums). Also: "Bao gồm" parts that do not
 * add up (a warning), and unannounced parts that add up to more than their total (an error where
 * the breakdown is proven, a warning where it is inferred: see severityOf). A total typed with a
 * bound ("trên 4.730") whose parts, exact or approximate ("khoảng 2.289"), add up beyond it is a
 * warning: approximate figures prove no exact sum, only which side of the bound it is on.
 */
const meta = ruleMeta({
  id: 'sum-mismatch',
  scope: 'table',
  severity: {
    totalDiffers: 'error',
    comprisingNotAdding: 'warning',
    partsExceedTotal: 'error',
    boundedTotalBeyondParts: 'warning',
    boundedTotalBeyondApproximateParts: 'warning',
  },
  description: 'A total differs from the sum of its parts.',
  messages: {
    totalDiffers: {
      vi: 'Số tổng {{found}} ở ô {{cell}} khác tổng các thành phần ({{expected}}, dòng {{rows}}): kiểm tra lại số tổng hoặc các dòng thành phần.',
      en: 'The total {{found}} in {{cell}} differs from the sum of its parts ({{expected}}, rows {{rows}}): check the total or its parts.',
    },
    comprisingNotAdding: {
      vi: 'Các dòng "bao gồm" (dòng {{rows}}) cộng lại {{expected}}, khác số tổng {{found}} ở ô {{cell}}: nếu là phân tổ đầy đủ thì cần khớp, nếu không hãy ghi "Trong đó".',
      en: 'The "comprising" rows (rows {{rows}}) add up to {{expected}}, not the total {{found}} in {{cell}}: make them add up, or write "Trong đó" (of which).',
    },
    partsExceedTotal: {
      vi: 'Các dòng con (dòng {{rows}}) cộng lại {{expected}}, lớn hơn số tổng {{found}} ở ô {{cell}}: kiểm tra lại số tổng hoặc các dòng con.',
      en: 'The rows below (rows {{rows}}) add up to {{expected}}, more than the total {{found}} in {{cell}}: check the total or the rows below.',
    },
    boundedTotalBeyondParts: {
      vi: 'Số tổng ghi "{{total}}" ở ô {{cell}} nhưng các thành phần (dòng {{rows}}) cộng lại {{expected}}: kiểm tra lại số tổng hoặc các dòng thành phần.',
      en: 'The total reads "{{total}}" in {{cell}} but its parts (rows {{rows}}) add up to {{expected}}: check the total or its parts.',
    },
    boundedTotalBeyondApproximateParts: {
      vi: 'Số tổng ghi "{{total}}" ở ô {{cell}} nhưng các thành phần ghi {{parts}} (dòng {{rows}}) cộng lại {{expected}}: kiểm tra lại số tổng hoặc các dòng thành phần.',
      en: 'The total reads "{{total}}" in {{cell}} but its parts, written {{parts}} (rows {{rows}}), add up to {{expected}}: check the total or its parts.',
    },
  },
});

export const sumMismatch: TableRule<typeof meta> = {
  meta,
  check(context) {
    const findings: FindingOf<typeof meta>[] = [];
    const slack = extraTolerance(context, 0);
    for (const breakdown of context.structure.breakdowns) {
      // Parts held against their total one by one are subset-exceeds-total's: their sums are not worked out.
      if (!breakdown.totalUnit.additive || !heldAgainstSum(breakdown)) continue;
      for (const role of additiveRoles) {
        const column = columnSum(role, breakdown.total, breakdown.totalUnit, breakdown.parts);
        if (!column) {
          const bounded = qualifiedColumnSum(role, breakdown.total, breakdown.parts, breakdown.totalUnit);
          if (bounded && boundMisfit(breakdown, bounded, slack)) findings.push(boundedFinding(context.sheet, figureColumn(context, role), role, breakdown, bounded));
          continue;
        }
        const { total, sum } = column;
        const messageId = misfit(breakdown, total, sum, slack);
        if (!messageId) continue;
        findings.push(
          findingOf(meta, context.sheet, {
            messageId,
            ...(messageId === 'partsExceedTotal' ? { severity: severityOf(breakdown) } : {}),
            row: breakdown.total.row,
            column: figureColumn(context, role),
            role,
            expected: representative(sum),
            found: representative(total),
            data: { found: shownFigure(total), expected: shownFigure(sum), rows: rowList(breakdown.parts.map((p) => p.row)) },
          }),
        );
      }
    }
    return findings;
  },
};

/** How a total and the sum of its parts disagree, for the kind of breakdown; null when they may agree. */
function misfit(breakdown: Breakdown, total: Interval, sum: Interval, slack: number): MessageIdOf<typeof meta> | null {
  if (breakdown.kind === 'full') return agrees(sum, total, slack) ? null : 'totalDiffers';
  if (breakdown.kind === 'comprising') return agrees(sum, total, slack) ? null : 'comprisingNotAdding';
  // Several unannounced parts: only adding up to more than their total is a mismatch.
  if (!isUnfilledTotal(breakdown, total) && exceeds(sum, total, slack)) return 'partsExceedTotal';
  return null;
}

/** Whether parts that add up to a bounded total's other side disagree with it, for the kind of breakdown. */
function boundMisfit(breakdown: Breakdown, column: QualifiedColumnSum, slack: number): boolean {
  if (breakdown.kind === 'full' || breakdown.kind === 'comprising') return beyondBound(column, slack);
  // Several unannounced parts: only adding up to more than their total is a mismatch.
  return exceedsBound(column, slack);
}

function boundedFinding(sheet: string, column: number, role: FigureRole, breakdown: Breakdown, bounded: QualifiedColumnSum): FindingOf<typeof meta> {
  const rows = rowList(breakdown.parts.map((p) => p.row));
  const approximate = bounded.approximateParts.length > 0;
  return findingOf(meta, sheet, {
    messageId: approximate ? 'boundedTotalBeyondApproximateParts' : 'boundedTotalBeyondParts',
    row: breakdown.total.row,
    column,
    role,
    expected: representative(bounded.sum),
    found: bounded.bound,
    data: {
      total: bounded.total.text,
      expected: shownFigure(bounded.sum),
      rows,
      ...(approximate ? { parts: bounded.approximateParts.map((text) => `"${text}"`).join(', ') } : {}),
    },
  });
}
