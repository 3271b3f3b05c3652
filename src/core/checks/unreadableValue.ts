import { cellAddress } from '../address';
import { figureColumnsOf } from '../rows/tableRows';
import { findingText, say } from '../../text/strings';
import type { Finding } from '../report';
import { findingAt, type Rule } from './rule';

/**
 * unreadable-value: a cell in a figure column that cannot be read as a number; we say what we found,
 * never guess. A formula saved without its result that could not be calculated here is one too:
 * its figure is unknown, not zero.
 */
export const unreadableValue: Rule = {
  id: 'unreadable-value',
  check(context) {
    const findings: Finding[] = [];
    const { language } = context.settings;
    const columns = figureColumnsOf(context.layout);
    // forEach, not for…of: this long loop is often resumed in code compiled mid-loop, where each
    // row's step through the array would allocate an iterator result.
    context.rows.forEach((row) => {
      for (const { role, column } of columns) {
        const figure = row.figures[role];
        let message: string;
        if (figure?.kind === 'unreadable') message = say(language, findingText.unreadableValue, { cell: cellAddress(row.row, column), text: figure.text });
        else if (figure === undefined && context.resultMissing(row.row, column)) {
          message = say(language, findingText.uncalculatedFormula, { cell: cellAddress(row.row, column), formula: context.formulaAt(row.row, column) ?? '' });
        } else continue;
        findings.push(
          findingAt(context, { rule: 'unreadable-value', severity: 'warning', row: row.row, column, role, expected: null, found: null, message }),
        );
      }
    });
    return findings;
  },
};
