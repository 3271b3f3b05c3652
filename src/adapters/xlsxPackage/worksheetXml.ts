/**
 * One planned sheet as a SpreadsheetML worksheet part, produced row by row. Text goes through the
 * shared-strings part (see sharedStringsPart), links are HYPERLINK formulas with their text as the
 * cached result (see hyperlinkFormula), and the header row is frozen and filtered.
 */
import { cellAddress, columnLetter } from '../../core';
import { externalHyperlinkFormula, hyperlinkFormula, linkText, type PlannedCell, type WritableSheet } from '../../summaryPlan';
import { cellTextXml, xmlText } from './xmlText';

const WORKSHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

/** The cellXfs index of a cell's look (0 for none). */
export type StyleIndex = (cell: PlannedCell) => number;

/** The index of a text in the shared-strings part. */
export type TextIndex = (text: string) => number;

/** The relationship id of the sheet's drawing part, when it has charts. */
export interface WorksheetParts {
  drawingRelId?: string;
}

/** The worksheet part's text in pieces, a row at a time: a 100,000-row summary is never one string. */
export function* worksheetXml(sheet: WritableSheet, styleIndex: StyleIndex, textIndex: TextIndex, related: WorksheetParts = {}): Generator<string> {
  const width = sheet.rows.reduce((widest, row) => Math.max(widest, row.length), Math.max(1, sheet.columnWidths.length));
  const height = Math.max(1, sheet.rows.length);
  yield WORKSHEET_OPEN;
  // Fit to page: the page setup's fitToWidth/fitToHeight are used only with this flag.
  if (sheet.print) yield '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  yield `<dimension ref="A1:${cellAddress(height, width)}"/>${sheetViewXml(sheet)}<sheetFormatPr defaultRowHeight="15"/>`;
  if (sheet.columnWidths.length) {
    const cols = sheet.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
    yield `<cols>${cols.join('')}</cols>`;
  }
  yield '<sheetData>';
  const letters = Array.from({ length: width }, (_, index) => columnLetter(index + 1));
  for (let index = 0; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index]!;
    const row = rowXml(cells, index + 1, letters, styleIndex, textIndex, rowHeight(cells, sheet.columnWidths));
    if (row) yield row;
  }
  yield '</sheetData>';
  if (sheet.table) yield `<autoFilter ref="${tableRange(sheet.table)}"/>`;
  yield '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
  if (sheet.print) yield pageSetupXml(sheet.print);
  if (related.drawingRelId) yield `<drawing r:id="${related.drawingRelId}"/>`;
  yield '</worksheet>';
}

/** "A4:J120", the range a filter covers. */
export function tableRange(table: NonNullable<WritableSheet['table']>): string {
  return `${cellAddress(table.top, table.left)}:${cellAddress(table.bottom, table.right)}`;
}

/** Paper size 9 is A4; fitToHeight 0 lets the pages run down as far as the table goes. */
function pageSetupXml(print: NonNullable<WritableSheet['print']>): string {
  const paperSize = print.paperSize === 'A4' ? 9 : 1;
  return `<pageSetup paperSize="${paperSize}" orientation="${print.orientation}" fitToWidth="${print.fitToWidth}" fitToHeight="0"/>`;
}

/**
 * The sheet's view: selected when it is the sheet the workbook opens on, and frozen at the first
 * row and column that scroll (rows only, columns only, or both: then four panes, the bottom right
 * one active).
 */
function sheetViewXml(sheet: WritableSheet): string {
  const rows = Math.max(0, sheet.frozenRows);
  const columns = Math.max(0, sheet.frozenColumns ?? 0);
  const open = `<sheetViews><sheetView${sheet.active ? ' tabSelected="1"' : ''} workbookViewId="0">`;
  if (rows === 0 && columns === 0) return `${open}</sheetView></sheetViews>`;
  const topLeft = cellAddress(rows + 1, columns + 1);
  const pane = rows && columns ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  const splits = `${columns ? ` xSplit="${columns}"` : ''}${rows ? ` ySplit="${rows}"` : ''}`;
  return (
    open +
    `<pane${splits} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    '</sheetView></sheetViews>'
  );
}

/** `letters`: the sheet's column letters, worked out once rather than for each of a million cells. */
function rowXml(cells: readonly PlannedCell[], row: number, letters: readonly string[], styleIndex: StyleIndex, textIndex: TextIndex, height: number | null): string | null {
  let body = '';
  for (let index = 0; index < cells.length; index++) body += cellXml(cells[index]!, letters[index]! + row, styleIndex, textIndex);
  if (!body) return null;
  return `<row r="${row}"${height ? ` ht="${height}" customHeight="1"` : ''}>${body}</row>`;
}

const LINE_POINTS = 15;
/** Characters of Calibri 11 text that fit a column of width 1: plain text runs narrower than digits, bold about as wide. */
const CHARACTERS_PER_WIDTH = { plain: 1.2, bold: 0.95 };

/**
 * A row holding wrapped text is as tall as its longest cell needs (null: the default height).
 * Excel fits row heights itself only when a cell is edited, and other programs (LibreOffice)
 * not always on opening, so the package says it; words are counted whole, as wrapping breaks
 * between them.
 */
export function rowHeight(cells: readonly PlannedCell[], widths: readonly number[]): number | null {
  let lines = 1;
  cells.forEach((cell, index) => {
    if (!cell.wrap || cell.value === null) return;
    const perWidth = cell.bold ? CHARACTERS_PER_WIDTH.bold : CHARACTERS_PER_WIDTH.plain;
    const room = Math.max(1, Math.floor(((widths[index] ?? 8.43) - (cell.indent ?? 0) * 2) * perWidth));
    lines = Math.max(lines, wrappedLines(String(cell.value), room));
  });
  return lines > 1 ? lines * LINE_POINTS : null;
}

function wrappedLines(text: string, room: number): number {
  // Most names fit their column: no need to take them apart into words.
  if (text.length <= room && !text.includes('\n')) return 1;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed <= room) {
        line = needed;
      } else {
        if (line > 0) lines++;
        lines += Math.floor((word.length - 1) / room);
        line = word.length % room || room;
      }
    }
  }
  return lines;
}

function cellXml(cell: PlannedCell, reference: string, styleIndex: StyleIndex, textIndex: TextIndex): string {
  const style = styleIndex(cell);
  const styled = style ? ` s="${style}"` : '';
  const { value } = cell;
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) {
    return style ? `<c r="${reference}"${styled}/>` : '';
  }
  const formula = linkFormula(cell, String(value));
  if (formula !== null) {
    // The formula's own result: a label too long for a formula is shown cut (see linkText).
    const cached = typeof value === 'number' ? `<v>${value}</v>` : `<v>${cellTextXml(linkText(value))}</v>`;
    return `<c r="${reference}"${styled}${typeof value === 'number' ? '' : ' t="str"'}><f>${xmlText(formula)}</f>${cached}</c>`;
  }
  if (typeof value === 'number') return `<c r="${reference}"${styled}><v>${value}</v></c>`;
  return `<c r="${reference}"${styled} t="s"><v>${textIndex(value)}</v></c>`;
}

function linkFormula(cell: PlannedCell, text: string): string | null {
  if (cell.link) return hyperlinkFormula(cell.link, text);
  if (cell.externalLink) return externalHyperlinkFormula(cell.externalLink, text);
  return null;
}
