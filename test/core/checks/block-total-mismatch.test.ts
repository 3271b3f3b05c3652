import { blockTotalMismatch } from '../../../src/core/checks/blockTotalMismatch';
import { ruleTester, underHeader } from './ruleTester';

const n = null;

type Figures = readonly [number, number, number];

/** A heading of its own and its three measures, the way offices lay out each crop. */
function cropBlock(heading: string, area: Figures, yieldPerHa: Figures, output: Figures): (string | number | null)[][] {
  return [
    [n, heading, n, 0, 0, 0],
    [n, '- Diện tích', 'Ha', ...area],
    [n, '- Năng suất', 'Tạ/Ha', ...yieldPerHa],
    [n, '- Sản lượng', 'Tấn', ...output],
  ];
}

/** The seasons first and the whole year after them, as the numbers say: 1.1.2, 1.1.1, then 1.1. */
const seasonsThenYear = (yearOutput: Figures) =>
  underHeader([
    ...cropBlock('1.1.2.Lúa hè thu', [50, 69, 230], [56, 64, 57], [221, 235.5, 220.9]),
    ...cropBlock('1.1.1.Lúa Đông xuân', [30, 69, 359], [46, 61, 97], [91, 234.9, 1005.9]),
    ...cropBlock('1.1.Lúa cả năm', [80, 138, 589], [102, 125, 154], yearOutput),
  ]);

/** Part blocks whose areas only meet within the rounding of a figure shown without decimals. */
const roundedOnly = underHeader([
  ...cropBlock('3.2.Hoa các loại', [26, 27, 8.1], [1, 1, 1], [1, 1.1, 0.81]),
  ...cropBlock('3.2.1.Hoa lay ơn', [1, 11, 8.1], [1, 1, 1], [0.1, 1.1, 0.81]),
  ...cropBlock('3.2.2 Hoa khác', [10, 11, 25.6], [1, 1, 1], [1, 1.1, 0.96]),
]);

/** A numbered part that is no block of measures: the parts found are not the whole breakdown. */
const partWithoutMeasures = underHeader([
  ...cropBlock('3.1.Rau các loại', [10, 20, 30], [10, 10, 10], [5, 6, 7]),
  [n, '3.2.Cây thực phẩm ứng dụng CNC', 'Ha', 1, 2, 3],
  ...cropBlock('3.3.Hoa các loại', [10, 20, 30], [10, 10, 10], [5, 6, 7]),
  ...cropBlock('3.Cây thực phẩm', [20, 40, 60], [1, 1, 1], [1, 2, 3]),
]);

ruleTester.run(blockTotalMismatch, {
  valid: [
    { name: 'the whole year adds up its seasons in every measure', sheet: seasonsThenYear([312, 470.4, 1226.8]) },
    { name: 'part blocks that agree only within rounding prove nothing', sheet: roundedOnly },
    { name: 'a numbered part without measures leaves the breakdown unknown', sheet: partWithoutMeasures },
  ],
  invalid: [
    {
      name: "the whole year's output is not its seasons' while its areas add up",
      sheet: seasonsThenYear([2, 2.3, 0]),
      // An output of 0 on 589 ha at 154 tạ/ha is also one its own area and yield cannot give.
      alsoFound: ['crop-output-mismatch F13'],
      findings: [
        { cell: 'D13', messageId: 'blockMeasureDiffers', severity: 'warning', row: 13, column: 'prior', expected: 312, found: 2, data: { partRows: '5, 9', provenRow: '11' } },
        { cell: 'E13', messageId: 'blockMeasureDiffers', expected: 470.4, found: 2.3 },
        { cell: 'F13', messageId: 'blockMeasureDiffers', expected: 1226.8, found: 0 },
      ],
    },
    {
      name: 'a whole-year block above its seasons, placed by its number',
      sheet: underHeader([
        ...cropBlock('1.1.Lúa cả năm', [80, 138, 589], [102, 125, 154], [312, 470.4, 1300]),
        ...cropBlock('1.1.1.Lúa Đông xuân', [30, 69, 359], [46, 61, 97], [91, 234.9, 1005.9]),
        ...cropBlock('1.1.2.Lúa hè thu', [50, 69, 230], [56, 64, 57], [221, 235.5, 220.9]),
      ]),
      findings: [{ cell: 'F5', messageId: 'blockMeasureDiffers', expected: 1226.8, found: 1300 }],
    },
  ],
});
