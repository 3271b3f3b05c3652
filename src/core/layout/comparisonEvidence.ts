import type { SheetGrid } from '../sheetGrid';
import { plainNumber } from '../figures';
import { readFigure } from '../values';
import type { TableLayout } from './detectLayout';

/**
 * A "So sánh (%)" column whose header names no ratio takes the role its figures show: the one of
 * actual/plan or actual/prior (as percent or ratio) that more rows agree with.
 */
export function settleComparisonsByEvidence(grid: SheetGrid, layout: TableLayout): TableLayout {
  if (layout.unresolvedComparisons.length === 0) return layout;
  const columns = { ...layout.columns };
  const numberAt = (row: number, column: number | undefined): number | null =>
    column === undefined ? null : plainNumber(readFigure({ value: grid.value(row, column), numberFormat: grid.numberFormat(row, column) }, 'vi'));
  for (const column of layout.unresolvedComparisons) {
    const agreeing = { statedPercentOfPlan: 0, statedYoY: 0 };
    for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
      const stated = numberAt(row, column);
      const actual = numberAt(row, columns.actual);
      if (stated === null || actual === null) continue;
      for (const [role, base] of [
        ['statedPercentOfPlan', numberAt(row, columns.plan)],
        ['statedYoY', numberAt(row, columns.prior)],
      ] as const) {
        if (base === null || base === 0) continue;
        const ratio = actual / base;
        if (Math.abs(stated - ratio * 100) <= 0.51 || Math.abs(stated - ratio) <= 0.0051) agreeing[role]++;
      }
    }
    const role = agreeing.statedPercentOfPlan >= agreeing.statedYoY ? 'statedPercentOfPlan' : 'statedYoY';
    if (agreeing[role] > 0 && columns[role] === undefined) columns[role] = column;
  }
  return { ...layout, columns, unresolvedComparisons: [] };
}
