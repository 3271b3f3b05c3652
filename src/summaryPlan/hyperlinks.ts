/** Links in cells written as HYPERLINK formulas, the one form every spreadsheet program opens. */
import { sheetCellReference } from '../core';

/**
 * Excel refuses a text constant in a formula longer than 255 characters, and HYPERLINK gives
 * #VALUE! for a target longer than that even when joined from shorter pieces. A target and a label
 * of one constant each keep the formula far below Excel's 8,192 characters.
 */
const MAX_LITERAL = 255;
const ELLIPSIS = '…';

/**
 * =HYPERLINK("#'Sheet'!C12", "label"). ExcelJS 4.4 writes in-workbook hyperlinks as external
 * relationships that WPS, Google Sheets and Excel for Mac fail to open (exceljs issues #1893,
 * #3027); the HYPERLINK function works everywhere and survives a round trip. Null when no formula
 * within Excel's limits can hold the target: the cell then holds its text without a link.
 */
export function hyperlinkFormula(link: { sheet: string; row: number; column: number }, text: string): string | null {
  return withinLimits(`#${sheetCellReference(link.sheet, link.row, link.column)}`, text);
}

/**
 * =HYPERLINK("tinh-a-checked.xlsx", "label"): a link to another file, resolved by Excel against the
 * folder of the workbook holding it, so the link keeps working when the folder is moved or shared.
 */
export function externalHyperlinkFormula(target: string, text: string): string | null {
  return withinLimits(target, text);
}

/**
 * What a link cell shows: its text, or when that does not fit one text constant, as much of it as
 * does and "…". The whole label stays one click away, in the cell the link goes to.
 */
export function linkText(text: string): string {
  if (quoted(text).length <= MAX_LITERAL) return text;
  let shown = '';
  let room = MAX_LITERAL - ELLIPSIS.length;
  for (const character of text) {
    room -= quoted(character).length;
    if (room < 0) break;
    shown += character;
  }
  return shown + ELLIPSIS;
}

function withinLimits(target: string, text: string): string | null {
  if (quoted(target).length > MAX_LITERAL) return null;
  return `HYPERLINK("${quoted(target)}","${quoted(linkText(text))}")`;
}

function quoted(text: string): string {
  return text.replace(/"/g, '""');
}
