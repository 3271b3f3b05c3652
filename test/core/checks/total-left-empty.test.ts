import { totalLeftEmpty } from '../../../src/core/checks/totalLeftEmpty';
import { ruleTester, underHeader } from './ruleTester';

const n = null;

const crops = [20, 21, 22, 23];

/**
 * A value of production (row 2) adding crops (row 3) and services (row 6), each the sum of the two
 * rows below it; column G, with no heading, holds working figures. `services` is row 6's figures.
 */
const production = (services: readonly (number | null)[], serviceParts: readonly (number | null)[][] = [[3, 4, 5, 6], [1, 2, 2, 2]]) =>
  underHeader([
    ['1', 'Giá trị sản xuất', 'tỷ đồng', ...crops.map((value, i) => value + (services[i] ?? 0))], // 2
    ['1.1', 'Trồng trọt', 'tỷ đồng', ...crops], // 3
    [n, '- Lúa', 'tỷ đồng', 12, 12, 13, 13], // 4
    [n, '- Rau', 'tỷ đồng', 8, 9, 9, 10], // 5
    ['1.2', 'Dịch vụ', 'tỷ đồng', ...services], // 6
    [n, '- Dịch vụ A', 'tỷ đồng', ...serviceParts[0]!], // 7
    [n, '- Dịch vụ B', 'tỷ đồng', ...serviceParts[1]!], // 8
  ]);

/** Every total an adding formula in D to G, but row 6 in F and G. */
const formulas = Object.fromEntries(
  ['D', 'E', 'F', 'G'].flatMap((c) => [
    [`${c}2`, `=${c}3+${c}6`],
    [`${c}3`, `=SUM(${c}4:${c}5)`],
    ...(c === 'D' || c === 'E' ? [[`${c}6`, `=SUM(${c}7:${c}8)`]] : []),
  ]),
);

ruleTester.run(totalLeftEmpty, {
  valid: [
    {
      name: 'a total filled in every column',
      sheet: production([4, 6, 7, 8]),
      options: { formulas: { ...formulas, F6: '=SUM(F7:F8)', G6: '=SUM(G7:G8)' } },
    },
    {
      name: 'a total empty where its parts are empty too (not reported yet)',
      sheet: production([4, 6, n, n], [[3, 4, n, n], [1, 2, n, n]]),
      options: { formulas },
    },
    {
      name: 'a total empty only in a column outside the header',
      sheet: production([4, 6, 7, n]),
      options: { formulas: { ...formulas, F6: '=SUM(F7:F8)' } },
    },
    {
      name: 'a total empty in a column whose totals are never adding formulas',
      sheet: production([4, 6, n, n]),
      options: { formulas: Object.fromEntries(Object.entries(formulas).filter(([cell]) => !cell.startsWith('F') && !cell.startsWith('G'))) },
    },
  ],
  invalid: [
    {
      name: 'a total left empty in F while its formula fills D and E and its parts are filled',
      sheet: production([4, 6, n, 8]),
      options: { formulas: { ...formulas, G6: '=SUM(G7:G8)' } },
      findings: [
        {
          cell: 'F6',
          messageId: 'totalEmpty',
          severity: 'warning',
          expected: 7,
          found: null,
          data: { empty: 'F6', filled: 'D6:E6', formula: '=SUM(D7:D8)' },
          message:
            'Dòng tổng để trống ở F6, trong khi D6:E6 là công thức cộng các dòng bên dưới (=SUM(D7:D8)) và các dòng đó có số ở cả những cột để trống: điền công thức tổng vào F6, nếu không các tổng cộng dòng này sẽ bỏ sót nó.',
        },
      ],
    },
    {
      name: 'in English',
      sheet: production([4, 6, n, 8]),
      settings: { language: 'en' },
      options: { formulas: { ...formulas, G6: '=SUM(G7:G8)' } },
      findings: [
        {
          cell: 'F6',
          messageId: 'totalEmpty',
          message:
            'The total is empty in F6 while D6:E6 adds the rows below (=SUM(D7:D8)) and those rows are filled in the empty columns too: fill in the total in F6, or the totals that add this row leave it out.',
        },
      ],
    },
  ],
});
