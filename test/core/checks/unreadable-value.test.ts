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
      name: 'an Excel error such as #DIV/0!',
      sheet: underHeader([['1', 'Số lao động được giải quyết việc làm', 'người', n, 23000, { error: '#DIV/0!' }]]),
      findings: [{ cell: 'F2', messageId: 'unreadable' }],
    },
  ],
});
