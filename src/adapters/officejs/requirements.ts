/**
 * Which ExcelApi requirement sets the adapter uses, and the one place that asks Office about them.
 * Versions are strings: the number 1.10 would read as 1.1.
 */

/** Whether the host supports ExcelApi `version` ("1.9"). */
export type Supports = (version: string) => boolean;

/** The requirement set each optional feature needs. Everything else is ExcelApi 1.1. */
export const api = {
  /** getUsedRange(valuesOnly), worksheet protection, format.columnWidth, format.autofitRows. */
  valuesOnlyUsedRange: '1.2',
  sheetProtection: '1.2',
  columnWidth: '1.2',
  autofitRows: '1.2',
  /** Workbook settings, *OrNullObject methods. */
  settings: '1.4',
  orNullObject: '1.4',
  /** suspendApiCalculationUntilNextSync. */
  suspendCalculation: '1.6',
  /** Range.hyperlink, freezePanes, workbook.name, workbook.protection. */
  hyperlink: '1.7',
  freezePanes: '1.7',
  workbookName: '1.7',
  workbookProtection: '1.7',
  /** Range.rowHidden / columnHidden: whether none, some or all rows (columns) of a range are hidden. */
  hiddenRowsAtAll: '1.2',
  /** getCellProperties: indent, bold and font name in one call; getRowProperties / getColumnProperties: which rows (columns) are hidden. */
  cellProperties: '1.9',
  hiddenRowsLineByLine: '1.9',
  /** format.indentLevel; worksheet.pageLayout (orientation, paper, fit to pages, print titles and area). */
  indent: '1.9',
  pageLayout: '1.9',
  /** A chart's category axis: reversePlotOrder (1.7) with where the value axis crosses it (position, 1.8). */
  chartAxisPosition: '1.8',
  /** getMergedAreasOrNullObject. */
  mergedAreas: '1.13',
} as const;

/** Office's own answer; false outside Office (tests, the development preview). */
export function officeSupports(version: string): boolean {
  if (typeof Office === 'undefined') return false;
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

/** The workbook's file name from the document URL, for hosts below ExcelApi 1.7 ("" outside Office). */
export function officeDocumentName(): string {
  if (typeof Office === 'undefined') return '';
  try {
    const url = Office.context.document.url ?? '';
    const last = url.split(/[\\/]/).pop() ?? '';
    return decodeURIComponent(last.split('?')[0] ?? '');
  } catch {
    return '';
  }
}
