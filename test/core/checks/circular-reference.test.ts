import { circularReference } from '../../../src/core/checks/circularReference';
import { ruleTester, underHeader } from './ruleTester';

const n = null;

/** A total of two areas in rows 2 to 4, the same in each column. */
const areas = underHeader([
  ['1', 'Diện tích gieo trồng', 'ha', 100, 100, 100], // 2
  [n, '- Khu vực A', 'ha', 60, 60, 60], // 3
  [n, '- Khu vực B', 'ha', 40, 40, 40], // 4
]);

/** Area B as two thirds of area A in D and E; in F it is the total less area A, though the total adds area B. */
const areaBFromTotal = { D2: '=D3+D4', E2: '=E3+E4', F2: '=F3+F4', D4: '=D3*2/3', E4: '=E3*2/3', F4: '=F2-F3' };

/** Thirty rows, each figure one more than the row below's, with running totals beside them. */
const chain = underHeader(
  Array.from({ length: 30 }, (_, i) => [String(i + 1), `Chỉ tiêu ${i + 1}`, 'người', 1000 + i, 2000 + i, 31 - i]),
);
const chainFormulas = Object.fromEntries(
  Array.from({ length: 30 }, (_, i) => [
    [`F${i + 2}`, i === 29 ? '=1' : `=F${i + 3}+1`],
    [`D${i + 2}`, `=SUM(F$2:F${i + 2})+${1000 + i}-SUM(F$2:F${i + 2})`],
    [`E${i + 2}`, `=SUM(F:F)*0+${2000 + i}`],
  ]).flat(),
);

ruleTester.run(circularReference, {
  valid: [
    { name: 'totals that add their parts', sheet: areas, options: { formulas: { D2: '=D3+D4', E2: '=E3+E4', F2: '=F3+F4' } } },
    { name: 'a long chain of formulas, and sums over whole columns of them, that never come back', sheet: chain, options: { formulas: chainFormulas } },
    { name: 'ROW reads where a cell is, not what it holds', sheet: areas, options: { formulas: { F4: '=ROW(F4)*10' } } },
  ],
  invalid: [
    {
      name: 'two cells that read each other',
      sheet: areas,
      options: { formulas: { F3: '=F4*1.5', F4: '=F3/1.5' } },
      findings: [
        {
          cell: 'F3',
          messageId: 'circular',
          severity: 'error',
          data: { cycle: 'F3 → F4 → F3' },
          message:
            'Công thức ở ô F3 tạo thành tham chiếu vòng (F3 → F4 → F3): Excel không tính được các công thức này, nên số đang hiển thị là kết quả cũ hoặc lỗi. Kiểm tra lại các công thức trong vòng.',
        },
      ],
    },
    {
      name: 'a cell that reads itself',
      sheet: areas,
      options: { formulas: { F4: '=F4+1' } },
      findings: [{ cell: 'F4', messageId: 'circular', data: { cycle: 'F4 → F4' } }],
    },
    {
      name: 'a sum whose range covers a cell that reads the sum',
      sheet: areas,
      options: { formulas: { F2: '=SUM(F3:F4)', F4: '=F2*0.4' } },
      findings: [{ cell: 'F2', messageId: 'circular', data: { cycle: 'F2 → F4 → F2' } }],
    },
    {
      name: 'a cycle reported once, at the cell whose formula is not the one filled across its row',
      sheet: areas,
      options: { formulas: areaBFromTotal },
      findings: [
        {
          cell: 'F4',
          messageId: 'circularOddFormula',
          data: { cycle: 'F4 → F2 → F4', usual: 'E4 =E3*2/3' },
          message:
            'Công thức ở ô F4 tạo thành tham chiếu vòng (F4 → F2 → F4): Excel không tính được các công thức này, nên số đang hiển thị là kết quả cũ hoặc lỗi. Công thức ở ô F4 khác với các ô cùng dòng (như E4 =E3*2/3): kiểm tra lại công thức này trước.',
        },
      ],
    },
    {
      name: 'the odd cell hidden: the cycle is reported at a cell the reader sees',
      // A row below, so that the hidden row stays inside the table.
      sheet: [...areas, ['2', 'Số trang trại', 'trang trại', 5, 6, 7]],
      options: { formulas: areaBFromTotal, hiddenRows: [4] },
      findings: [{ cell: 'F2', messageId: 'circular', data: { cycle: 'F2 → F4 → F2' } }],
    },
    {
      name: 'in English',
      sheet: areas,
      settings: { language: 'en' },
      options: { formulas: areaBFromTotal },
      findings: [
        {
          cell: 'F4',
          messageId: 'circularOddFormula',
          message:
            'The formula in F4 makes a circular reference (F4 → F2 → F4): Excel cannot calculate these formulas, so the figures shown are stale results or errors. The formula in F4 differs from those beside it in its row (such as E4 =E3*2/3): check it first.',
        },
      ],
    },
  ],
});
