import { referencedAreas } from '../formulas/references';
import { findingOf, ruleMeta, type FindingOf, type RuleContext, type TableRule } from './rule';

/**
 * amount-from-rates: a row of amounts or counts (Tỷ đồng, Ha) whose formula reads nothing but rows
 * of percents (=I37/I34*100 in a Tỷ đồng row, I37 and I34 both "%"): what it computes is a ratio
 * of shares, not the row's figure; the formula most often points a few rows off. The formula and
 * the units written in the rows are the evidence; a warning, once per row.
 */
const meta = ruleMeta({
  id: 'amount-from-rates',
  scope: 'table',
  severity: 'warning',
  description: 'A row of amounts or counts is computed from rows of percents only.',
  messages: {
    computedFromRates: {
      vi: 'Ô {{cell}} ({{unit}}) tính bằng công thức {{formula}} chỉ từ các dòng tỷ lệ (%) {{rows}}: kết quả là một tỷ lệ, không phải {{unit}}; kiểm tra lại công thức (có thể lệch dòng).',
      en: '{{cell}} ({{unit}}) is computed by {{formula}} from percent rows {{rows}} only: the result is a ratio, not {{unit}}; check the formula (it may point at the wrong rows).',
    },
  },
});

/** A range wider than this is a sum over a block, not the few cells of a ratio. */
const mostRowsRead = 50;

export const amountFromRates: TableRule<typeof meta> = {
  meta,
  readsOnly: 'cells-and-units',
  check(context) {
    const findings: FindingOf<typeof meta>[] = [];
    for (const row of context.rows) {
      const unit = context.structure.effectiveUnits.get(row.row);
      if (!unit || (unit.kind !== 'amount' && unit.kind !== 'count')) continue;
      for (const column of context.figureColumns) {
        const formula = context.formulaAt(row.row, column);
        if (formula === null || typeof context.valueAt(row.row, column) !== 'number') continue;
        const rowsRead = percentRowsRead(context, row.row, column);
        if (!rowsRead) continue;
        findings.push(
          findingOf(meta, context.sheet, {
            messageId: 'computedFromRates',
            row: row.row,
            column,
            expected: null,
            found: null,
            data: { unit: unit.text, formula, rows: rowsRead.join(', ') },
          }),
        );
        break;
      }
    }
    return findings;
  },
};

/** The rows a formula reads when every one of them is a row of percents in this table; null otherwise. */
function percentRowsRead(context: RuleContext, row: number, column: number): number[] | null {
  const expression = context.parsedAt(row, column);
  if (!expression) return null;
  const rows = new Set<number>();
  // Most formulas read a row of another kind (a total adding its parts): the first such row settles it.
  for (const area of referencedAreas(expression)) {
    if (area.bottom - area.top >= mostRowsRead) return null;
    for (let row = area.top; row <= area.bottom; row++) {
      const unit = context.structure.effectiveUnits.get(row);
      if (unit?.kind !== 'rate' || unit.base !== '%') return null;
      rows.add(row);
    }
  }
  return rows.size === 0 ? null : [...rows];
}
