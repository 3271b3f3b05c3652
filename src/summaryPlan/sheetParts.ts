/**
 * What every planned sheet (and the batch summary's) is made of: a title block, a header row of
 * the table on row 4, the colours, number formats and date format they share.
 */
import type { CheckResult, Language, SectionRow, Severity } from '../core/model';
import { say, summaryText } from '../text/strings';
import type { CellBlock, PlannedCell, PlannedPrint } from './plannedSheet';

/** The table's header row, under the title, the date of the check and an empty row. */
export const HEADER_ROW = 4;
const HEADER_FILL = 'DDEBF7';
export const LINK_COLOR = '0563C1';

/** Excel's "Good / Neutral / Bad" cell styles: errors red, warnings amber. */
export const severityColors: Record<Severity, { fill?: string; fontColor?: string }> = {
  error: { fill: 'FFC7CE', fontColor: '9C0006' },
  warning: { fill: 'FFEB9C', fontColor: '9C5700' },
  info: {},
};

/** The title, bold, and the day of the check under it; the table's header comes after an empty row. */
export function titleBlock(title: string, language: Language, checkedAt: Date): PlannedCell[][] {
  return [[{ value: title, bold: true }], [{ value: say(language, summaryText.checkedOn, { date: formatDate(checkedAt) }) }], []];
}

/** Header text wraps, so a column is as wide as its figures need and its name still reads whole. */
export function headerCell(text: string): PlannedCell {
  return { value: text, bold: true, fill: HEADER_FILL, wrap: true };
}

/** A4 landscape, one page wide, the table's header repeated on every page; the table's columns only. */
export function printSetup(table: CellBlock): PlannedPrint {
  return {
    orientation: 'landscape',
    paperSize: 'A4',
    fitToWidth: 1,
    titleRows: { first: table.top, last: table.top },
    columns: { first: table.left, last: table.right },
  };
}

/** dd/mm/yyyy, as dates are written in Vietnam; the local calendar day of the check. */
export function formatDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()}`;
}

export function figureCell(value: number | null): PlannedCell {
  return value === null ? { value: null } : { value, numberFormat: figureFormat(value) };
}

/**
 * A number format showing as many decimals as the figure has (at most 3), with a thousands
 * separator. Codes use "," and "." in their invariant meaning; Excel shows the user's own
 * separators, so Vietnamese Excel displays 1234.5 as "1.234,5".
 */
export function figureFormat(value: number): string {
  const decimals = decimalsOf(value, 3);
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

function decimalsOf(value: number, max: number): number {
  for (let decimals = 0; decimals < max; decimals++) {
    const scaled = value * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled))) return decimals;
  }
  return max;
}

/** Where links to a sheet's table go: its first table's label column and header row. */
export interface TableLink {
  readonly labelColumn: number;
  readonly headerRow: number;
}

/** Per sheet, where links to its table go: column A and row 1 where the check found no table. */
export function tableLinks(result: Pick<CheckResult, 'sheets'>): (sheet: string) => TableLink {
  const bySheet = new Map(result.sheets.map(({ sheet, tables: [first] }) => [sheet, first]));
  return (sheet) => {
    const first = bySheet.get(sheet);
    return { labelColumn: first?.columns.label ?? 1, headerRow: first?.headerRows[0] ?? 1 };
  };
}

/** Per sheet, the heading rows of its tables ("I. LĨNH VỰC XÃ HỘI"), in row order. */
export function sectionRows(result: Pick<CheckResult, 'sheets'>): (sheet: string) => readonly SectionRow[] {
  const bySheet = new Map(
    result.sheets.map(({ sheet, tables }) => [sheet, tables.flatMap((table) => table.sections ?? []).sort((a, b) => a.row - b.row)]),
  );
  return (sheet) => bySheet.get(sheet) ?? [];
}
