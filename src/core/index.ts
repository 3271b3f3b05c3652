/**
 * The engine's one face: the model, the check (whole or a sheet at a time) and the few helpers
 * adapters need. Nothing else of src/core is imported from outside it (eslint.config.mjs).
 */
export * from './model';
export { checkWorkbook, startSheetChecks, startWorkbookCheck, type WorkbookCheck } from './checkWorkbook';
export type { SheetCheckData } from './sheetCheckData';
export { cellAddress, columnLetter, columnNumber, parseCellAddress, sheetCellReference } from './address';
// The summary plan adds up districts' figures: their sum without binary float noise.
export { withoutFloatNoise } from './values/floatNoise';
// The one wording step: the result's codes and message data as sentences in the reader's language.
export { wordFinding, wordReport, wordResult, wordSheet } from './wording';
export { formatNumber } from './formatNumber';
// The pane's search matches what Vietnamese users type without diacritics, as the rules match headers.
export { foldText } from './textFold';
