import type { ColumnRole } from '../report';
import type { SheetOverride } from '../settings';
import type { SheetGrid } from '../sheetGrid';
import { sheetText, type Localized } from '../../text/strings';
import { columnNumber } from '../address';
import { unitAboveTable, type Unit } from '../units';
import { findHeaderBlock } from './headerBlock';
import { resolveColumnRoles } from './columnRoles';
import { yearsIn } from './headerWords';

export interface TableLayout {
  headerRows: number[];
  columnNumberRow: number | null;
  firstDataRow: number;
  columns: Partial<Record<ColumnRole, number>>;
  reportYear: number | null;
  /** "Đơn vị tính: Người" above the table: the unit of rows that name none. */
  tableUnit: Unit | null;
  unresolvedComparisons: number[];
}

export type LayoutResult = { readonly found: true; readonly layout: TableLayout } | { readonly found: false; readonly reason: Localized };

export function detectLayout(grid: SheetGrid, override?: SheetOverride): LayoutResult {
  if (grid.snapshot.values.length === 0) return { found: false, reason: sheetText.emptySheet };
  const header = findHeaderBlock(grid, override?.headerRows);
  if (!header) return { found: false, reason: sheetText.noHeader };
  const lastHeaderRow = header.columnNumberRow ?? header.rows[header.rows.length - 1]!;
  const above = textsAbove(grid, header.rows[0]!);
  const roles = resolveColumnRoles(grid, header, titleYear(above));
  const columns = applyColumnOverrides(roles.columns, override);
  if (columns.label === undefined) return { found: false, reason: sheetText.noLabelColumn };
  if (columns.actual === undefined && columns.plan === undefined) return { found: false, reason: sheetText.noFigureColumns };
  return {
    found: true,
    layout: {
      headerRows: header.rows,
      columnNumberRow: header.columnNumberRow,
      firstDataRow: lastHeaderRow + 1,
      columns,
      reportYear: roles.reportYear,
      tableUnit: above.map(unitAboveTable).find((u) => u !== null) ?? null,
      unresolvedComparisons: roles.unresolvedComparisons,
    },
  };
}

function textsAbove(grid: SheetGrid, headerRow: number): string[] {
  const texts: string[] = [];
  for (let row = grid.firstRow; row < headerRow; row++) {
    for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
      const text = grid.text(row, column);
      if (text !== '') texts.push(text);
    }
  }
  return texts;
}

/** "KẾT QUẢ … NĂM 2020": the year a title names, when it names exactly one. */
function titleYear(texts: readonly string[]): number | null {
  for (const text of texts) {
    if (!/năm|nam|year/i.test(text)) continue;
    const years = [...new Set(yearsIn(text))];
    if (years.length === 1) return years[0]!;
  }
  return null;
}

/** The user's corrections: a letter moves a role to that column; "" says the sheet has no such column. */
function applyColumnOverrides(
  detected: Partial<Record<ColumnRole, number>>,
  override?: SheetOverride,
): Partial<Record<ColumnRole, number>> {
  const columns = { ...detected };
  for (const [role, letter] of Object.entries(override?.columns ?? {})) {
    if (letter === undefined) continue;
    if (letter === '') delete columns[role as ColumnRole];
    else columns[role as ColumnRole] = columnNumber(letter);
  }
  return columns;
}
