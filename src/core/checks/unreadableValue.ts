import { figureColumnsOf } from '../rows/tableRows';
import type { FigureRole, MessageData } from '../report';
import { findingOf, ruleMeta, type FindingOf, type MessageIdOf, type TableRule } from './rule';

/**
 * unreadable-value: a cell in a figure column that cannot be read as a number; we say what we found,
 * never guess. A formula saved without its result that could not be calculated here is one too:
 * its figure is unknown, not zero. An Excel error (#DIV/0! where a plan is empty) is what a formula
 * gave, not a typing slip: an info line, never "enter a number".
 */
const meta = ruleMeta({
  id: 'unreadable-value',
  scope: 'table',
  severity: { unreadable: 'warning', uncalculatedFormula: 'warning', lostFormula: 'warning', formulaError: 'info' },
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
    lostFormula: {
      vi: 'Ô {{cell}} là một ô của công thức dùng chung nhưng tệp thiếu ô gốc giữ nội dung công thức, và không lưu kết quả, nên không đọc được số liệu này: mở tệp bằng Excel, xem lại công thức ở ô này, lưu lại rồi kiểm tra lại.',
      en: '{{cell}} belongs to a shared formula whose first cell, which holds the formula, is missing from the file, and has no saved result, so this figure cannot be read: open the file in Excel, look at the formula in this cell, save it and check again.',
    },
    formulaError: {
      vi: 'Ô {{cell}} là kết quả lỗi {{text}} của công thức (thường do chia cho ô trống hoặc bằng 0): ô này không có số liệu để kiểm tra.',
      en: '{{cell}} shows the formula error {{text}} (often a division by an empty or zero cell): it holds no figure to check.',
    },
  },
});

/** The error values Excel shows for a formula it cannot evaluate. */
const excelErrors: ReadonlySet<string> = new Set(['#DIV/0!', '#REF!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!']);

/**
 * "Tăng 11-12%" in a plan column is a target written in words (the report keeps it as planText),
 * not a number typed wrong: words beside a figure. A bare "x" is still unreadable.
 */
function isTargetInWords(role: FigureRole, text: string): boolean {
  return (role === 'plan' || role === 'nextPlan') && /\d/.test(text) && /\p{L}{2,}/u.test(text);
}

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
        if (figure?.kind === 'unreadable' && excelErrors.has(figure.text.trim().toUpperCase())) {
          messageId = 'formulaError';
          data = { text: figure.text.trim() };
        } else if (figure?.kind === 'unreadable' && isTargetInWords(role, figure.text)) {
          continue;
        } else if (figure?.kind === 'unreadable') {
          messageId = 'unreadable';
          data = { text: figure.text };
        } else if (figure === undefined && context.resultMissing(row.row, column)) {
          // No formula text at all: the file lost it (SheetSnapshot.lostFormulas).
          const formula = context.formulaAt(row.row, column);
          messageId = formula === null ? 'lostFormula' : 'uncalculatedFormula';
          data = formula === null ? {} : { formula };
        } else continue;
        findings.push(findingOf(meta, context.sheet, { messageId, row: row.row, column, role, expected: null, found: null, data }));
      }
    });
    return findings;
  },
};
