/**
 * The proxies of the Excel host double (see hostDouble.ts): a request context that queues
 * actions and runs them at sync(), measuring each sync, and the objects the adapter uses
 * (workbook, worksheets, ranges, formats, settings, tables). No Node APIs.
 */
import { columnNumber, parseCellAddress } from '../core';
import { sheetNameKey } from '../summaryPlan';
import type { CellRange } from '../core/model';
import {
  MAX_COLUMNS,
  MAX_ROWS,
  ModelSheet,
  ModelWorkbook,
  defaultCell,
  rangeAddress,
  type ModelCell,
  type ModelChart,
  type ModelHyperlink,
  type ModelPageLayout,
  type ModelTable,
  type ModelValue,
} from './model';

/** Above this many cells Excel returns a range's values as null. */
const MAX_CELLS_FOR_GET = 5_000_000;

/** What a failed sync throws: shaped like OfficeExtension.Error (code, message, debugInfo). */
export class OfficeErrorDouble extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message };
  }
}

function fail(code: string, message: string): never {
  throw new OfficeErrorDouble(code, message);
}

/** What the context needs of the host: its workbook, its limits and failures, and the sync log. */
export interface HostState {
  readonly workbook: ModelWorkbook;
  readonly syncs: SyncRecord[];
  readonly cellEditMode: boolean;
  readonly payloadLimit: number;
  readonly apiVersion: string;
  readonly requirements: { supports: (version: string) => boolean };
  runScheduled(): void;
  takeInjectedFailure(): string | null;
  /** Called after every sync, whether it succeeded or failed; `changes`: it held an action that may change the workbook. */
  afterSync(changes: boolean): void;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  /** The error code the sync failed with, or null. */
  error: string | null;
}

const encoder = new TextEncoder();

/** The longest the double works on a sync's actions before it lets the page's event loop run. */
const SLICE_MS = 40;

function macrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function bytesOf(value: unknown): number {
  return value === undefined ? 0 : encoder.encode(JSON.stringify(value)).length;
}

// ---- the request context -----------------------------------------------------------------------

interface ActionResult {
  /** What the host sends back (measured). */
  response?: unknown;
  /** Applied to the proxies once the whole sync succeeded. */
  commit?: () => void;
}

interface Action {
  /** What the add-in sends (measured). */
  request: unknown;
  /** The action may change the workbook (a set, a method such as add or delete); loads and look-ups do not. */
  changes?: boolean;
  run: () => ActionResult | void;
}

export class DoubleContext {
  readonly workbook: WorkbookDouble;
  readonly application: ApplicationDouble;
  private queue: Action[] = [];
  private nextId = 1;

  constructor(readonly host: HostState) {
    this.workbook = new WorkbookDouble(this, 'workbook', () => host.workbook);
    this.application = new ApplicationDouble(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  newPath(kind: string): string {
    return `${kind}#${this.nextId++}`;
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  /** Queues an action that fails the sync when the host lacks `version`; true when supported. */
  requireApi(version: string | undefined, what: string): boolean {
    if (version === undefined || this.host.requirements.supports(version)) return true;
    this.enqueue({
      request: { api: what },
      run: () => fail('ApiNotFound', `${what} needs ExcelApi ${version}; this host has ${this.host.apiVersion}.`),
    });
    return false;
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    const record: SyncRecord = { requestBytes: 0, responseBytes: 0, actions: actions.length, error: null };
    this.host.syncs.push(record);
    // A round trip to Excel is a macrotask at least: the pane paints and takes clicks meanwhile.
    await macrotask();
    this.host.runScheduled();
    try {
      if (this.host.cellEditMode) fail('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
      const injected = this.host.takeInjectedFailure();
      if (injected) fail(injected, `Injected failure: ${injected}`);
      record.requestBytes = actions.reduce((sum, action) => sum + bytesOf(action.request), 0);
      if (record.requestBytes > this.host.payloadLimit) {
        fail('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
      }
      const commits: (() => void)[] = [];
      let sliceStart = performance.now();
      for (const action of actions) {
        // Excel does a big batch elsewhere; the double does it on the page's thread, in slices.
        if (performance.now() - sliceStart > SLICE_MS) {
          await macrotask();
          sliceStart = performance.now();
        }
        const result = action.run();
        if (!result) continue;
        record.responseBytes += bytesOf(result.response);
        if (result.commit) commits.push(result.commit);
      }
      if (record.responseBytes > this.host.payloadLimit) {
        fail('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
      }
      for (const commit of commits) commit();
    } catch (error) {
      record.error = error instanceof OfficeErrorDouble ? error.code : 'Error';
      throw error;
    } finally {
      this.host.afterSync(actions.some((action) => action.changes === true));
    }
  }
}

// ---- proxies ---------------------------------------------------------------------------------

interface PropSpec<T> {
  /** ExcelApi version the property needs. */
  version?: string;
  get?: (target: T) => unknown;
  set?: (target: T, value: unknown) => void;
}

type Specs<T> = Record<string, PropSpec<T>>;

/**
 * The base of every proxy. Properties named in the class's `specs` are intercepted: reading one
 * needs a load and a sync first; writing one queues a set. `bound()` is the model object the proxy
 * stands for, resolved when its first action runs (or by the action that created it).
 */
abstract class ClientObjectDouble<T> {
  private readonly loaded = new Map<string, unknown>();
  private binding: { value: T | null } | null = null;
  private synced = false;

  constructor(
    readonly context: DoubleContext,
    readonly path: string,
    private readonly resolver: () => T | null,
    private readonly orNull = false,
    /** The requirement set of the object itself (a navigation property such as settings). */
    private readonly version?: string,
  ) {
    const specs = (this.constructor as unknown as { specs: Specs<T> }).specs;
    return new Proxy(this, {
      get: (object, property, receiver) =>
        typeof property === 'string' && Object.hasOwn(specs, property) ? object.readProperty(property) : Reflect.get(object, property, receiver),
      set: (object, property, value, receiver) => {
        if (typeof property === 'string' && Object.hasOwn(specs, property)) {
          object.writeProperty(property, specs[property]!, value);
          return true;
        }
        return Reflect.set(object, property, value, receiver);
      },
    });
  }

  private get specs(): Specs<T> {
    return (this.constructor as unknown as { specs: Specs<T> }).specs;
  }

  /** Binds now (by the creating action) or returns the binding. */
  bind(): T | null {
    this.binding ??= { value: this.resolver() };
    return this.binding.value;
  }

  /** The model object; fails for a null object or a deleted sheet. */
  bound(): T {
    const value = this.bind();
    if (value === null) fail('ItemNotFound', `${this.path} is a null object.`);
    if (value instanceof ModelSheet && value.deleted) fail('ItemNotFound', 'The worksheet was deleted.');
    if (isRangeTarget(value) && value.sheet.deleted) fail('ItemNotFound', 'The worksheet was deleted.');
    return value;
  }

  /** Queues the creating action: resolves the object in queue order, as Excel does. */
  queueCreation(request: unknown): this {
    this.context.enqueue({
      request: { o: this.path, ...(request as object) },
      changes: (request as { m?: unknown }).m === 'add',
      run: () => {
        this.bind();
        return { commit: () => (this.synced = true) };
      },
    });
    return this;
  }

  get isNullObject(): boolean {
    if (!this.orNull) return false;
    if (!this.synced) fail('PropertyNotLoaded', 'Call context.sync() before reading isNullObject.');
    return this.binding?.value === null;
  }

  load(option?: string | string[]): this {
    const names = (Array.isArray(option) ? option : (option ?? '').split(','))
      .map((name) => name.trim())
      .filter((name) => name !== '');
    if (names.length === 0) fail('InvalidArgument', `Empty load on ${this.path}: name the properties to load.`);
    for (const name of names) {
      if (!Object.hasOwn(this.specs, name) || !this.specs[name]!.get) fail('InvalidArgument', `${this.path} has no loadable property "${name}".`);
    }
    this.queueLoad(names);
    return this;
  }

  protected queueLoad(names: string[]): void {
    const versions = names.map((name) => this.specs[name]!.version).filter((v): v is string => v !== undefined);
    for (const version of versions) this.context.requireApi(version, `${this.path}.load`);
    if (!this.context.requireApi(this.version, this.path)) return;
    this.context.enqueue({
      request: { o: this.path, load: names },
      run: () => {
        const target = this.bind();
        const values = target === null ? names.map(() => null) : names.map((name) => this.specs[name]!.get!(this.bound()));
        return {
          response: Object.fromEntries(names.map((name, i) => [name, values[i]])),
          commit: () => {
            names.forEach((name, i) => this.loaded.set(name, values[i]));
            this.synced = true;
          },
        };
      },
    });
  }

  /** For collection items: properties loaded with the collection. */
  setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
    this.synced = true;
  }

  private readProperty(name: string): unknown {
    if (!this.loaded.has(name)) {
      fail(
        'PropertyNotLoaded',
        `The property '${name}' of ${this.path} is not available. Call load('${name}') and context.sync() before reading it.`,
      );
    }
    return this.loaded.get(name);
  }

  private writeProperty(name: string, spec: PropSpec<T>, value: unknown): void {
    if (!spec.set) fail('InvalidArgument', `${this.path}.${name} is read-only.`);
    if (!this.context.requireApi(spec.version, `${this.path}.${name}`)) return;
    if (!this.context.requireApi(this.version, this.path)) return;
    const copy = value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
    this.context.enqueue({
      request: { o: this.path, set: name, value: copy },
      changes: true,
      run: () => spec.set!(this.bound(), copy),
    });
  }

  /** Queues a method call that changes the model. */
  protected call(method: string, args: unknown, run: (target: T) => void, version?: string): void {
    if (!this.context.requireApi(version, `${this.path}.${method}`)) return;
    if (!this.context.requireApi(this.version, this.path)) return;
    this.context.enqueue({ request: { o: this.path, m: method, a: args }, changes: true, run: () => run(this.bound()) });
  }
}

// ---- workbook, application, settings, protection ------------------------------------------------

class WorkbookDouble extends ClientObjectDouble<ModelWorkbook> {
  static specs: Specs<ModelWorkbook> = {
    name: { version: '1.7', get: (workbook) => workbook.name },
  };
  private cache = new Map<string, unknown>();

  private nav<P>(key: string, make: () => P): P {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as P;
  }

  get worksheets(): WorksheetCollectionDouble {
    return this.nav('worksheets', () => new WorksheetCollectionDouble(this.context, 'worksheets', () => this.bound()));
  }

  get settings(): SettingCollectionDouble {
    return this.nav('settings', () => new SettingCollectionDouble(this.context, 'settings', () => this.bound(), false, '1.4'));
  }

  get protection(): WorkbookProtectionDouble {
    return this.nav('protection', () => new WorkbookProtectionDouble(this.context, 'workbook.protection', () => this.bound(), false, '1.7'));
  }
}

class ApplicationDouble {
  constructor(private readonly context: DoubleContext) {}

  suspendApiCalculationUntilNextSync(): void {
    if (!this.context.requireApi('1.6', 'application.suspendApiCalculationUntilNextSync')) return;
    this.context.enqueue({ request: { o: 'application', m: 'suspendApiCalculationUntilNextSync' }, run: () => undefined });
  }
}

class WorkbookProtectionDouble extends ClientObjectDouble<ModelWorkbook> {
  static specs: Specs<ModelWorkbook> = { protected: { get: (workbook) => workbook.protected } };
}

class SettingCollectionDouble extends ClientObjectDouble<ModelWorkbook> {
  static specs: Specs<ModelWorkbook> = {};

  add(key: string, value: unknown): SettingDouble {
    const json = JSON.stringify(value);
    this.call('add', { key, value }, (workbook) => workbook.settings.set(key, json));
    return new SettingDouble(this.context, this.context.newPath('setting'), () => ({ workbook: this.bound(), key }));
  }

  getItem(key: string): SettingDouble {
    return this.setting(key, false);
  }

  getItemOrNullObject(key: string): SettingDouble {
    return this.setting(key, true);
  }

  private setting(key: string, orNull: boolean): SettingDouble {
    const resolve = (): SettingTarget | null => {
      const workbook = this.bound();
      if (workbook.settings.has(key)) return { workbook, key };
      if (orNull) return null;
      return fail('ItemNotFound', `No setting "${key}".`);
    };
    this.context.requireApi('1.4', 'settings');
    return new SettingDouble(this.context, this.context.newPath('setting'), resolve, orNull).queueCreation({ m: 'getItem', key });
  }
}

interface SettingTarget {
  workbook: ModelWorkbook;
  key: string;
}

class SettingDouble extends ClientObjectDouble<SettingTarget> {
  static specs: Specs<SettingTarget> = {
    key: { get: (setting) => setting.key },
    value: { get: (setting) => JSON.parse(setting.workbook.settings.get(setting.key) ?? 'null') as unknown },
  };

  delete(): void {
    this.call('delete', null, (setting) => setting.workbook.settings.delete(setting.key));
  }
}

// ---- worksheets --------------------------------------------------------------------------------

const INVALID_NAME = /[[\]:*?/\\]/;

function checkSheetName(workbook: ModelWorkbook, name: string, except: ModelSheet | null): void {
  if (name === '' || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
    fail('InvalidArgument', `"${name}" is not a valid sheet name.`);
  }
  const clash = workbook.sheets.find((sheet) => sheet !== except && sheetNameKey(sheet.name) === sheetNameKey(name));
  if (clash) fail('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
}

function checkStructure(workbook: ModelWorkbook): void {
  if (workbook.protected) fail('AccessDenied', 'The workbook structure is protected.');
}

class WorksheetCollectionDouble extends ClientObjectDouble<ModelWorkbook> {
  static specs: Specs<ModelWorkbook> = {};
  private loadedItems: WorksheetDouble[] | null = null;

  get items(): WorksheetDouble[] {
    if (!this.loadedItems) fail('PropertyNotLoaded', "Load 'items/…' and sync before reading worksheets.items.");
    return this.loadedItems;
  }

  override load(option?: string | string[]): this {
    const names = (Array.isArray(option) ? option : (option ?? '').split(','))
      .map((name) => name.trim().replace(/^items\//, ''))
      .filter((name) => name !== '');
    if (names.length === 0) fail('InvalidArgument', 'Empty load on worksheets: name the properties to load.');
    for (const name of names) {
      if (!Object.hasOwn(WorksheetDouble.specs, name)) fail('InvalidArgument', `Worksheets have no loadable property "${name}".`);
    }
    this.context.enqueue({
      request: { o: this.path, load: names },
      run: () => {
        const sheets = this.bound().sheets.filter((sheet) => !sheet.deleted);
        const rows = sheets.map((sheet) => names.map((name) => WorksheetDouble.specs[name]!.get!(sheet)));
        return {
          response: rows,
          commit: () => {
            this.loadedItems = sheets.map((sheet, i) => {
              const item = new WorksheetDouble(this.context, this.context.newPath('worksheet'), () => sheet);
              item.bind();
              names.forEach((name, j) => item.setLoaded(name, rows[i]![j]));
              return item;
            });
          },
        };
      },
    });
    return this;
  }

  getItem(name: string): WorksheetDouble {
    return new WorksheetDouble(this.context, this.context.newPath('worksheet'), () => {
      return this.bound().sheets.find((sheet) => !sheet.deleted && sheetNameKey(sheet.name) === sheetNameKey(name)) ?? fail('ItemNotFound', `No sheet "${name}".`);
    }).queueCreation({ m: 'getItem', name });
  }

  getItemOrNullObject(name: string): WorksheetDouble {
    this.context.requireApi('1.4', 'worksheets.getItemOrNullObject');
    return new WorksheetDouble(
      this.context,
      this.context.newPath('worksheet'),
      () => this.bound().sheets.find((sheet) => !sheet.deleted && sheetNameKey(sheet.name) === sheetNameKey(name)) ?? null,
      true,
    ).queueCreation({ m: 'getItemOrNullObject', name });
  }

  add(name: string): WorksheetDouble {
    return new WorksheetDouble(this.context, this.context.newPath('worksheet'), () => {
      const workbook = this.bound();
      checkStructure(workbook);
      checkSheetName(workbook, name, null);
      return workbook.addSheet(name);
    }).queueCreation({ m: 'add', name });
  }
}

class WorksheetDouble extends ClientObjectDouble<ModelSheet> {
  static specs: Specs<ModelSheet> = {
    id: { get: (sheet) => sheet.id },
    name: {
      get: (sheet) => sheet.name,
      set: (sheet, value) => {
        const workbook = workbookOf(sheet);
        checkStructure(workbook);
        checkSheetName(workbook, String(value), sheet);
        sheet.name = String(value);
      },
    },
    visibility: { get: (sheet) => sheet.visibility },
    position: { get: (sheet) => workbookOf(sheet).sheets.filter((s) => !s.deleted).indexOf(sheet) },
  };

  get protection(): WorksheetProtectionDouble {
    return new WorksheetProtectionDouble(this.context, `${this.path}.protection`, () => this.bound(), false, '1.2');
  }

  get freezePanes(): FreezePanesDouble {
    return new FreezePanesDouble(this.context, `${this.path}.freezePanes`, () => this.bound(), false, '1.7');
  }

  get tables(): TableCollectionDouble {
    return new TableCollectionDouble(this.context, `${this.path}.tables`, () => this.bound());
  }

  get pageLayout(): PageLayoutDouble {
    return new PageLayoutDouble(this.context, `${this.path}.pageLayout`, () => this.bound(), false, '1.9');
  }

  get charts(): ChartCollectionDouble {
    return new ChartCollectionDouble(this.context, `${this.path}.charts`, () => this.bound());
  }

  getRange(address?: string): RangeDouble {
    return new RangeDouble(this.context, this.context.newPath('range'), () => {
      const sheet = this.bound();
      return { sheet, range: address === undefined ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS } : parseRange(address) };
    }).queueCreation({ m: 'getRange', address });
  }

  getUsedRange(valuesOnly?: boolean): RangeDouble {
    if (valuesOnly !== undefined) this.context.requireApi('1.2', 'getUsedRange(valuesOnly)');
    return new RangeDouble(this.context, this.context.newPath('range'), () => {
      const sheet = this.bound();
      return { sheet, range: sheet.usedRange(valuesOnly === true) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    }).queueCreation({ m: 'getUsedRange', valuesOnly });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeDouble {
    this.context.requireApi('1.4', 'getUsedRangeOrNullObject');
    return new RangeDouble(
      this.context,
      this.context.newPath('range'),
      () => {
        const sheet = this.bound();
        const range = sheet.usedRange(valuesOnly === true);
        return range ? { sheet, range } : null;
      },
      true,
    ).queueCreation({ m: 'getUsedRangeOrNullObject', valuesOnly });
  }

  activate(): void {
    this.call('activate', null, (sheet) => {
      if (sheet.visibility !== 'Visible') fail('InvalidOperation', 'A hidden sheet cannot be activated.');
      workbookOf(sheet).activeSheet = sheet;
    });
  }

  delete(): void {
    this.call('delete', null, (sheet) => {
      const workbook = workbookOf(sheet);
      checkStructure(workbook);
      const visible = workbook.sheets.filter((s) => !s.deleted && s.visibility === 'Visible');
      if (visible.length === 1 && visible[0] === sheet) fail('InvalidOperation', 'A workbook must keep one visible sheet.');
      sheet.deleted = true;
      workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
      if (workbook.activeSheet === sheet) workbook.activeSheet = workbook.sheets.find((s) => s.visibility === 'Visible') ?? null;
    });
  }
}

function workbookOf(sheet: ModelSheet): ModelWorkbook {
  return sheet.workbook;
}

class WorksheetProtectionDouble extends ClientObjectDouble<ModelSheet> {
  static specs: Specs<ModelSheet> = { protected: { get: (sheet) => sheet.protected } };
}

class FreezePanesDouble extends ClientObjectDouble<ModelSheet> {
  static specs: Specs<ModelSheet> = {};

  freezeRows(count?: number): void {
    this.call('freezeRows', { count }, (sheet) => {
      checkSheetUnprotected(sheet);
      sheet.frozenRows = count ?? 1;
      sheet.frozenColumns = 0;
    });
  }

  /** Freezes the rows and columns of `frozenRange` counted from A1 (its top-left cell is ignored, as Excel ignores it). */
  freezeAt(frozenRange: string | RangeDouble): void {
    const given = frozenRange;
    this.call('freezeAt', { frozenRange: typeof given === 'string' ? given : given.path }, (sheet) => {
      checkSheetUnprotected(sheet);
      const range = typeof given === 'string' ? parseRange(given) : given.bound().range;
      sheet.frozenRows = range.bottom === MAX_ROWS ? 0 : range.bottom;
      sheet.frozenColumns = range.right === MAX_COLUMNS ? 0 : range.right;
    });
  }
}

// ---- page layout and charts -------------------------------------------------------------------

const orientations = new Set(['Portrait', 'Landscape']);
const paperSizes = new Set(['Letter', 'Legal', 'A3', 'A4', 'A5', 'B4', 'B5']);

class PageLayoutDouble extends ClientObjectDouble<ModelSheet> {
  static specs: Specs<ModelSheet> = {
    orientation: {
      get: (sheet) => sheet.pageLayout.orientation,
      set: (sheet, value) => {
        if (!orientations.has(String(value))) fail('InvalidArgument', `"${String(value)}" is not a page orientation.`);
        sheet.pageLayout.orientation = value as ModelPageLayout['orientation'];
      },
    },
    paperSize: {
      get: (sheet) => sheet.pageLayout.paperSize,
      set: (sheet, value) => {
        if (!paperSizes.has(String(value))) fail('InvalidArgument', `The double does not model the paper size "${String(value)}".`);
        sheet.pageLayout.paperSize = String(value);
      },
    },
    zoom: {
      get: (sheet) => ({ ...sheet.pageLayout.zoom }),
      set: (sheet, value) => {
        const { horizontalFitToPages, verticalFitToPages, scale, ...rest } = (value ?? {}) as ModelPageLayout['zoom'];
        if (Object.keys(rest).length) fail('InvalidArgument', `Unknown zoom options ${Object.keys(rest).join(', ')}.`);
        // Fitting to pages and a scale exclude each other, as in Excel's Page Setup.
        if (scale !== undefined && (horizontalFitToPages !== undefined || verticalFitToPages !== undefined)) {
          fail('InvalidArgument', 'A zoom is either a scale or a number of pages.');
        }
        sheet.pageLayout.zoom = { ...(horizontalFitToPages !== undefined && { horizontalFitToPages }), ...(verticalFitToPages !== undefined && { verticalFitToPages }), ...(scale !== undefined && { scale }) };
      },
    },
  };

  setPrintTitleRows(printTitleRows: string): void {
    this.call('setPrintTitleRows', { printTitleRows }, (sheet) => {
      const range = parseRange(printTitleRows);
      if (range.left !== 1 || range.right !== MAX_COLUMNS) fail('InvalidArgument', 'Print title rows must be whole rows.');
      sheet.pageLayout.printTitleRows = printTitleRows;
    });
  }

  setPrintArea(printArea: string): void {
    this.call('setPrintArea', { printArea }, (sheet) => {
      parseRange(printArea);
      sheet.pageLayout.printArea = printArea;
    });
  }
}

class ChartCollectionDouble extends ClientObjectDouble<ModelSheet> {
  static specs: Specs<ModelSheet> = {};

  add(type: string, sourceData: RangeDouble, seriesBy?: string): ChartDouble {
    return new ChartDouble(this.context, this.context.newPath('chart'), () => {
      const sheet = this.bound();
      checkSheetUnprotected(sheet);
      const source = sourceData.bound();
      if (source.sheet !== sheet) fail('InvalidArgument', 'The double models charts of data on their own sheet only.');
      const chart: ModelChart = {
        type,
        source: rangeAddress(source.range),
        seriesBy: seriesBy ?? 'Auto',
        title: '',
        position: null,
        categoryAxis: { reversePlotOrder: false, position: 'Automatic' },
      };
      sheet.charts.push(chart);
      return chart;
    }).queueCreation({ m: 'add', type, sourceData: sourceData.path, seriesBy });
  }
}

class ChartDouble extends ClientObjectDouble<ModelChart> {
  static specs: Specs<ModelChart> = {};

  get title(): ChartTitleDouble {
    return new ChartTitleDouble(this.context, `${this.path}.title`, () => this.bound());
  }

  get axes(): ChartAxesDouble {
    return new ChartAxesDouble(this.context, `${this.path}.axes`, () => this.bound());
  }

  setPosition(startCell: string, endCell?: string): void {
    this.call('setPosition', { startCell, endCell }, (chart) => {
      parseRange(startCell);
      if (endCell !== undefined) parseRange(endCell);
      chart.position = { start: startCell, end: endCell ?? null };
    });
  }
}

class ChartAxesDouble extends ClientObjectDouble<ModelChart> {
  static specs: Specs<ModelChart> = {};

  get categoryAxis(): CategoryAxisDouble {
    return new CategoryAxisDouble(this.context, `${this.path}.categoryAxis`, () => this.bound());
  }
}

const axisPositions = new Set(['Automatic', 'Maximum', 'Minimum']);

class CategoryAxisDouble extends ClientObjectDouble<ModelChart> {
  static specs: Specs<ModelChart> = {
    reversePlotOrder: {
      version: '1.7',
      get: (chart) => chart.categoryAxis.reversePlotOrder,
      set: (chart, value) => (chart.categoryAxis.reversePlotOrder = value === true),
    },
    position: {
      version: '1.8',
      get: (chart) => chart.categoryAxis.position,
      set: (chart, value) => {
        // "Custom" is set through setPositionAt, which the double does not model.
        if (!axisPositions.has(String(value))) fail('InvalidArgument', `"${String(value)}" is not an axis position the double models.`);
        chart.categoryAxis.position = String(value);
      },
    },
  };
}

class ChartTitleDouble extends ClientObjectDouble<ModelChart> {
  static specs: Specs<ModelChart> = {
    text: { get: (chart) => chart.title, set: (chart, value) => (chart.title = String(value)) },
  };
}

class TableCollectionDouble extends ClientObjectDouble<ModelSheet> {
  static specs: Specs<ModelSheet> = {};

  add(source: string | RangeDouble, hasHeaders: boolean): TableDouble {
    const isRange = typeof source !== 'string';
    if (isRange) this.context.requireApi('1.3', 'tables.add(Range)');
    return new TableDouble(this.context, this.context.newPath('table'), () => {
      const sheet = this.bound();
      checkSheetUnprotected(sheet);
      const target = isRange ? source.bound() : tableSource(sheet, source);
      if (target.sheet !== sheet) fail('InvalidArgument', 'The table range is on another sheet.');
      const overlap = sheet.tables.some((table) => intersects(table.range, target.range));
      if (overlap) fail('InvalidOperation', 'Tables cannot overlap.');
      const table: ModelTable = { name: workbookOf(sheet).tableName(), range: { ...target.range }, hasHeaders, style: 'TableStyleMedium2' };
      sheet.tables.push(table);
      return table;
    }).queueCreation({ m: 'add', source: isRange ? source.path : source, hasHeaders });
  }
}

/** "'Sheet name'!A4:J20" or "A4:J20" (the active sheet, as Excel reads an address without a sheet). */
function tableSource(sheet: ModelSheet, address: string): RangeTarget {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address);
  const workbook = workbookOf(sheet);
  if (!match) {
    const active = workbook.activeSheet ?? fail('InvalidArgument', 'No active sheet.');
    return { sheet: active, range: parseRange(address) };
  }
  const name = (match[1] ?? match[2] ?? '').replace(/''/g, "'");
  const target = workbook.sheet(name) ?? fail('InvalidArgument', `No sheet "${name}".`);
  return { sheet: target, range: parseRange(match[3]!) };
}

class TableDouble extends ClientObjectDouble<ModelTable> {
  static specs: Specs<ModelTable> = {
    name: { get: (table) => table.name },
    style: { get: (table) => table.style, set: (table, value) => (table.style = String(value)) },
  };
}

// ---- ranges ------------------------------------------------------------------------------------

interface RangeTarget {
  sheet: ModelSheet;
  range: CellRange;
}

function isRangeTarget(value: unknown): value is RangeTarget {
  return typeof value === 'object' && value !== null && 'sheet' in value && 'range' in value;
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** "B3", "A4:J20", "$A$1", "C:C" or "4:4". */
function parseRange(address: string): CellRange {
  const [from = '', to = from] = address.replace(/\$/g, '').split(':');
  const columns = /^([A-Z]{1,3})$/i;
  const rows = /^(\d+)$/;
  if (columns.test(from) && columns.test(to)) {
    return { top: 1, left: columnNumber(from), bottom: MAX_ROWS, right: columnNumber(to) };
  }
  if (rows.test(from) && rows.test(to)) return { top: Number(from), left: 1, bottom: Number(to), right: MAX_COLUMNS };
  const start = parseCellAddress(from);
  const end = parseCellAddress(to);
  if (!start || !end) fail('InvalidArgument', `"${address}" is not a range address.`);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

function sizeOf(range: CellRange): { rows: number; columns: number } {
  return { rows: range.bottom - range.top + 1, columns: range.right - range.left + 1 };
}

function gridOf<T>(target: RangeTarget, read: (cell: ModelCell | undefined) => T): T[][] {
  const { range, sheet } = target;
  const grid: T[][] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const cells: T[] = [];
    for (let column = range.left; column <= range.right; column++) cells.push(read(sheet.cell(row, column)));
    grid.push(cells);
  }
  return grid;
}

/** One value for the whole range when every cell agrees, else null (as Excel reports mixed formats). */
function uniform<T>(target: RangeTarget, read: (cell: ModelCell) => T): T | null {
  const { range, sheet } = target;
  const first = read(sheet.cell(range.top, range.left) ?? defaultCell());
  if (sizeOf(range).rows * sizeOf(range).columns > 100_000) return first;
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++) {
      if (read(sheet.cell(row, column) ?? defaultCell()) !== first) return null;
    }
  }
  return first;
}

function checkSheetUnprotected(sheet: ModelSheet): void {
  if (sheet.protected) fail('AccessDenied', `The sheet "${sheet.name}" is protected.`);
}

/** Applies `input` (a 2-D array matching the range, or one value for all) cell by cell; null leaves a cell as it is. */
function setGrid(target: RangeTarget, input: unknown, apply: (cell: ModelCell, value: unknown) => void): void {
  checkSheetUnprotected(target.sheet);
  const { range, sheet } = target;
  const { rows, columns } = sizeOf(range);
  if (Array.isArray(input)) {
    if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== columns)) {
      fail('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const value: unknown = Array.isArray(input) ? (input[r] as unknown[])[c] : input;
      if (value === null || value === undefined) continue;
      apply(sheet.cellForWrite(range.top + r, range.left + c), value);
    }
  }
}

function eachCell(target: RangeTarget, apply: (cell: ModelCell) => void): void {
  checkSheetUnprotected(target.sheet);
  setGrid(target, true, (cell) => apply(cell));
}

/** What Excel does with a value typed or written into a cell. */
function enter(cell: ModelCell, input: unknown): void {
  cell.quotePrefix = false;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    cell.formula = null;
    return;
  }
  const text = String(input);
  cell.formula = null;
  if (text === '') {
    cell.value = null;
  } else if (text.startsWith("'")) {
    cell.value = text.slice(1);
    cell.quotePrefix = true;
  } else if (text.startsWith('=') && text.length > 1) {
    cell.formula = text;
    cell.value = evaluate(text);
  } else if (/^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(text)) {
    cell.value = Number(text);
  } else if (/^\s*[+-]?(\d+(\.\d*)?|\.\d+)%\s*$/.test(text)) {
    cell.value = Number(text.trim().slice(0, -1)) / 100;
  } else if (/^(true|false)$/i.test(text.trim())) {
    cell.value = text.trim().toLowerCase() === 'true';
  } else {
    cell.value = text;
  }
}

/** The double computes HYPERLINK (its display text) and nothing else; other formulas read as empty. */
function evaluate(formula: string): ModelValue {
  const match = /^=HYPERLINK\((.*)\)$/is.exec(formula);
  if (!match) return null;
  const args = splitArguments(match[1]!);
  const text = args[1] ?? args[0];
  return text === undefined ? null : stringExpression(text);
}

function splitArguments(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      args.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  args.push(current);
  return args;
}

/** "abc"&"def" → abc def; a doubled quote is one quote. */
function stringExpression(text: string): string {
  return [...text.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')).join('');
}

function excelValue(cell: ModelCell | undefined): string | number | boolean {
  const value = cell?.value ?? null;
  if (value === null) return '';
  return typeof value === 'object' ? value.error : value;
}

function valueType(cell: ModelCell | undefined): string {
  const value = cell?.value ?? null;
  if (value === null) return 'Empty';
  if (typeof value === 'object') return 'Error';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

function normalColor(value: unknown): string {
  const text = String(value).trim();
  if (!/^#[0-9a-f]{6}$/i.test(text)) fail('InvalidArgument', `"${text}" is not a colour.`);
  return text.toUpperCase();
}

class RangeDouble extends ClientObjectDouble<RangeTarget> {
  static specs: Specs<RangeTarget> = {
    address: {
      get: (target) => `'${target.sheet.name.replace(/'/g, "''")}'!${rangeAddress(target.range)}`,
    },
    rowIndex: { get: (target) => target.range.top - 1 },
    columnIndex: { get: (target) => target.range.left - 1 },
    rowCount: { get: (target) => sizeOf(target.range).rows },
    columnCount: { get: (target) => sizeOf(target.range).columns },
    values: {
      get: (target) => (cellCount(target) > MAX_CELLS_FOR_GET ? null : gridOf(target, excelValue)),
      set: (target, input) => setGrid(target, input, enter),
    },
    formulas: {
      get: (target) => (cellCount(target) > MAX_CELLS_FOR_GET ? null : gridOf(target, (cell) => cell?.formula ?? excelValue(cell))),
      set: (target, input) => setGrid(target, input, enter),
    },
    numberFormat: {
      get: (target) => gridOf(target, (cell) => cell?.numberFormat ?? 'General'),
      set: (target, input) => setGrid(target, input, (cell, value) => (cell.numberFormat = String(value))),
    },
    valueTypes: { get: (target) => gridOf(target, valueType) },
    // As Excel: true when every row (column) of the range is hidden, false when none is, else null.
    rowHidden: { version: '1.2', get: (target) => allOrNone(target.range.top, target.range.bottom, target.sheet.hiddenRows) },
    columnHidden: { version: '1.2', get: (target) => allOrNone(target.range.left, target.range.right, target.sheet.hiddenColumns) },
    hyperlink: {
      version: '1.7',
      get: (target) => target.sheet.cell(target.range.top, target.range.left)?.hyperlink ?? null,
      set: (target, input) => {
        const link = (input ?? {}) as ModelHyperlink;
        eachCell(target, (cell) => (cell.hyperlink = { ...link }));
        if (link.textToDisplay !== undefined) {
          const first = target.sheet.cellForWrite(target.range.top, target.range.left);
          first.value = link.textToDisplay;
          first.formula = null;
        }
      },
    },
  };

  get format(): RangeFormatDouble {
    return new RangeFormatDouble(this.context, `${this.path}.format`, () => this.bound());
  }

  getCellProperties(options: Excel.CellPropertiesLoadOptions): ClientResultDouble<unknown[][]> {
    const result = new ClientResultDouble<unknown[][]>();
    if (!this.context.requireApi('1.9', 'getCellProperties')) return result;
    this.context.enqueue({
      request: { o: this.path, m: 'getCellProperties', a: options },
      run: () => {
        const grid = gridOf(this.bound(), (cell) => cellProperties(cell ?? defaultCell(), options));
        return { response: grid, commit: () => result.set(grid) };
      },
    });
    return result;
  }

  /** One entry per row of the range (ExcelApi 1.9); the double models rowHidden and rowIndex. */
  getRowProperties(options: Excel.RowPropertiesLoadOptions): ClientResultDouble<unknown[]> {
    return this.lineProperties('getRowProperties', options, (target) =>
      lines(target.range.top, target.range.bottom).map((row) => ({
        ...(options.rowIndex && { rowIndex: row - 1 }),
        ...(options.rowHidden && { rowHidden: target.sheet.hiddenRows.has(row) }),
      })),
    );
  }

  /** One entry per column of the range (ExcelApi 1.9); the double models columnHidden and columnIndex. */
  getColumnProperties(options: Excel.ColumnPropertiesLoadOptions): ClientResultDouble<unknown[]> {
    return this.lineProperties('getColumnProperties', options, (target) =>
      lines(target.range.left, target.range.right).map((column) => ({
        ...(options.columnIndex && { columnIndex: column - 1 }),
        ...(options.columnHidden && { columnHidden: target.sheet.hiddenColumns.has(column) }),
      })),
    );
  }

  private lineProperties(method: string, options: object, read: (target: RangeTarget) => unknown[]): ClientResultDouble<unknown[]> {
    const result = new ClientResultDouble<unknown[]>();
    if (!this.context.requireApi('1.9', method)) return result;
    const { rowIndex: _row, rowHidden: _rowHidden, columnIndex: _column, columnHidden: _columnHidden, ...rest } = options as Record<string, unknown>;
    if (Object.keys(rest).length > 0) fail('InvalidArgument', `The host double does not model the ${method} options ${Object.keys(rest).join(', ')}.`);
    this.context.enqueue({
      request: { o: this.path, m: method, a: options },
      run: () => {
        const properties = read(this.bound());
        return { response: properties, commit: () => result.set(properties) };
      },
    });
    return result;
  }

  /** A 2-D array of cell properties matching the range (ExcelApi 1.9); properties left out stay as they are. */
  setCellProperties(cellPropertiesData: Excel.SettableCellProperties[][]): void {
    const copy = JSON.parse(JSON.stringify(cellPropertiesData)) as unknown;
    this.call('setCellProperties', copy, (target) => setGrid(target, copy, (cell, properties) => setCellProperties(cell, properties)), '1.9');
  }

  getMergedAreasOrNullObject(): RangeAreasDouble {
    this.context.requireApi('1.13', 'getMergedAreasOrNullObject');
    return new RangeAreasDouble(
      this.context,
      this.context.newPath('areas'),
      () => {
        const target = this.bound();
        const areas = target.sheet.merges.filter((merge) => intersects(merge, target.range));
        return areas.length > 0 ? { sheet: target.sheet, areas } : null;
      },
      true,
    ).queueCreation({ m: 'getMergedAreasOrNullObject', o: this.path });
  }

  select(): void {
    this.call('select', null, (target) => {
      const workbook = workbookOf(target.sheet);
      if (workbook.activeSheet !== target.sheet) fail('InvalidSelection', 'Activate the sheet before selecting a range on it.');
      target.sheet.selectedAddress = rangeAddress(target.range);
    });
  }
}

function lines(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function allOrNone(first: number, last: number, hidden: ReadonlySet<number>): boolean | null {
  let count = 0;
  for (const line of hidden) if (line >= first && line <= last) count++;
  return count === 0 ? false : count === last - first + 1 ? true : null;
}

function cellCount(target: RangeTarget): number {
  const { rows, columns } = sizeOf(target.range);
  return rows * columns;
}

function cellProperties(cell: ModelCell, options: Excel.CellPropertiesLoadOptions): unknown {
  const format: Record<string, unknown> = {};
  const wanted = options.format;
  if (wanted?.indentLevel) format.indentLevel = cell.indent;
  if (wanted?.font) {
    const font: Record<string, unknown> = {};
    if (wanted.font.bold) font.bold = cell.bold;
    if (wanted.font.name) font.name = cell.fontName;
    if (wanted.font.color) font.color = cell.fontColor;
    format.font = font;
  }
  if (wanted?.fill?.color) format.fill = { color: cell.fill ?? '#FFFFFF' };
  return { format };
}

/** One cell's part of setCellProperties: the properties the model holds; anything else is refused, not ignored. */
function setCellProperties(cell: ModelCell, input: unknown): void {
  const { format, hyperlink, ...rest } = input as { format?: Record<string, unknown>; hyperlink?: ModelHyperlink };
  const { fill, font, indentLevel, wrapText, ...restFormat } = format ?? {};
  const { bold, color, name, underline, ...restFont } = (font ?? {}) as Record<string, unknown>;
  const { color: fillColor, ...restFill } = (fill ?? {}) as Record<string, unknown>;
  const unknown = [...Object.keys(rest), ...Object.keys(restFormat), ...Object.keys(restFont), ...Object.keys(restFill)];
  if (unknown.length > 0) fail('InvalidArgument', `The host double does not model the cell properties ${unknown.join(', ')}.`);
  if (fillColor !== undefined) cell.fill = normalColor(fillColor);
  if (bold !== undefined) cell.bold = bold === true;
  if (color !== undefined) cell.fontColor = normalColor(color);
  if (name !== undefined) cell.fontName = String(name);
  if (underline !== undefined) cell.underline = String(underline);
  if (indentLevel !== undefined) cell.indent = Number(indentLevel);
  if (wrapText !== undefined) cell.wrapText = wrapText === true;
  if (hyperlink !== undefined) {
    cell.hyperlink = { ...hyperlink };
    // As Range.hyperlink: the text to display becomes the cell's value.
    if (hyperlink.textToDisplay !== undefined) {
      cell.value = hyperlink.textToDisplay;
      cell.formula = null;
    }
  }
}

class ClientResultDouble<T> {
  private result: { value: T } | null = null;

  set(value: T): void {
    this.result = { value };
  }

  get value(): T {
    if (!this.result) fail('PropertyNotLoaded', 'Call context.sync() before reading a ClientResult value.');
    return this.result.value;
  }
}

class RangeFormatDouble extends ClientObjectDouble<RangeTarget> {
  static specs: Specs<RangeTarget> = {
    columnWidth: {
      version: '1.2',
      get: (target) => target.sheet.columnWidths.get(target.range.left) ?? 48,
      set: (target, value) => {
        checkSheetUnprotected(target.sheet);
        for (let column = target.range.left; column <= target.range.right; column++) target.sheet.columnWidths.set(column, Number(value));
      },
    },
    wrapText: {
      get: (target) => uniform(target, (cell) => cell.wrapText),
      set: (target, value) => eachCell(target, (cell) => (cell.wrapText = value === true)),
    },
    indentLevel: {
      version: '1.9',
      get: (target) => uniform(target, (cell) => cell.indent),
      set: (target, value) => eachCell(target, (cell) => (cell.indent = Number(value))),
    },
  };

  /** Row heights are not modelled: the call is checked and recorded, and changes no cell. */
  autofitRows(): void {
    this.call('autofitRows', null, (target) => checkSheetUnprotected(target.sheet), '1.2');
  }

  get fill(): RangeFillDouble {
    return new RangeFillDouble(this.context, `${this.path}.fill`, () => this.bound());
  }

  get font(): RangeFontDouble {
    return new RangeFontDouble(this.context, `${this.path}.font`, () => this.bound());
  }
}

class RangeFillDouble extends ClientObjectDouble<RangeTarget> {
  static specs: Specs<RangeTarget> = {
    // Excel reports "no fill" as white.
    color: {
      get: (target) => uniform(target, (cell) => cell.fill ?? '#FFFFFF'),
      set: (target, value) => eachCell(target, (cell) => (cell.fill = normalColor(value))),
    },
  };

  clear(): void {
    this.call('clear', null, (target) => eachCell(target, (cell) => (cell.fill = null)));
  }
}

class RangeFontDouble extends ClientObjectDouble<RangeTarget> {
  static specs: Specs<RangeTarget> = {
    bold: { get: (target) => uniform(target, (cell) => cell.bold), set: (target, value) => eachCell(target, (cell) => (cell.bold = value === true)) },
    color: {
      get: (target) => uniform(target, (cell) => cell.fontColor),
      set: (target, value) => eachCell(target, (cell) => (cell.fontColor = normalColor(value))),
    },
    name: { get: (target) => uniform(target, (cell) => cell.fontName), set: (target, value) => eachCell(target, (cell) => (cell.fontName = String(value))) },
    underline: {
      get: (target) => uniform(target, (cell) => cell.underline),
      set: (target, value) => eachCell(target, (cell) => (cell.underline = String(value))),
    },
  };
}

interface AreasTarget {
  sheet: ModelSheet;
  areas: CellRange[];
}

class RangeAreasDouble extends ClientObjectDouble<AreasTarget> {
  static specs: Specs<AreasTarget> = {
    areaCount: { version: '1.9', get: (target) => target.areas.length },
    address: { get: (target) => target.areas.map((area) => `'${target.sheet.name}'!${rangeAddress(area)}`).join(', ') },
  };

  get areas(): RangeCollectionDouble {
    return new RangeCollectionDouble(this.context, `${this.path}.areas`, () => this.bound());
  }
}

class RangeCollectionDouble extends ClientObjectDouble<AreasTarget> {
  static specs: Specs<AreasTarget> = {};
  private loadedItems: RangeDouble[] | null = null;

  get items(): RangeDouble[] {
    if (!this.loadedItems) fail('PropertyNotLoaded', "Load 'items/…' and sync before reading areas.items.");
    return this.loadedItems;
  }

  override load(option?: string | string[]): this {
    const names = (Array.isArray(option) ? option : (option ?? '').split(','))
      .map((name) => name.trim().replace(/^items\//, ''))
      .filter((name) => name !== '');
    if (names.length === 0) fail('InvalidArgument', 'Empty load on a range collection.');
    for (const name of names) if (!Object.hasOwn(RangeDouble.specs, name)) fail('InvalidArgument', `Ranges have no property "${name}".`);
    this.context.enqueue({
      request: { o: this.path, load: names },
      run: () => {
        const target = this.bound();
        const rows = target.areas.map((area) => names.map((name) => RangeDouble.specs[name]!.get!({ sheet: target.sheet, range: area })));
        return {
          response: rows,
          commit: () => {
            this.loadedItems = target.areas.map((area, i) => {
              const item = new RangeDouble(this.context, this.context.newPath('range'), () => ({ sheet: target.sheet, range: area }));
              item.bind();
              names.forEach((name, j) => item.setLoaded(name, rows[i]![j]));
              return item;
            });
          },
        };
      },
    });
    return this;
  }
}
