import { additiveRoles } from '../breakdowns';
import { agrees, intervalOf, representative, sumIntervals, type Interval } from '../interval';
import { memoize } from '../memo';
import { foldCleanText } from '../textFold';
import { startsWithPhrase } from '../vocabulary/matching';
import { structureWords } from '../vocabulary/structureWords';
import { findingText, say } from '../../text/strings';
import { cellAddress } from '../address';
import { extraTolerance, figureColumn, findingAt, rowList, show, type Rule } from './rule';

const hundred: Interval = { low: 100, high: 100, tolerance: 0 };

/** shares-not-100: the shares of a structure ("Cơ cấu …", "Tỷ trọng …") add up to 100. */
export const sharesNot100: Rule = {
  id: 'shares-not-100',
  check(context) {
    const findings = [];
    // Labels repeat down a sheet: fold each distinct one once. They are clean already (read through
    // SheetGrid), so they are only folded, as direction.ts folds them.
    const namesStructure = memoize((label: string) => {
      const folded = foldCleanText(label);
      return structureWords.some((phrase) => startsWithPhrase(folded, phrase));
    });
    const slack = extraTolerance(context, 0);
    for (const row of context.rows) {
      // Most rows have fewer than two children: that is cheaper to see than what the label says.
      const children = context.childrenOf.get(row.row);
      if (!children || children.length < 2 || !namesStructure(row.label)) continue;
      const shares = children.filter((c) => context.kinds.get(c.row) === 'rate');
      if (shares.length < 2) continue;
      for (const role of additiveRoles) {
        const intervals = shares.map((s) => intervalOf(s.figures[role]));
        if (intervals.some((i) => i === null)) continue;
        const sum = sumIntervals(intervals as Interval[]);
        if (agrees(sum, hundred, slack)) continue;
        const column = figureColumn(context, role);
        findings.push(
          findingAt(context, {
            rule: 'shares-not-100',
            severity: 'error',
            row: shares[0]!.row,
            column,
            role,
            expected: 100,
            found: representative(sum),
            message: say(context.settings.language, findingText.sharesNot100, {
              cell: cellAddress(shares[0]!.row, column),
              found: show(context, representative(sum)),
              expected: show(context, 100),
              rows: rowList(shares),
            }),
          }),
        );
      }
    }
    return findings;
  },
};
