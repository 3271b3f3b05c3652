import { describe, expect, it } from 'vitest';
import { formulaCycles, type FormulaCell } from '../../../src/core/formulas/cycles';
import { parseFormula } from '../../../src/core/formulas/parse';

/** The cycles of the cells, each formula parsed as the check does. */
function cyclesOf(cells: readonly FormulaCell[]) {
  const byCell = new Map(cells.map((cell) => [`${cell.row},${cell.column}`, cell.formula]));
  return formulaCycles(cells, (row, column) => parseFormula(byCell.get(`${row},${column}`)!, 'S'));
}

/** Running totals down column E: each row adds every row above it. */
function runningTotals(rows: number): FormulaCell[] {
  return Array.from({ length: rows }, (_, i) => ({ row: i + 2, column: 5, formula: i === 0 ? '=1' : `=SUM(E$2:E${i + 1})` }));
}

describe('formulaCycles', () => {
  it('finds none in 20,000 running totals, each adding every row above it', () => {
    expect(cyclesOf(runningTotals(20_000)).cycles).toEqual([]);
  });

  it('finds all of them in one cycle once the first reads the last, and the shortest way round', () => {
    const cells = runningTotals(20_000);
    cells[0] = { ...cells[0]!, formula: '=E20001*0' };
    const found = cyclesOf(cells);
    expect(found.cycles).toHaveLength(1);
    expect(found.cycles[0]).toHaveLength(20_000);
    // E20001 adds E2, which reads E20001.
    expect(found.shortestCycle(0)).toEqual([0, 19_999]);
  });

  it('keeps separate cycles apart, each in sheet order', () => {
    const cells: FormulaCell[] = [
      { row: 1, column: 1, formula: '=B1' },
      { row: 1, column: 2, formula: '=A1' },
      { row: 2, column: 1, formula: '=A1+C2' },
      { row: 2, column: 3, formula: '=C2' },
    ];
    expect(cyclesOf(cells).cycles).toEqual([[0, 1], [3]]);
  });

  it('reads no cycle through other sheets, and none through whole columns of plain figures', () => {
    const cells: FormulaCell[] = [
      { row: 1, column: 1, formula: "='Other sheet'!A1+1" },
      { row: 2, column: 1, formula: '=SUM(B:B)' },
    ];
    expect(cyclesOf(cells).cycles).toEqual([]);
  });
});
