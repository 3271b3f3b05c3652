import { cellAddress } from '../address';
import { formulaCycles, type FormulaCell } from '../formulas/cycles';
import { relativeForm } from '../formulas/relativeForm';
import { findingOf, ruleMeta, type FindingOf, type SheetRule } from './rule';

/**
 * circular-reference: formulas that read themselves round (N205 → N207 → N208 → N203 → N205).
 * Excel refuses to calculate them, so what the cells show is an old result or an error: the
 * formulas are the evidence, an error. Each cycle is reported once, at the cell that most likely
 * made it, the one whose formula is not the one filled across its row.
 */
const meta = ruleMeta({
  id: 'circular-reference',
  scope: 'sheet',
  severity: 'error',
  description: 'Formulas that read one another round in a circle, which Excel cannot calculate.',
  messages: {
    circular: {
      vi: 'Công thức ở ô {{cell}} tạo thành tham chiếu vòng ({{cycle}}): Excel không tính được các công thức này, nên số đang hiển thị là kết quả cũ hoặc lỗi. Kiểm tra lại các công thức trong vòng.',
      en: 'The formula in {{cell}} makes a circular reference ({{cycle}}): Excel cannot calculate these formulas, so the figures shown are stale results or errors. Check the formulas of the circle.',
    },
    circularOddFormula: {
      vi: 'Công thức ở ô {{cell}} tạo thành tham chiếu vòng ({{cycle}}): Excel không tính được các công thức này, nên số đang hiển thị là kết quả cũ hoặc lỗi. Công thức ở ô {{cell}} khác với các ô cùng dòng (như {{usual}}): kiểm tra lại công thức này trước.',
      en: 'The formula in {{cell}} makes a circular reference ({{cycle}}): Excel cannot calculate these formulas, so the figures shown are stale results or errors. The formula in {{cell}} differs from those beside it in its row (such as {{usual}}): check it first.',
    },
  },
});

export const circularReference: SheetRule<typeof meta> = {
  meta,
  check(context) {
    const { formulas } = context;
    const found = formulaCycles(formulas, context.parsedAt);
    if (found.cycles.length === 0) return [];
    const byRow = new Map<number, FormulaCell[]>();
    for (const cell of formulas) {
      const row = byRow.get(cell.row);
      if (row) row.push(cell);
      else byRow.set(cell.row, [cell]);
    }
    const findings: FindingOf<typeof meta>[] = [];
    for (const cycle of found.cycles) {
      const shown = cycle.filter((index) => !context.isHidden(formulas[index]!.row, formulas[index]!.column));
      if (shown.length === 0) continue;
      const odd = shown.map((index) => ({ index, usual: usualFormulaBeside(formulas[index]!, byRow.get(formulas[index]!.row)!) })).find((c) => c.usual);
      const at = odd?.index ?? shown[0]!;
      const way = found.shortestCycle(at).map((index) => address(formulas[index]!));
      const cell = formulas[at]!;
      findings.push(
        findingOf(meta, context.sheet, {
          messageId: odd?.usual ? 'circularOddFormula' : 'circular',
          row: cell.row,
          column: cell.column,
          expected: null,
          found: null,
          data: { cycle: [...way, way[0]!].join(' → '), ...(odd?.usual ? { usual: odd.usual } : {}) },
        }),
      );
    }
    return findings;
  },
};

function address(cell: FormulaCell): string {
  return cellAddress(cell.row, cell.column);
}

/**
 * Where the cell's formula breaks its row's pattern: the formula most of the row's formula cells
 * share, read relative to each cell (more of them than share the cell's own, two at least), as
 * "M205 =M199*0.33"; null when the cell holds that formula or the row has none.
 */
function usualFormulaBeside(cell: FormulaCell, row: readonly FormulaCell[]): string | null {
  const forms = new Map<string, FormulaCell[]>();
  for (const other of row) {
    const form = relativeForm(other.formula, other.row, other.column);
    if (form === null) continue;
    const alike = forms.get(form);
    if (alike) alike.push(other);
    else forms.set(form, [other]);
  }
  const own = relativeForm(cell.formula, cell.row, cell.column);
  const ownCount = own === null ? 0 : (forms.get(own)?.length ?? 0);
  let usual: FormulaCell[] = [];
  let tied = false;
  for (const alike of forms.values()) {
    if (alike.length > usual.length) [usual, tied] = [alike, false];
    else if (alike.length === usual.length) tied = true;
  }
  if (tied || usual.length < 2 || usual.length <= ownCount) return null;
  // The nearest of them, as the one to compare with.
  const nearest = usual.reduce((best, other) => (Math.abs(other.column - cell.column) < Math.abs(best.column - cell.column) ? other : best));
  return `${address(nearest)} ${nearest.formula.startsWith('=') ? nearest.formula : `=${nearest.formula}`}`;
}
