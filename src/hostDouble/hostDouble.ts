/**
 * A fake Excel object model, big enough for the Office.js adapter, that behaves like the real one
 * where the adapter could go wrong:
 *
 * - proxies queue work; nothing happens until context.sync(), and each sync is counted;
 * - reading a property that was not loaded and synced throws PropertyNotLoaded (office-addin-mock
 *   returns a string instead); an empty load throws;
 * - each sync's request and response are measured (UTF-8 JSON of what was queued and of what was
 *   loaded) and a sync over the limit (5 MB, as Excel on the web) fails with
 *   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded;
 * - API beyond the configured ExcelApi version fails the sync with ApiNotFound;
 * - writing into a protected sheet fails with AccessDenied, as do adding, deleting and renaming
 *   sheets in a workbook whose structure is protected;
 * - it can be put in cell edit mode (every sync fails with InvalidOperationInCellEditMode) or be
 *   told to fail upcoming syncs with any code;
 * - text written into cells is read the way Excel reads typing: "12" becomes a number, "=…" a
 *   formula, "'12" the text 12.
 *
 * No Node APIs: the development preview runs it in the browser, built from an .xlsx read by ExcelJS
 * (readSnapshots, then doubleFromSnapshots), which is why it lives in src/ (src never imports from
 * test/); the tests use it too. Never part of the add-in's bundle.
 */
import type { ExcelRun } from '../adapters/officejs/host';
import { cellAddress, parseCellAddress } from '../core';
import type { CellValue, SheetSnapshot, SheetVisibility } from '../core/model';
import { DoubleContext, type SyncRecord } from './proxies';
import {
  ModelWorkbook,
  defaultCell,
  isDefaultCell,
  type ModelCell,
  type ModelSheet,
  type ModelValue,
  type CellSelection,
} from './model';

export { ModelSheet, ModelWorkbook, type ModelCell, type ModelHyperlink, type ModelValue, type CellSelection } from './model';
export { OfficeErrorDouble, type SyncRecord } from './proxies';

/** Excel on the web's limit on a request and on a response. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

export interface HostDoubleOptions {
  /** The highest ExcelApi requirement set the host supports; default "1.17" (Excel 2024). */
  apiVersion?: string;
  /** Bytes allowed per request and per response; default 5 MB. */
  payloadLimit?: number;
  workbookName?: string;
}

/** One cell as the double holds it, for assertions: the model cell with its place. */
export type CellView = { address: string; row: number; column: number } & Omit<ModelCell, 'quotePrefix'>;

export class ExcelHostDouble {
  readonly workbook: ModelWorkbook;
  /** Every sync attempted since the last resetStats, in order. */
  readonly syncs: SyncRecord[] = [];
  /** While true, every sync fails with InvalidOperationInCellEditMode. */
  cellEditMode = false;
  payloadLimit: number;
  apiVersion: string;
  private readonly injected: { code: string; after: number }[] = [];
  private readonly scheduled: { run: () => void; after: number }[] = [];
  private readonly listeners = new Set<() => void>();
  private changes = 0;

  readonly requirements = {
    /** Whether ExcelApi `version` ("1.9") is supported; a string, as Office takes it. */
    supports: (version: string): boolean => compareVersions(version, this.apiVersion) <= 0,
  };

  /** Excel.run: a fresh request context per batch, and a last sync for anything still queued. */
  readonly run: ExcelRun = async (batch) => {
    const context = new DoubleContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending > 0) await context.sync();
    return result;
  };

  constructor(options: HostDoubleOptions = {}) {
    this.workbook = new ModelWorkbook(options.workbookName ?? 'Book1.xlsx');
    this.payloadLimit = options.payloadLimit ?? PAYLOAD_LIMIT_BYTES;
    this.apiVersion = options.apiVersion ?? '1.17';
  }

  // ---- failures and statistics ----

  /** Fails `count` syncs with `code` (before anything in them runs), starting after `after` good ones. */
  failSyncs(code: string, options: { after?: number; count?: number } = {}): void {
    const after = options.after ?? 0;
    for (let i = 0; i < (options.count ?? 1); i++) this.injected.push({ code, after: after + i });
    this.injected.sort((a, b) => a.after - b.after);
  }

  /** Forgets the failures not yet due. */
  clearFailures(): void {
    this.injected.length = 0;
  }

  /** Runs `change` (say, the user adding a sheet) just before sync number `after` + 1 from now. */
  schedule(after: number, change: () => void): void {
    this.scheduled.push({ run: change, after });
  }

  /** Called by a sync: the user's changes due now. */
  runScheduled(): void {
    for (const entry of [...this.scheduled]) {
      if (entry.after-- === 0) {
        this.scheduled.splice(this.scheduled.indexOf(entry), 1);
        entry.run();
      }
    }
  }

  /** Called by a sync: the injected failure due now, if any. */
  takeInjectedFailure(): string | null {
    for (const failure of this.injected) failure.after--;
    const due = this.injected.findIndex((failure) => failure.after < 0);
    if (due < 0) return null;
    return this.injected.splice(due, 1)[0]!.code;
  }

  /**
   * Called by every sync, good or failed: tells the listeners the workbook may have changed, unless
   * the sync only read (a view redrawn after every read would block the page for nothing).
   */
  afterSync(changes: boolean): void {
    if (changes) this.changed();
  }

  // ---- watching (the preview's workbook view) ----

  /** Calls `listener` after every sync that may have changed the workbook (and every changed() call); returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** How many times the workbook may have changed: a snapshot value for React's useSyncExternalStore. */
  get revision(): number {
    return this.changes;
  }

  /** Tells the listeners about a change made to the model directly (not through a sync). */
  changed(): void {
    this.changes++;
    for (const listener of [...this.listeners]) listener();
  }

  resetStats(): void {
    this.syncs.length = 0;
  }

  get roundTrips(): number {
    return this.syncs.length;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((sync) => sync.requestBytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((sync) => sync.responseBytes));
  }

  get totalResponseBytes(): number {
    return this.syncs.reduce((sum, sync) => sum + sync.responseBytes, 0);
  }

  // ---- building ----

  addSheet(name: string): ModelSheet {
    return this.workbook.addSheet(name);
  }

  sheet(name: string): ModelSheet {
    const sheet = this.workbook.sheet(name);
    if (!sheet) throw new Error(`No sheet "${name}" in the double`);
    return sheet;
  }

  // ---- reading back ----

  sheetNames(): string[] {
    return this.workbook.sheets.map((sheet) => sheet.name);
  }

  /** Every cell that holds anything (value, formula, format, link), row by row. */
  cells(sheetName: string): CellView[] {
    return this.sheet(sheetName)
      .entries()
      .filter(({ cell }) => !isDefaultCell(cell))
      .map(({ row, column, cell }) => viewOf(row, column, cell));
  }

  cellAt(sheetName: string, address: string): CellView {
    const position = parseCellAddress(address);
    if (!position) throw new Error(`Not an address: ${address}`);
    return viewOf(position.row, position.column, this.sheet(sheetName).cell(position.row, position.column) ?? defaultCell());
  }

  /**
   * The active sheet and its selection, as worksheet.activate() and range.select() left them:
   * { sheet: "Biểu 02", address: "E19" }. A sheet's selection is "A1" until something on it is
   * selected, as in Excel; null only in a workbook without sheets.
   */
  get selection(): CellSelection | null {
    return this.workbook.selection;
  }

  /** The active sheet's name, or null in a workbook without sheets. */
  get activeSheet(): string | null {
    return this.workbook.selection?.sheet ?? null;
  }

  /** The settings, parsed as Office hands them to the add-in. */
  settings(): Record<string, unknown> {
    return Object.fromEntries([...this.workbook.settings].map(([key, json]) => [key, JSON.parse(json) as unknown]));
  }

  /** Everything the add-in could have changed, as plain data: compare two states with toEqual. */
  state(): unknown {
    return {
      sheets: this.workbook.sheets.map((sheet) => ({
        name: sheet.name,
        visibility: sheet.visibility,
        protected: sheet.protected,
        cells: this.cells(sheet.name),
        merges: sheet.merges,
        frozenRows: sheet.frozenRows,
        frozenColumns: sheet.frozenColumns,
        pageLayout: sheet.pageLayout,
        charts: sheet.charts,
        columnWidths: [...sheet.columnWidths],
        tables: sheet.tables,
      })),
      settings: [...this.workbook.settings],
    };
  }
}

function viewOf(row: number, column: number, cell: ModelCell): CellView {
  const { quotePrefix: _quotePrefix, ...shown } = cell;
  return { address: cellAddress(row, column), row, column, ...shown };
}

// ---- builders --------------------------------------------------------------------------------

/** A double holding the snapshots' cells (values, formulas, number formats, styles, merges). */
export function doubleFromSnapshots(snapshots: readonly SheetSnapshot[], options: HostDoubleOptions = {}): ExcelHostDouble {
  const host = new ExcelHostDouble(options);
  for (const snapshot of snapshots) {
    const sheet = host.addSheet(snapshot.name);
    snapshot.values.forEach((cells, r) =>
      cells.forEach((value, c) => {
        const formula = snapshot.formulas?.[r]?.[c] ?? null;
        const numberFormat = snapshot.numberFormats?.[r]?.[c] ?? null;
        const style = snapshot.styles?.[r]?.[c] ?? null;
        if (value === null && formula === null && numberFormat === null && style === null) return;
        const cell = sheet.cellForWrite(snapshot.origin.row + r, snapshot.origin.column + c);
        cell.value = modelValueOf(value);
        cell.formula = formula;
        if (numberFormat !== null) cell.numberFormat = numberFormat;
        if (style?.indent !== undefined) cell.indent = style.indent;
        if (style?.bold !== undefined) cell.bold = style.bold;
        if (style?.fontName !== undefined) cell.fontName = style.fontName;
      }),
    );
    sheet.merges = snapshot.merges.map((merge) => ({ ...merge }));
    sheet.visibility = modelVisibility[snapshot.visibility ?? 'visible'];
    for (const row of snapshot.hiddenRows ?? []) sheet.hiddenRows.add(row);
    for (const column of snapshot.hiddenColumns ?? []) sheet.hiddenColumns.add(column);
  }
  return host;
}

/** A double with one sheet per entry, each grid from A1 (null is an empty cell). */
export function doubleFromGrids(
  grids: Readonly<Record<string, readonly (readonly CellValue[])[]>>,
  options: HostDoubleOptions = {},
): ExcelHostDouble {
  return doubleFromSnapshots(
    Object.entries(grids).map(([name, values]) => ({ name, origin: { row: 1, column: 1 }, values, merges: [] })),
    options,
  );
}

const modelVisibility = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const satisfies Record<SheetVisibility, ModelSheet['visibility']>;

function modelValueOf(value: CellValue): ModelValue {
  if (value !== null && typeof value === 'object') return { error: value.error };
  return value;
}

// ---- versions and sizes --------------------------------------------------------------------

export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

