/**
 * Which columns' cell styles (indent, bold, font name) the reader fetches. Styles cost more per
 * cell than values, formulas and number formats together, and the core needs them only where the
 * indicator labels are: the label column's indent shows the hierarchy, and the font name of text
 * cells tells a legacy encoding (TCVN3 fonts such as ".VnTime"). Figure columns, the bulk of a
 * sheet, are left out.
 */
import type { CellValue } from '../../core/model';

/**
 * Styles of a sheet's first columns come with its values, in the same syncs: in indicator reports
 * these are STT and Chỉ tiêu, so the label column is almost always among them.
 */
export const LEADING_STYLED_COLUMNS = 2;

/** Adjacent columns, 0-based from the left of the used range, inclusive. */
export interface ColumnSpan {
  first: number;
  last: number;
}

/**
 * Columns beyond the leading ones that hold at least half as much text as the column holding the
 * most: the label column wherever it is (indicator names are the longest texts of a table), and
 * any column of comparable text. Their styles are read once the values are in. Units, codes,
 * figure columns with a few text numbers, a sparse notes column: not read.
 */
export function laterStyledColumns(values: readonly (readonly CellValue[])[], columns: number): ColumnSpan[] {
  const text = new Array<number>(columns).fill(0);
  for (const row of values) {
    for (let c = 0; c < columns; c++) {
      const value = row[c];
      if (typeof value === 'string') text[c]! += value.trim().length;
    }
  }
  const most = Math.max(0, ...text);
  const spans: ColumnSpan[] = [];
  for (let c = LEADING_STYLED_COLUMNS; c < columns; c++) {
    if (most === 0 || text[c]! * 2 < most) continue;
    const last = spans.at(-1);
    if (last && last.last === c - 1) last.last = c;
    else spans.push({ first: c, last: c });
  }
  return spans;
}
