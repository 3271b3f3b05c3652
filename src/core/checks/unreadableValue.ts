import { cellAddress } from '../address';
import { figureRoles } from '../rows/tableRows';
import { findingText, say } from '../../text/strings';
import { figureColumn, findingAt, type Rule } from './rule';

/** unreadable-value: a cell in a figure column that cannot be read as a number; we say what we found, never guess. */
export const unreadableValue: Rule = {
  id: 'unreadable-value',
  check(context) {
    const findings = [];
    for (const row of context.rows) {
      for (const role of figureRoles) {
        const figure = row.figures[role];
        if (figure?.kind !== 'unreadable') continue;
        const column = figureColumn(context, role);
        findings.push(
          findingAt(context, {
            rule: 'unreadable-value',
            severity: 'warning',
            row: row.row,
            column,
            role,
            expected: null,
            found: null,
            message: say(context.settings.language, findingText.unreadableValue, {
              cell: cellAddress(row.row, column),
              text: figure.text,
            }),
          }),
        );
      }
    }
    return findings;
  },
};
