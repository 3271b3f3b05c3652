/**
 * Renders a SummaryPlan into the open workbook: the same cells, values, number formats, bold,
 * fills, font colours, wrapping, indents and links as the package writer, plus an Excel table over
 * each planned table, frozen rows and columns, column widths, the page layout, the charts, and the
 * planned sheet active at the end.
 *
 * All or nothing:
 *   1. check workbook protection and the protection of the sheets to replace before any change;
 *   2. write the new sheets under temporary names (recorded as the add-in's, so a run that is cut
 *      off leaves sheets the next run recognises and removes);
 *   3. in one last sync, delete the sheets the add-in wrote before, give the new sheets their
 *      names and store the record;
 *   4. if anything fails, delete what was added and put the record back, then throw AddinError.
 * Only recorded sheets that still match (name and title) are ever deleted.
 */
import { runWithPauses } from '../../addin/pauses';
import { AddinError, type Progress, type WrittenSheets } from '../../addin/workbookAccess';
import { cellAddress, columnLetter } from '../../core';
import { uniqueSheetName, type PlannedChart, type PlannedPrint, type PlannedSheet, type SummaryPlan } from '../../summaryPlan';
import { guarded, isPayloadError } from './errors';
import type { Host } from './host';
import { ACTION_OVERHEAD, jsonBytes } from './payload';
import { plannedCellsInSteps, styleRunBytes, type PlannedCells, type StyleRun } from './plannedCells';
import { api } from './requirements';
import { loadSetting, saveSetting, settingValue } from './settingsStore';
import {
  confirmWrittenSheets,
  writtenRecordFrom,
  writtenRecordKey,
  type WrittenEntry,
  type WrittenRecord,
} from './writtenSheets';

/** A light table style: black bold header text, so the plan's header fill stays readable. */
const TABLE_STYLE = 'TableStyleLight1';

/** `checkedAt`, when given, is kept in the record: a later check only can say when these sheets were written. */
export async function writeSummary(
  host: Host,
  plan: SummaryPlan,
  onProgress?: (progress: Progress) => void,
  checkedAt?: Date,
): Promise<WrittenSheets> {
  return guarded(() => host.run((context) => writeAll(context, host, plan, onProgress, checkedAt)));
}

async function writeAll(
  context: Excel.RequestContext,
  host: Host,
  plan: SummaryPlan,
  onProgress: ((progress: Progress) => void) | undefined,
  checkedAt: Date | undefined,
): Promise<WrittenSheets> {
  const keepsRecord = host.supports(api.settings);

  // ---- 1. what is there, and may it change ----
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const workbookProtection = host.supports(api.workbookProtection) ? context.workbook.protection : null;
  workbookProtection?.load('protected');
  const recordSetting = keepsRecord ? loadSetting(context, writtenRecordKey) : null;
  await context.sync();
  if (workbookProtection?.protected) throw new AddinError({ kind: 'protectedWorkbook' });
  const names = worksheets.items.map((sheet) => sheet.name);
  const record = writtenRecordFrom(recordSetting ? settingValue(recordSetting) : null);
  // The record as stored, to put back untouched if this run is undone.
  const storedRecord: unknown = recordSetting && !recordSetting.isNullObject ? recordSetting.value : null;
  const confirmed = await confirmWrittenSheets(context, host, record, names);
  const locked = confirmed.find((sheet) => sheet.protected);
  if (locked) throw new AddinError({ kind: 'protectedSheet', sheet: locked.entry.name });
  const old = confirmed.map((sheet) => sheet.entry);

  // ---- names: the plan's, unless a sheet that stays has taken one; temporary ones meanwhile ----
  const oldNames = new Set(old.map((entry) => entry.name));
  const kept = names.filter((name) => !oldNames.has(name));
  const finals: string[] = [];
  for (const sheet of plan.sheets) finals.push(uniqueSheetName(sheet.name, [...kept, ...finals]));
  const temps: string[] = [];
  for (const final of finals) temps.push(uniqueSheetName(`~${final}`, [...names, ...finals, ...temps]));
  const writes: SheetWrite[] = [];
  for (const [index, planned] of plan.sheets.entries()) {
    const cells = await runWithPauses(plannedCellsInSteps(planned, host.supports));
    writes.push(sheetWrite(planned, finals[index]!, temps[index]!, cells, checkedAt));
  }

  // ---- 2. the new sheets ----
  try {
    await writeSheets(context, host, writes, old, keepsRecord, onProgress);

    // ---- 3. swap ----
    for (const entry of old) worksheets.getItem(entry.name).delete();
    for (const write of writes) write.worksheet!.name = write.final;
    writes.find((write) => write.planned.active)?.worksheet!.activate();
    if (keepsRecord) saveSetting(context, writtenRecordKey, recordOf(writes.map((write) => entryOf(write, write.final))));
    await context.sync();
  } catch (error) {
    // ---- 4. leave nothing half-written ----
    await rollback(context, writes, old, keepsRecord ? { stored: storedRecord } : null).catch(() => undefined);
    throw error;
  }
  return {
    summary: writes.find((write) => write.planned.kind === 'summary')?.final ?? '',
    findings: writes.find((write) => write.planned.kind === 'findings')?.final ?? '',
    districts: writes.filter((write) => write.planned.kind === 'districts').map((write) => write.final),
  };
}

// ---- one planned sheet, as steps that fit into syncs ---------------------------------------

interface SheetWrite {
  planned: PlannedSheet;
  final: string;
  temp: string;
  marker: string;
  /** When the check that planned it ran (ISO 8601), if known. */
  checkedAt?: string;
  cells: PlannedCells;
  worksheet: Excel.Worksheet | null;
  /** The new sheet's id once its creation synced (ids last a session: enough to undo). */
  id: string | null;
  progress: Cursor;
}

/** How far a sheet is written; copied before each sync and kept only when the sync succeeds. */
interface Cursor {
  created: boolean;
  nextRow: number;
  nextRun: number;
  nextLink: number;
  finished: boolean;
}

function sheetWrite(planned: PlannedSheet, final: string, temp: string, cells: PlannedCells, checkedAt: Date | undefined): SheetWrite {
  return {
    planned,
    final,
    temp,
    marker: String(planned.rows[0]?.[0]?.value ?? ''),
    ...(checkedAt ? { checkedAt: checkedAt.toISOString() } : {}),
    cells,
    worksheet: null,
    id: null,
    progress: { created: false, nextRow: 0, nextRun: 0, nextLink: 0, finished: false },
  };
}

function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** Excel's character widths (Calibri 11: 7-pixel digits, 5 pixels of padding) in points. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

const SETUP_BYTES_PER_COLUMN = ACTION_OVERHEAD * 2;

// ---- the syncs ---------------------------------------------------------------------------------

async function writeSheets(
  context: Excel.RequestContext,
  host: Host,
  writes: SheetWrite[],
  old: WrittenEntry[],
  keepsRecord: boolean,
  onProgress: ((progress: Progress) => void) | undefined,
): Promise<void> {
  const total = writes.reduce((sum, write) => sum + write.cells.rows.length, 0);
  let budget = host.payloadBudget;
  let retried = false;
  let recorded = false;
  onProgress?.({ done: 0, total });
  while (writes.some((write) => !write.progress.finished)) {
    if (host.supports(api.suspendCalculation)) context.application.suspendApiCalculationUntilNextSync();
    if (keepsRecord && !recorded) {
      // Before any sheet exists: the temporary sheets are the add-in's, whatever happens next.
      saveSetting(context, writtenRecordKey, recordOf([...old, ...writes.map((write) => entryOf(write, write.temp))]));
    }
    const cursors = writes.map((write) => ({ ...write.progress }));
    let left = budget;
    let queued = false;
    for (let i = 0; i < writes.length && left > 0; i++) {
      const spent = queueSheetSteps(context, host, writes[i]!, cursors[i]!, left, queued);
      if (spent > 0) queued = true;
      left -= spent;
    }
    try {
      // One sync per payload budget of steps.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error)) throw error;
      if (retried) throw new AddinError({ kind: 'payloadTooLarge' });
      // The request was refused whole: the same steps go again, in blocks half the size.
      retried = true;
      budget /= 2;
      continue;
    }
    recorded = true;
    writes.forEach((write, i) => {
      write.progress = cursors[i]!;
      if (write.progress.created && write.id === null) write.id = write.worksheet!.id;
    });
    onProgress?.({ done: writes.reduce((sum, write) => sum + write.progress.nextRow, 0), total });
  }
}

/**
 * Queues the next steps of one sheet within `budget` bytes: creation with column widths, blocks
 * of rows (values, number formats, cell properties), style runs, hyperlinks cell by cell (ExcelApi
 * 1.7 and 1.8), then table and frozen rows.
 * Returns the bytes queued. With nothing queued yet, one row always goes.
 */
function queueSheetSteps(
  context: Excel.RequestContext,
  host: Host,
  write: SheetWrite,
  cursor: Cursor,
  budget: number,
  queuedBefore: boolean,
): number {
  let spent = 0;
  const { rows, styleRuns, links } = write.cells;
  while (!cursor.finished) {
    const left = budget - spent;
    // The first step of a sync always goes, however small the budget: every sync makes progress.
    const fits = (bytes: number): boolean => bytes <= left || (!queuedBefore && spent === 0);
    if (cursor.nextRow < rows.length) {
      const setup = cursor.created ? 0 : write.planned.columnWidths.length * SETUP_BYTES_PER_COLUMN + ACTION_OVERHEAD;
      let count = 0;
      // A range for the values and one for the number formats, each set, and a range and a call per property column.
      let bytes = setup + ACTION_OVERHEAD * (4 + 2 * write.cells.propertyColumns.length);
      while (cursor.nextRow + count < rows.length && bytes + rows[cursor.nextRow + count]!.bytes <= left) {
        bytes += rows[cursor.nextRow + count]!.bytes;
        count++;
      }
      if (count === 0) {
        if (queuedBefore || spent > 0) return spent;
        count = 1;
        bytes += rows[cursor.nextRow]!.bytes;
      }
      if (!cursor.created) {
        write.worksheet = context.workbook.worksheets.add(write.temp);
        write.worksheet.load('id');
        queueSetup(host, write);
        cursor.created = true;
      }
      queueRows(write, cursor.nextRow, count);
      cursor.nextRow += count;
      spent += bytes;
    } else if (cursor.nextRun < styleRuns.length) {
      const run = styleRuns[cursor.nextRun]!;
      const bytes = styleRunBytes(run.style);
      if (!fits(bytes)) return spent;
      queueStyleRun(write, run);
      cursor.nextRun++;
      spent += bytes;
    } else if (cursor.nextLink < links.length) {
      const link = links[cursor.nextLink]!;
      const bytes = ACTION_OVERHEAD * 2 + jsonBytes(link.hyperlink);
      if (!fits(bytes)) return spent;
      write.worksheet!.getRange(cellAddress(link.row, link.column)).hyperlink = link.hyperlink;
      cursor.nextLink++;
      spent += bytes;
    } else {
      const bytes = ACTION_OVERHEAD * finishActions(write.planned);
      if (!fits(bytes)) return spent;
      queueFinish(host, write);
      cursor.finished = true;
      spent += bytes;
    }
  }
  return spent;
}

function queueSetup(host: Host, write: SheetWrite): void {
  if (!host.supports(api.columnWidth)) return;
  write.planned.columnWidths.forEach((width, index) => {
    const letter = columnLetter(index + 1);
    write.worksheet!.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(width);
  });
}

/**
 * One 2-D array of values (formulas where links are HYPERLINK formulas), then the number formats,
 * then the cell properties of each property column that has any in these rows.
 */
function queueRows(write: SheetWrite, start: number, count: number): void {
  const worksheet = write.worksheet!;
  const { width, formatColumns, propertyColumns } = write.cells;
  const rows = write.cells.rows.slice(start, start + count);
  const range = worksheet.getRange(rangeAddress(start + 1, 1, start + count, width));
  const grid = rows.map((row) => row.cells);
  const hasFormulas = grid.some((cells) => cells.some((cell) => typeof cell === 'string' && cell.startsWith('=')));
  if (hasFormulas) range.formulas = grid;
  else range.values = grid;
  if (formatColumns) {
    const formats = worksheet.getRange(rangeAddress(start + 1, formatColumns.first, start + count, formatColumns.last));
    formats.numberFormat = rows.map((row) => row.formats);
  }
  propertyColumns.forEach((column, k) => {
    const properties = rows.map((row) => [row.properties[k]!]);
    if (properties.every(([cell]) => Object.keys(cell!).length === 0)) return;
    worksheet.getRange(rangeAddress(start + 1, column, start + count, column)).setCellProperties(properties);
  });
}

function queueStyleRun(write: SheetWrite, run: StyleRun): void {
  const format = write.worksheet!.getRange(rangeAddress(run.top, run.column, run.bottom, run.column)).format;
  if (run.style.bold) format.font.bold = true;
  if (run.style.fill) format.fill.color = `#${run.style.fill}`;
  if (run.style.fontColor) format.font.color = `#${run.style.fontColor}`;
  if (run.style.underline) format.font.underline = 'Single';
  if (run.style.wrap) format.wrapText = true;
  if (run.style.indent > 0) format.indentLevel = run.style.indent;
}

/** What queueFinish sends at most: table, freeze, row heights, page layout (5), and per chart 5. */
function finishActions(planned: PlannedSheet): number {
  return 9 + 5 * (planned.charts?.length ?? 0);
}

function queueFinish(host: Host, write: SheetWrite): void {
  const worksheet = write.worksheet!;
  const { planned } = write;
  const table = planned.table;
  if (table) {
    const address = rangeAddress(table.top, table.left, table.bottom, table.right);
    // Before ExcelApi 1.3 the source must be a string; without a sheet name it means the active sheet.
    const source = host.supports('1.3') ? worksheet.getRange(address) : `'${write.temp.replace(/'/g, "''")}'!${address}`;
    worksheet.tables.add(source, true).style = TABLE_STYLE;
  }
  const frozenColumns = planned.frozenColumns ?? 0;
  if ((planned.frozenRows > 0 || frozenColumns > 0) && host.supports(api.freezePanes)) {
    if (frozenColumns > 0) worksheet.freezePanes.freezeAt(frozenBlock(planned.frozenRows, frozenColumns));
    else worksheet.freezePanes.freezeRows(planned.frozenRows);
  }
  // Wrapped text needs taller rows; Excel fits them on request.
  if (host.supports(api.autofitRows) && planned.rows.some((row) => row.some((cell) => cell.wrap))) {
    worksheet.getRange(`1:${Math.max(1, planned.rows.length)}`).format.autofitRows();
  }
  if (planned.print && host.supports(api.pageLayout)) queuePageLayout(worksheet, planned.print);
  for (const chart of planned.charts ?? []) queueChart(host, worksheet, chart);
}

/** "A1:C7": the rows and columns freezeAt keeps in view; whole rows or columns when one count is 0. */
function frozenBlock(rows: number, columns: number): string {
  if (rows === 0) return `A:${columnLetter(columns)}`;
  return rangeAddress(1, 1, rows, Math.max(1, columns));
}

function queuePageLayout(worksheet: Excel.Worksheet, print: PlannedPrint): void {
  const layout = worksheet.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = print.paperSize;
  // Pages wide as planned, height left unset: as many pages down as the table needs (0 is not
  // documented for verticalFitToPages, so it is not sent; office-js issue #1860 sets width alone).
  layout.zoom = { horizontalFitToPages: print.fitToWidth };
  layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  layout.setPrintArea(`${columnLetter(print.columns.first)}:${columnLetter(print.columns.last)}`);
}

/** A clustered bar chart over the planned cells: the values' header names the series, the categories label the bars. */
function queueChart(host: Host, worksheet: Excel.Worksheet, chart: PlannedChart): void {
  const source = worksheet.getRange(rangeAddress(chart.seriesName.row, chart.categories.left, chart.values.bottom, chart.values.right));
  const added = worksheet.charts.add('BarClustered', source, 'Columns');
  added.title.text = chart.title;
  const { row, column, columns, rows } = chart.anchor;
  added.setPosition(cellAddress(row, column), cellAddress(row + rows - 1, column + columns - 1));
  // Bars top to bottom in the cells' order, the values' axis below them, as the package's chart.
  if (host.supports(api.chartAxisPosition)) {
    added.axes.categoryAxis.reversePlotOrder = true;
    added.axes.categoryAxis.position = 'Maximum';
  }
}

// ---- the record, and undoing -------------------------------------------------------------------

function entryOf(write: SheetWrite, name: string): WrittenEntry {
  return { name, kind: write.planned.kind, marker: write.marker, ...(write.checkedAt ? { checkedAt: write.checkedAt } : {}) };
}

function recordOf(sheets: WrittenEntry[]): WrittenRecord {
  return { version: 1, sheets };
}

/**
 * Deletes every sheet this run added, found by id (it may have been renamed already) or, when the
 * sync that added it failed part-way, by its temporary name; then puts the record back: as it was
 * stored if every old sheet is still there, else listing the ones that are.
 */
async function rollback(
  context: Excel.RequestContext,
  writes: SheetWrite[],
  old: WrittenEntry[],
  record: { stored: unknown } | null,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id');
  const setting = record ? loadSetting(context, writtenRecordKey) : null;
  await context.sync();
  const ids = new Set(writes.map((write) => write.id));
  const temps = new Set(writes.map((write) => write.temp));
  const present = new Set(worksheets.items.map((sheet) => sheet.name));
  for (const sheet of worksheets.items) if (ids.has(sheet.id) || temps.has(sheet.name)) sheet.delete();
  if (record && setting) {
    const remaining = old.filter((entry) => present.has(entry.name));
    if (remaining.length < old.length) saveSetting(context, writtenRecordKey, recordOf(remaining));
    else if (record.stored !== null) context.workbook.settings.add(writtenRecordKey, record.stored);
    else if (!setting.isNullObject) setting.delete();
  }
  await context.sync();
}
