import { cropOutputMismatch } from '../../../src/core/checks/cropOutputMismatch';
import type { CellValue } from '../../../src/core/snapshot';
import { ruleTester, underHeader } from './ruleTester';

const n = null;
type Figures = readonly [CellValue, CellValue, CellValue];

/** A crop heading and its three measures, from row 2: area row 3, yield row 4, output row 5. */
const crop = (area: Figures, yieldFigures: Figures, output: Figures, units: readonly [string, string, string] = ['ha', 'tạ/ha', 'tấn'], areaName = '- Diện tích') =>
  underHeader([
    ['1', 'Lúa đông xuân', n, n, n, n],
    [n, areaName, units[0], ...area],
    [n, '- Năng suất', units[1], ...yieldFigures],
    [n, '- Sản lượng', units[2], ...output],
  ]);

/** Rows with an actual only: a crop's heading alone (["Lúa"]), or a measure with its unit. */
const actualsUnder = (rows: readonly (readonly [string] | readonly [string, string, number])[]) =>
  underHeader(rows.map(([label, unit, actual]) => (unit === undefined ? ['1', label, n, n, n, n] : [n, label, unit, n, n, actual ?? n])));

/** "Toàn huyện" and two communes, each with TH 2019, KH 2020, TH 2020 (test/helpers/sheets.ts, groupedSheet). */
const grouped = (rows: readonly (readonly CellValue[])[]) => [
  ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn huyện', n, n, 'Xã A', n, n, 'Xã B', n, n],
  ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'TH 2020', 'TH 2019', 'KH 2020', 'TH 2020', 'TH 2019', 'KH 2020', 'TH 2020'],
  ...rows,
];

ruleTester.run(cropOutputMismatch, {
  valid: [
    { name: 'output equal to area times yield', sheet: crop([100, 120, 230], [50, 55, 57], [500, 660, 1311]) },
    { name: 'output below area times yield: a perennial crop lists its whole area', sheet: crop([786, 800, 786], [40, 40, 40], [2000, 2400, 2500]) },
    { name: 'yield shown rounded: 230 ha at 57 tạ/ha may give 1,320 t (57.4 shown as 57)', sheet: crop([n, n, 230], [n, n, 57], [n, n, 1320]) },
    {
      name: 'a yield typed rounded and shown with decimals: 53 shown "53.00" may be 53.4',
      sheet: crop([n, n, 1000], [n, n, 53], [n, n, 5340]),
      options: { numberFormats: { D3: '0.00', E3: '0.00', F3: '0.00', D4: '0.00', E4: '0.00', F4: '0.00' } },
    },
    { name: 'a blank output is not entered, not 0', sheet: crop([n, n, 100], [n, n, 50], [n, n, n]) },
    { name: 'an output with a 0 area is a row not filled in, not a figure', sheet: crop([n, n, 0], [n, n, 50], [n, n, 300]) },
    { name: 'a 0 output where a tiny area rounds it away', sheet: crop([n, n, 0.1], [n, n, 20], [n, n, 0]) },
    { name: 'area shown without decimals may be half a hectare more: 2 ha at 5,000 kg/ha may give 12,000 kg', sheet: crop([n, n, 2], [n, n, 5000], [n, n, 12000], ['ha', 'kg/ha', 'kg']) },
    { name: 'units convert: 1.2 nghìn ha at 50 tạ/ha is 6 nghìn tấn', sheet: crop([n, n, 1.2], [n, n, 50], [n, n, 6], ['nghìn ha', 'tạ/ha', 'nghìn tấn']) },
    {
      name: 'newly planted area is not the area the yield is on',
      sheet: crop([n, n, 10], [n, n, 50], [n, n, 500], ['ha', 'tạ/ha', 'tấn'], '- Diện tích trồng mới'),
    },
    {
      name: 'of several areas, the largest bounds the output',
      sheet: actualsUnder([
        ['Cao su'],
        ['- Diện tích hiện có', 'ha', 100],
        ['- Diện tích cho sản phẩm', 'ha', 90],
        ['- Năng suất', 'tạ/ha', 50],
        ['- Sản lượng', 'tấn', 480],
      ]),
    },
    {
      name: 'a row in tấn under another name is no output',
      sheet: actualsUnder([
        ['Lúa'],
        ['- Diện tích', 'ha', 10],
        ['- Năng suất', 'tạ/ha', 50],
        ['- Phân bón sử dụng', 'tấn', 900],
      ]),
    },
    {
      name: "crops listed output before yield: a yield is never paired with the next crop's area",
      sheet: actualsUnder([
        ['Lúa'],
        ['- Diện tích', 'ha', 100],
        ['- Sản lượng', 'tấn', 500],
        ['- Năng suất', 'tạ/ha', 50],
        ['Ngô'],
        ['- Diện tích', 'ha', 10],
        ['- Sản lượng', 'tấn', 40],
        ['- Năng suất', 'tạ/ha', 40],
        ['- Diện tích', 'ha', 10],
        ['- Sản lượng', 'tấn', 900],
      ]),
    },
    {
      name: 'two yields before one output: which goes with it is unknown',
      sheet: actualsUnder([
        ['Lúa'],
        ['- Diện tích', 'ha', 10],
        ['- Năng suất', 'tạ/ha', 50],
        ['- Năng suất', 'tạ/ha', 40],
        ['- Sản lượng', 'tấn', 900],
      ]),
    },
  ],
  invalid: [
    {
      name: 'output 0 while area and yield are positive',
      sheet: crop([384, n, 786], [0, n, 40], [0, n, 0]),
      findings: [
        {
          cell: 'F5',
          messageId: 'outputZero',
          severity: 'warning',
          column: 'actual',
          expected: 3144,
          found: 0,
          message: 'Sản lượng ở ô F5 bằng 0 trong khi diện tích 786 ha (dòng 3) và năng suất 40 tạ/ha (dòng 4) đều dương: có năng suất thì phải có sản lượng (đến 3.144 tấn nếu thu hoạch cả diện tích). Có thể sản lượng chưa được nhập.',
        },
      ],
    },
    {
      name: 'output above area times yield beyond rounding, in every figure column',
      sheet: crop([80, 138, 589], [39, 34.1, 20.8], [312, 470.4, 1300]),
      findings: [{ cell: 'F5', messageId: 'outputAboveAreaTimesYield', column: 'actual', expected: 1225.12, found: 1300 }],
    },
    {
      name: 'the plan column too',
      sheet: crop([n, 100, n], [n, 50, n], [n, 600, n]),
      findings: [{ cell: 'E5', messageId: 'outputAboveAreaTimesYield', column: 'plan', expected: 500, found: 600 }],
    },
    {
      name: 'kg per ha and kg convert: 20 ha at 5,000 kg/ha is 100,000 kg',
      sheet: crop([n, n, 20], [n, n, 5000], [n, n, 120000], ['ha', 'kg/ha', 'kg']),
      findings: [{ cell: 'F5', messageId: 'outputAboveAreaTimesYield', expected: 100000, found: 120000 }],
    },
    {
      name: "a commune's column group",
      sheet: grouped([
        ['1', 'Lúa', n, n, n, n, n, n, n, n, n, n],
        [n, '- Diện tích', 'ha', 30, 30, 30, 10, 10, 10, 20, 20, 20],
        [n, '- Năng suất', 'tạ/ha', 50, 50, 50, 50, 50, 50, 50, 50, 50],
        [n, '- Sản lượng', 'tấn', 150, 150, 100, 50, 50, 0, 100, 100, 100],
      ]),
      findings: [{ cell: 'I6', messageId: 'outputZero', expected: 50, found: 0 }],
    },
  ],
});
