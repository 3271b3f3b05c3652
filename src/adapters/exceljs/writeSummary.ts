/**
 * Renders a SummaryPlan into new worksheets of an ExcelJS workbook, after the original sheets.
 * Original sheets are never touched.
 */
import type { Cell, Workbook } from 'exceljs';
import { hyperlinkFormula, type PlannedCell, type PlannedSheet, type SummaryPlan } from '../../core/summaryPlan';

export function addPlannedSheets(workbook: Workbook, plan: SummaryPlan): void {
  for (const sheet of plan.sheets) addPlannedSheet(workbook, sheet);
}

function addPlannedSheet(workbook: Workbook, plan: PlannedSheet): void {
  const worksheet = workbook.addWorksheet(plan.name, {
    views: plan.frozenRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: plan.frozenRows }] : [],
  });
  plan.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  plan.rows.forEach((cells, rowIndex) => {
    cells.forEach((planned, columnIndex) => {
      if (isBlank(planned)) return;
      writeCell(worksheet.getCell(rowIndex + 1, columnIndex + 1), planned);
    });
  });
  if (plan.table) {
    const { top, left, bottom, right } = plan.table;
    worksheet.autoFilter = { from: { row: top, column: left }, to: { row: bottom, column: right } };
  }
}

function isBlank(cell: PlannedCell): boolean {
  return cell.value === null && !cell.fill && !cell.numberFormat && !cell.bold;
}

function writeCell(cell: Cell, planned: PlannedCell): void {
  cell.value =
    planned.link && planned.value !== null
      ? { formula: hyperlinkFormula(planned.link, String(planned.value)), result: planned.value }
      : planned.value;
  if (planned.numberFormat) cell.numFmt = planned.numberFormat;
  if (planned.bold || planned.fontColor || planned.link) {
    cell.font = {
      ...(planned.bold && { bold: true }),
      ...(planned.fontColor && { color: { argb: `FF${planned.fontColor}` } }),
      ...(planned.link && { underline: true }),
    };
  }
  if (planned.fill) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${planned.fill}` } };
  }
}
