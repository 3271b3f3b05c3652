/**
 * One planned sheet as a SpreadsheetML worksheet part. Text is written inline (no shared-strings
 * part to rewrite), links as HYPERLINK formulas with their text as the cached result (see
 * hyperlinkFormula), and the header row is frozen and filtered.
 */
import { cellAddress, columnLetter } from '../../core';
import { externalHyperlinkFormula, hyperlinkFormula, type PlannedCell, type WritableSheet } from '../../summaryPlan';
import { cellStyleKey } from './cellStyle';
import { cellTextXml, xmlText } from './xmlText';

const WORKSHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

/** The cellXfs index of a cell's look (0 for none). */
export type StyleIndex = (cell: PlannedCell) => number;

export function worksheetXml(sheet: WritableSheet, styleIndex: StyleIndex): string {
  const width = sheet.rows.reduce((widest, row) => Math.max(widest, row.length), Math.max(1, sheet.columnWidths.length));
  const height = Math.max(1, sheet.rows.length);
  const parts: string[] = [WORKSHEET_OPEN, `<dimension ref="A1:${cellAddress(height, width)}"/>`, sheetViewXml(sheet.frozenRows)];
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.columnWidths.length) {
    const cols = sheet.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
    parts.push(`<cols>${cols.join('')}</cols>`);
  }
  parts.push('<sheetData>');
  sheet.rows.forEach((cells, index) => {
    const row = rowXml(cells, index + 1, styleIndex);
    if (row) parts.push(row);
  });
  parts.push('</sheetData>');
  if (sheet.table) parts.push(`<autoFilter ref="${tableRange(sheet.table)}"/>`);
  parts.push('</worksheet>');
  return parts.join('');
}

/** "A4:J120", the range a filter covers. */
export function tableRange(table: NonNullable<WritableSheet['table']>): string {
  return `${cellAddress(table.top, table.left)}:${cellAddress(table.bottom, table.right)}`;
}

function sheetViewXml(frozenRows: number): string {
  if (frozenRows <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const below = `A${frozenRows + 1}`;
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${frozenRows}" topLeftCell="${below}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${below}" sqref="${below}"/>` +
    '</sheetView></sheetViews>'
  );
}

function rowXml(cells: readonly PlannedCell[], row: number, styleIndex: StyleIndex): string | null {
  let body = '';
  cells.forEach((cell, index) => {
    body += cellXml(cell, `${columnLetter(index + 1)}${row}`, styleIndex);
  });
  return body ? `<row r="${row}">${body}</row>` : null;
}

function cellXml(cell: PlannedCell, reference: string, styleIndex: StyleIndex): string {
  const style = styleIndex(cell);
  const styled = style ? ` s="${style}"` : '';
  const { value } = cell;
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) {
    return style ? `<c r="${reference}"${styled}/>` : '';
  }
  const formula = linkFormula(cell, String(value));
  if (formula !== null) {
    const cached = typeof value === 'number' ? `<v>${value}</v>` : `<v>${cellTextXml(value)}</v>`;
    return `<c r="${reference}"${styled}${typeof value === 'number' ? '' : ' t="str"'}><f>${xmlText(formula)}</f>${cached}</c>`;
  }
  if (typeof value === 'number') return `<c r="${reference}"${styled}><v>${value}</v></c>`;
  return `<c r="${reference}"${styled} t="inlineStr"><is><t xml:space="preserve">${cellTextXml(value)}</t></is></c>`;
}

function linkFormula(cell: PlannedCell, text: string): string | null {
  if (cell.link) return hyperlinkFormula(cell.link, text);
  if (cell.externalLink) return externalHyperlinkFormula(cell.externalLink, text);
  return null;
}

/** The style lookup for cells of these sheets, from the indexes the styles part assigned. */
export function styleIndexFrom(indexes: ReadonlyMap<string, number>): StyleIndex {
  return (cell) => {
    const key = cellStyleKey(cell);
    return key ? (indexes.get(key) ?? 0) : 0;
  };
}
