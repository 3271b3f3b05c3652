import { subsetExceedsTotal } from '../../../src/core/checks/subsetExceedsTotal';
import { ruleTester, underHeader } from './ruleTester';

const n = null;

const abroad = (part: number) =>
  underHeader([
    ['3', 'Số lao động được giải quyết việc làm', 'người', n, n, 23250],
    [n, 'Trong đó: Đi làm việc ở nước ngoài theo hợp đồng', 'người', 1982, n, part],
  ]);

const trained = (part: number) =>
  underHeader([
    ['2', 'Tỷ lệ lao động qua đào tạo', '%', 72, 73, 73],
    [n, 'Trong đó: có bằng cấp, chứng chỉ', '%', 35.9, 36, part],
  ]);

/** One row under a total, with no breakdown word: a part only by its place. */
const lonePart = (part: number) =>
  underHeader([
    ['3', 'Số lao động được giải quyết việc làm', 'người', n, n, 23250],
    [n, '- Đi làm việc ở nước ngoài theo hợp đồng', 'người', n, n, part],
  ]);

/** A crop heading with a unit, and its one measure in the same unit below it. */
const replanting = (heading: readonly [number, number, number]) =>
  underHeader([
    ['1.1', 'Trồng tái canh, ghép cải tạo', 'Ha', ...heading],
    [n, '- Diện tích', 'Ha', 384, n, 786],
  ]);

ruleTester.run(subsetExceedsTotal, {
  valid: [
    { name: 'an "of which" part below its total', sheet: abroad(2749) },
    { name: 'an "of which" part equal to its total', sheet: abroad(23250) },
    { name: 'an "of which" rate below its total rate', sheet: trained(36) },
    { name: 'a heading left at zero in every column is unfilled, not a total', sheet: replanting([0, 0, 0]) },
  ],
  invalid: [
    {
      name: 'an "of which" part above its total',
      sheet: abroad(25000),
      findings: [
        { cell: 'F3', messageId: 'partExceedsTotal', severity: 'error', row: 3, column: 'actual', expected: 23250, found: 25000, data: { totalRow: '2' } },
      ],
    },
    {
      name: 'an "of which" rate above its total rate',
      sheet: trained(80),
      findings: [{ cell: 'F3', messageId: 'partExceedsTotal', expected: 73, found: 80 }],
    },
    {
      name: 'a range part above its total: the message shows the range, not its middle',
      sheet: underHeader([
        ['3', 'Số lao động được giải quyết việc làm', 'người', n, n, 23250],
        [n, 'Trong đó: Đi làm việc ở nước ngoài theo hợp đồng', 'người', n, n, '25.000-26.000'],
      ]),
      findings: [
        {
          cell: 'F3',
          messageId: 'partExceedsTotal',
          data: { found: { low: 25000, high: 26000 } },
          message: 'Số "trong đó" 25.000–26.000 ở ô F3 lớn hơn số tổng 23.250 (dòng 2): một phần không thể lớn hơn tổng.',
        },
      ],
    },
    {
      name: 'a zero heading filled in another column, where it equals its part, holds its part there too',
      sheet: replanting([0, 0, 786]),
      findings: [{ cell: 'D3', messageId: 'partExceedsTotal', severity: 'warning', expected: 0, found: 384 }],
    },
    {
      name: 'a lone row below a total, a part only by its place: a warning',
      sheet: lonePart(25000),
      findings: [{ cell: 'F3', messageId: 'partExceedsTotal', severity: 'warning', expected: 23250, found: 25000 }],
    },
  ],
});
