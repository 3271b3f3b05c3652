/** Links in cells written as HYPERLINK formulas, the one form every spreadsheet program opens. */
import { sheetCellReference } from '../core';

/**
 * =HYPERLINK("#'Sheet'!C12", "label"). ExcelJS 4.4 writes in-workbook hyperlinks as external
 * relationships that WPS, Google Sheets and Excel for Mac fail to open (exceljs issues #1893,
 * #3027); the HYPERLINK function works everywhere and survives a round trip.
 */
export function hyperlinkFormula(link: { sheet: string; row: number; column: number }, text: string): string {
  const target = `#${sheetCellReference(link.sheet, link.row, link.column)}`;
  return `HYPERLINK(${stringLiteral(target)},${stringLiteral(text)})`;
}

/**
 * =HYPERLINK("tinh-a-checked.xlsx", "label"): a link to another file, resolved by Excel against the
 * folder of the workbook holding it, so the link keeps working when the folder is moved or shared.
 */
export function externalHyperlinkFormula(target: string, text: string): string {
  return `HYPERLINK(${stringLiteral(target)},${stringLiteral(text)})`;
}

/** Excel caps a string constant in a formula at 255 characters; longer text is joined with &. */
const MAX_LITERAL = 255;

function stringLiteral(text: string): string {
  const chunks: string[] = [];
  for (let start = 0; start < text.length || chunks.length === 0; start += MAX_LITERAL) {
    chunks.push(`"${text.slice(start, start + MAX_LITERAL).replace(/"/g, '""')}"`);
  }
  return chunks.join('&');
}
