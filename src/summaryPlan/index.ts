/** The sheets the check writes, as data for both writers; and the parts the batch summary shares. */
export { buildSummaryPlan, type SummaryPlanOptions } from './summaryPlan';
export type { CellBlock, PlannedCell, PlannedChart, PlannedPrint, PlannedSheet, SummaryPlan, WritableSheet } from './plannedSheet';
export { externalHyperlinkFormula, hyperlinkFormula, linkText } from './hyperlinks';
export { sheetNameKey, uniqueSheetName } from './sheetNames';
export { headerCell, HEADER_ROW, LINK_COLOR, severityColors, titleBlock } from './sheetParts';
