/** A small report as data, built by hand, for the findings list's cases the engine rarely gives together. */
import type { IndicatorResult, ReportData, RuleFinding } from '../../src/core';

function indicator(sheet: string, row: number, label: string, parentRow: number | null, actual: number, plan: number | null = null): IndicatorResult {
  return {
    sheet, row, code: null, label, unit: 'ha', kind: 'count', level: parentRow === null ? 0 : 1, parentRow, breakdown: parentRow === null ? null : 'full',
    direction: 'higher', prior: null, plan, actual, nextPlan: null, planText: null, percentOfPlan: null, yoyPercent: null, yoyPoints: null, status: 'no-target',
  };
}

function sumFinding(sheet: string, row: number, cell: string, extra: Partial<RuleFinding> = {}): RuleFinding {
  return {
    rule: 'sum-mismatch', messageId: 'totalDiffers', severity: 'error', sheet, row, cell, column: 'actual', expected: 800, found: 900,
    data: { found: 900, cell, expected: 800, rows: `${row + 1}, ${row + 2}` }, ...extra,
  };
}

/** Two sheets; "Diện tích" twice on Biểu 1 under different parents; E2 flagged by two rules. */
export const report: ReportData = {
  workbook: 'test.xlsx',
  sheets: [
    { name: 'Biểu 1', status: 'checked', headerRows: [1], columns: { label: 'B', plan: 'D', actual: 'E' } },
    { name: 'Biểu 2', status: 'checked', headerRows: [1], columns: { label: 'B', actual: 'E' } },
  ],
  indicators: [
    indicator('Biểu 1', 2, 'Cây lúa', null, 900),
    indicator('Biểu 1', 3, 'Diện tích', 2, 500, 600),
    indicator('Biểu 1', 4, 'Sản lượng', 2, 300, 400),
    indicator('Biểu 1', 5, 'Cây cà phê', null, 70),
    indicator('Biểu 1', 6, 'Diện tích', 5, 40),
    indicator('Biểu 2', 2, 'Dân số', null, 10),
  ],
  findings: [
    { ...sumFinding('Biểu 2', 2, 'E2'), severity: 'warning', messageId: 'comprisingNotAdding' },
    sumFinding('Biểu 1', 2, 'E2'),
    {
      rule: 'stated-percent-mismatch', messageId: 'percentOfPlan', severity: 'warning', sheet: 'Biểu 1', row: 2, cell: 'E2', column: 'actual',
      expected: 90, found: 80, data: { cell: 'E2', found: 80, expected: 90 },
    },
    { ...sumFinding('Biểu 1', 6, 'E6'), columnHeading: 'Thực hiện năm 2020' } as RuleFinding,
  ],
};
