import { unreadableValue } from '../../../src/core/checks/unreadableValue';
import { header2023 } from '../../helpers/sheets';
import { ruleTester, underHeader } from './ruleTester';

const n = null;

ruleTester.run(unreadableValue, {
  valid: [
    {
      name: 'a dash for "no figure", and notes left alone',
      sheet: [
        [...header2023, 'Ghi chú'],
        ['1', 'Số lao động được giải quyết việc làm', 'người', '-', 23000, 23250, 'gần 20.000'],
        ['2', 'Người có công và thân nhân hưởng trợ cấp hàng tháng', 'người', n, n, 20000, 'Chỉ tiêu giao: dưới 3%'],
      ],
    },
    {
      name: 'a plan written in words ("Tăng 11-12%") is a target, not a number typed wrong',
      sheet: underHeader([['1', 'Giá trị sản xuất', 'tỷ đồng', 2500, 'Tăng 11-12%', 2883]]),
    },
  ],
  invalid: [
    {
      name: 'a cell in an actual column that is not a number, saying what it found',
      sheet: underHeader([
        ['1', 'Số lao động được giải quyết việc làm', 'người', n, 23000, 'x'],
        ['2', 'Tỷ lệ lao động qua đào tạo', '%', n, 73, 73],
      ]),
      findings: [
        { cell: 'F2', messageId: 'unreadable', severity: 'warning', row: 2, column: 'actual', data: { text: 'x' }, message: /"x" ở ô F2/ },
      ],
    },
    {
      name: 'an Excel error such as #DIV/0! is a formula outcome: an info line, never "enter a number"',
      sheet: underHeader([
        ['1', 'Số lao động được giải quyết việc làm', 'người', n, 23000, { error: '#DIV/0!' }],
        ['2', 'Số hộ nghèo', 'hộ', n, 120, { error: '#REF!' }],
      ]),
      options: { formulas: { F2: '=E2/D2', F3: '=E3/#REF!' } },
      findings: [
        { cell: 'F2', messageId: 'formulaError', severity: 'info', data: { text: '#DIV/0!' }, message: /#DIV\/0! của công thức/ },
        { cell: 'F3', messageId: 'formulaError', severity: 'info', data: { text: '#REF!' } },
      ],
    },
    {
      name: 'a figure whose formula the file lost (a shared formula without its first cell) is unknown, not empty',
      sheet: underHeader([
        ['1', 'Số hộ được hỗ trợ', 'hộ', n, 300, 290],
        [n, 'Chia ra: - Hộ nghèo', 'hộ', n, 200, 190],
        [n, '- Hộ cận nghèo', 'hộ', n, 100, n],
      ]),
      options: { lostFormulas: ['F4'] },
      findings: [{ cell: 'F4', messageId: 'lostFormula', severity: 'warning', row: 4, column: 'actual', message: /thiếu ô gốc giữ nội dung công thức/ }],
    },
  ],
});
