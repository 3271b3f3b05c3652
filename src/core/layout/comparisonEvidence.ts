import type { SheetGrid } from '../sheetGrid';
import { plainNumber } from '../figures';
import { readFigure } from '../values';
import type { TableLayout, UnsettledComparison } from './detectLayout';

/**
 * A role read from the figures is a guess unless most rows agree: a column where 8 of 105 rows
 * happen to match actual/prior is not a year-on-year column. Both bars must be met.
 */
const clearMajority = 2 / 3;
const fewestAgreeing = 5;

/**
 * A "So sánh (%)" column whose header names no ratio takes the role its figures show: the one of
 * actual/plan or actual/prior (as percent or ratio) that a clear majority of the comparable rows
 * agree with. Otherwise it is left unchecked, and the layout says how few agreed.
 */
export function settleComparisonsByEvidence(grid: SheetGrid, layout: TableLayout): TableLayout {
  if (layout.unresolvedComparisons.length === 0) return { ...layout, unsettledComparisons: [], comparisonsWithoutFigures: [] };
  const columns = { ...layout.columns };
  const unsettledComparisons: UnsettledComparison[] = [];
  const comparisonsWithoutFigures: number[] = [];
  const numberAt = (row: number, column: number | undefined): number | null =>
    column === undefined ? null : plainNumber(readFigure({ value: grid.value(row, column), numberFormat: grid.numberFormat(row, column) }, 'vi'));
  for (const column of layout.unresolvedComparisons) {
    const agreeing = { statedPercentOfPlan: 0, statedYoY: 0 };
    let comparable = 0;
    for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
      const stated = numberAt(row, column);
      const actual = numberAt(row, columns.actual);
      if (stated === null || actual === null) continue;
      let hasBase = false;
      for (const [role, base] of [
        ['statedPercentOfPlan', numberAt(row, columns.plan)],
        ['statedYoY', numberAt(row, columns.prior)],
      ] as const) {
        if (base === null || base === 0) continue;
        hasBase = true;
        const ratio = actual / base;
        if (Math.abs(stated - ratio * 100) <= 0.51 || Math.abs(stated - ratio) <= 0.0051) agreeing[role]++;
      }
      if (hasBase) comparable++;
    }
    const role = agreeing.statedPercentOfPlan >= agreeing.statedYoY ? 'statedPercentOfPlan' : 'statedYoY';
    const settled = agreeing[role] >= fewestAgreeing && agreeing[role] >= clearMajority * comparable;
    if (settled && columns[role] === undefined) columns[role] = column;
    else if (!settled && comparable > 0) unsettledComparisons.push({ column, agreeing: agreeing[role], comparable });
    else if (comparable === 0) comparisonsWithoutFigures.push(column);
  }
  return { ...layout, columns, unresolvedComparisons: [], unsettledComparisons, comparisonsWithoutFigures };
}
