/**
 * Reads an ExcelJS workbook into SheetSnapshots: copies values, formulas, number formats, styles
 * and merged areas over each sheet's used range. Interprets nothing.
 */
import type { Cell, CellRichTextValue, CellValue as ExcelCellValue, Workbook, Worksheet } from 'exceljs';
import { parseCellAddress } from '../../core';
import { snapshotStyle, type CellRange, type CellStyle, type CellValue, type SheetSnapshot, type SheetVisibility } from '../../core/model';

export function readSnapshots(workbook: Workbook): SheetSnapshot[] {
  // ExcelJS loads worksheets only: chart sheets never reach this list.
  return workbook.worksheets.map(readSheet);
}

function readSheet(worksheet: Worksheet): SheetSnapshot {
  const merges = readMerges(worksheet);
  const bounds = usedRange(worksheet);
  const visibility = { visibility: visibilityOf(worksheet), hiddenRows: hiddenRows(worksheet), hiddenColumns: hiddenColumns(worksheet) };
  if (!bounds) {
    return { name: worksheet.name, ...visibility, origin: { row: 1, column: 1 }, values: [], formulas: [], numberFormats: [], styles: [], merges };
  }
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const styles: (CellStyle | null)[][] = [];
  for (let row = bounds.top; row <= bounds.bottom; row++) {
    const valueRow: CellValue[] = [];
    const formulaRow: (string | null)[] = [];
    const formatRow: (string | null)[] = [];
    const styleRow: (CellStyle | null)[] = [];
    for (let column = bounds.left; column <= bounds.right; column++) {
      // findCell, not getCell: reading must not add cells to the workbook that will be written.
      const cell = worksheet.findCell(row, column);
      valueRow.push(cell ? cellValue(cell) : null);
      formulaRow.push(cell ? cellFormula(cell) : null);
      formatRow.push(cell?.numFmt || null);
      styleRow.push(cell ? cellStyle(cell) : null);
    }
    values.push(valueRow);
    formulas.push(formulaRow);
    numberFormats.push(formatRow);
    styles.push(styleRow);
  }
  return {
    name: worksheet.name,
    ...visibility,
    origin: { row: bounds.top, column: bounds.left },
    values,
    formulas,
    numberFormats,
    styles,
    merges,
  };
}

function visibilityOf(worksheet: Worksheet): SheetVisibility {
  return worksheet.state === 'hidden' || worksheet.state === 'veryHidden' ? worksheet.state : 'visible';
}

function hiddenRows(worksheet: Worksheet): number[] {
  const rows: number[] = [];
  // findRow, not eachRow({ includeEmpty }): that one adds a row object for every empty row.
  for (let row = 1; row <= worksheet.rowCount; row++) if (worksheet.findRow(row)?.hidden) rows.push(row);
  return rows;
}

/** ExcelJS spreads a <col min max hidden> range over one column object per column. */
function hiddenColumns(worksheet: Worksheet): number[] {
  // Typed as always there, but null on a sheet that sets no column properties.
  const columns = (worksheet.columns as Worksheet['columns'] | null) ?? [];
  return columns.flatMap((column, i) => (column.hidden ? [i + 1] : []));
}

/** The smallest rectangle holding every cell with a value or a formula; null for an empty sheet. */
function usedRange(worksheet: Worksheet): CellRange | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cellValue(cell) === null && cellFormula(cell) === null) return;
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, columnNumber);
      right = Math.max(right, columnNumber);
    });
  });
  return top === Infinity ? null : { top, left, bottom, right };
}

function isMergeFollower(cell: Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

/** The cell's value; ExcelJS repeats a merge's value in every cell of it, so followers read null. */
function cellValue(cell: Cell): CellValue {
  return isMergeFollower(cell) ? null : toCellValue(cell.value);
}

function toCellValue(value: ExcelCellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDate(value);
  if ('error' in value) return { error: value.error };
  if ('richText' in value) return richTextOf(value);
  if ('hyperlink' in value) return linkText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return toCellValue(value.result as ExcelCellValue | undefined);
  return null;
}

function richTextOf(value: CellRichTextValue): string {
  return value.richText.map((run) => run.text).join('');
}

/** ExcelJS types a link's text as a string, but a formatted link holds rich text, and a bare one none. */
function linkText(text: unknown): string | null {
  if (typeof text === 'string') return text;
  const runs = (text as Partial<CellRichTextValue> | undefined)?.richText;
  return Array.isArray(runs) ? richTextOf({ richText: runs }) : null;
}

/** Date-only cells (the usual case) as "2020-12-31"; a time of day keeps the full ISO form. */
function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function cellFormula(cell: Cell): string | null {
  if (isMergeFollower(cell)) return null;
  // Undefined for constants; for a shared-formula follower ExcelJS translates the master's formula.
  const text = cell.formula;
  return text ? `=${text}` : null;
}

function cellStyle(cell: Cell): CellStyle | null {
  return snapshotStyle(cell.alignment?.indent, cell.font?.bold, cell.font?.name);
}

function readMerges(worksheet: Worksheet): CellRange[] {
  const merges: readonly string[] = worksheet.model.merges ?? [];
  return merges.flatMap((range) => {
    const [from, to = from] = range.split(':');
    const start = from ? parseCellAddress(from) : null;
    const end = parseCellAddress(to ?? '');
    return start && end ? [{ top: start.row, left: start.column, bottom: end.row, right: end.column }] : [];
  });
}
