import { additiveRoles } from '../breakdowns';
import { agrees, type Interval, intervalOf, representative, shownFigure, sumIntervals } from '../interval';
import { memoize } from '../memo';
import { namesStructure as labelNamesStructure } from '../structureRows';
import { extraTolerance, figureColumn, findingOf, rowList, ruleMeta, type FindingOf, type TableRule } from './rule';

const hundred: Interval = { low: 100, high: 100, tolerance: 0 };

/** shares-not-100: the shares of a structure ("Cơ cấu …", "Tỷ trọng …") add up to 100. */
const meta = ruleMeta({
  id: 'shares-not-100',
  scope: 'table',
  severity: 'error',
  description: 'The shares of a structure do not add up to 100%.',
  messages: {
    sharesNot100: {
      vi: 'Các tỷ trọng cơ cấu (dòng {{rows}}) cộng lại {{found}}%, không phải 100%: kiểm tra lại các tỷ trọng.',
      en: 'The structure shares (rows {{rows}}) add up to {{found}}%, not 100%: check the shares.',
    },
  },
});

export const sharesNot100: TableRule<typeof meta> = {
  meta,
  check(context) {
    const findings: FindingOf<typeof meta>[] = [];
    // Labels repeat down a sheet: fold each distinct one once.
    const namesStructure = memoize(labelNamesStructure);
    const slack = extraTolerance(context, 0);
    for (const row of context.rows) {
      // Most rows have fewer than two children: that is cheaper to see than what the label says.
      const children = context.childrenOf.get(row.row);
      if (!children || children.length < 2 || !namesStructure(row.label)) continue;
      const shares = children.filter((c) => context.kinds.get(c.row) === 'rate');
      if (shares.length < 2) continue;
      for (const role of additiveRoles) {
        const intervals = shares.map((s) => intervalOf(s.figures[role]));
        // Blank or all-zero shares are a structure nobody filled in yet, not one that adds up wrong.
        if (intervals.some((i) => i === null) || intervals.every((i) => i!.low === 0 && i!.high === 0)) continue;
        const sum = sumIntervals(intervals as Interval[]);
        if (agrees(sum, hundred, slack)) continue;
        const column = figureColumn(context, role);
        findings.push(
          findingOf(meta, context.sheet, {
            messageId: 'sharesNot100',
            row: shares[0]!.row,
            column,
            role,
            expected: 100,
            found: representative(sum),
            data: { found: shownFigure(sum), rows: rowList(shares) },
          }),
        );
      }
    }
    return findings;
  },
};
