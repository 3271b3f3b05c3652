/**
 * Whether a cell's formula reads nothing but blank cells: "=E12/D12*100" or "=SUM(F13:F20)" before
 * anyone typed the figures. Its 0 is a figure not yet reported, not a figure of zero.
 */
import type { SheetGrid } from '../sheetGrid';
import { referencedAreas } from './references';

export function readsOnlyBlanks(grid: SheetGrid, row: number, column: number): boolean {
  const expression = grid.expression(row, column);
  if (expression === null) return false;
  const areas = referencedAreas(expression);
  if (areas.length === 0) return false;
  return areas.every((area) => {
    for (let r = Math.max(area.top, grid.firstRow); r <= Math.min(area.bottom, grid.lastRow); r++) {
      for (let c = Math.max(area.left, grid.firstColumn); c <= Math.min(area.right, grid.lastColumn); c++) {
        if (grid.value(r, c) !== null && grid.text(r, c) !== '') return false;
      }
    }
    return true;
  });
}
