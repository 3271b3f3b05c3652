import { figureColumnsOf } from '../rows/tableRows';
import type { MessageData } from '../report';
import { findingOf, ruleMeta, type FindingOf, type MessageIdOf, type TableRule } from './rule';

/**
 * unreadable-value: a cell in a figure column that cannot be read as a number; we say what we found,
 * never guess. A formula saved without its result that could not be calculated here is one too:
 * its figure is unknown, not zero.
 */
const meta = ruleMeta({
  id: 'unreadable-value',
  scope: 'table',
  severity: 'warning',
  description: 'A cell in a figure column cannot be read as a number.',
  messages: {
    unreadable: {
      vi: 'Không đọc được "{{text}}" ở ô {{cell}} thành số: nhập lại thành số (ví dụ 1.234,5).',
      en: '"{{text}}" in {{cell}} cannot be read as a number: enter a number (for example 1,234.5).',
    },
    uncalculatedFormula: {
      vi: 'Công thức {{formula}} ở ô {{cell}} chưa có kết quả tính (tệp được lưu bởi chương trình không tính công thức), nên không đọc được số liệu này: mở tệp bằng Excel, lưu lại để Excel tính, rồi kiểm tra lại.',
      en: 'The formula {{formula}} in {{cell}} has no calculated result (the file was saved by a program that does not calculate), so this figure cannot be read: open the file in Excel, save it so Excel calculates it, and check again.',
    },
  },
});

export const unreadableValue: TableRule<typeof meta> = {
  meta,
  check(context) {
    const findings: FindingOf<typeof meta>[] = [];
    const columns = figureColumnsOf(context.layout);
    // forEach, not for…of: this long loop is often resumed in code compiled mid-loop, where each
    // row's step through the array would allocate an iterator result.
    context.rows.forEach((row) => {
      for (const { role, column } of columns) {
        const figure = row.figures[role];
        let messageId: MessageIdOf<typeof meta>;
        let data: MessageData;
        if (figure?.kind === 'unreadable') {
          messageId = 'unreadable';
          data = { text: figure.text };
        } else if (figure === undefined && context.resultMissing(row.row, column)) {
          messageId = 'uncalculatedFormula';
          data = { formula: context.formulaAt(row.row, column) ?? '' };
        } else continue;
        findings.push(findingOf(meta, context.sheet, { messageId, row: row.row, column, role, expected: null, found: null, data }));
      }
    });
    return findings;
  },
};
