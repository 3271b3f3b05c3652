/**
 * Renders a SummaryPlan into new worksheets of an ExcelJS workbook, after the original sheets.
 * Original sheets are never touched.
 */
import type { Cell, CellValue, Workbook } from 'exceljs';
import { externalHyperlinkFormula, hyperlinkFormula, type PlannedCell, type PlannedSheet } from '../../core/summaryPlan';

/** What this writer needs of a planned sheet; `kind` only matters to the add-in's writer. */
export type WritableSheet = Omit<PlannedSheet, 'kind'>;

/** Renders a SummaryPlan, or any plan of sheets laid out the same way (the batch summary). */
export function addPlannedSheets(workbook: Workbook, plan: { readonly sheets: readonly WritableSheet[] }): void {
  for (const sheet of plan.sheets) addPlannedSheet(workbook, sheet);
}

function addPlannedSheet(workbook: Workbook, plan: WritableSheet): void {
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
  cell.value = cellValue(planned);
  const linked = planned.link || planned.externalLink;
  if (planned.numberFormat) cell.numFmt = planned.numberFormat;
  if (planned.bold || planned.fontColor || linked) {
    cell.font = {
      ...(planned.bold && { bold: true }),
      ...(planned.fontColor && { color: { argb: `FF${planned.fontColor}` } }),
      ...(linked && { underline: true }),
    };
  }
  if (planned.fill) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${planned.fill}` } };
  }
}

/** Links are HYPERLINK formulas (see hyperlinkFormula), with the text as the cached result. */
function cellValue(planned: PlannedCell): CellValue {
  if (planned.value === null) return null;
  const text = String(planned.value);
  if (planned.link) return { formula: hyperlinkFormula(planned.link, text), result: planned.value };
  if (planned.externalLink) return { formula: externalHyperlinkFormula(planned.externalLink, text), result: planned.value };
  return planned.value;
}
