/**
 * An in-memory WorkbookAccess for the check flow and the task pane: sheets are snapshots, the
 * written plan is kept as data, marks are a set of cells. It records every call, can fail or
 * hold any operation, and enforces what the real one promises (only add-in sheets replaced).
 * Not the Office.js host double: this one knows nothing of Excel's object model.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkbookSnapshot } from '../../src/core/model';
import type { Finding } from '../../src/core/report';
import type { CheckSettings } from '../../src/core/settings';
import type { SheetSnapshot } from '../../src/core/snapshot';
import type { SummaryPlan } from '../../src/summaryPlan';
import type { Progress, ReviewedFinding, SheetListing, WorkbookAccess, WrittenSheets } from '../../src/addin/workbookAccess';
import { loadWorkbookFile } from '../../src/adapters/exceljs/loadWorkbook';
import { readSnapshots } from '../../src/adapters/exceljs/readWorkbook';

export interface FakeSheet {
  name: string;
  visible?: boolean;
  writtenByAddin?: boolean;
  /** What readSheets returns for it; an empty sheet when absent. */
  snapshot?: SheetSnapshot;
  /** For a sheet the add-in wrote: when, as the record says. */
  checkedAt?: string;
}

type Method = keyof WorkbookAccess;

export interface Call {
  method: Method;
  args: unknown[];
}

export class FakeWorkbookAccess implements WorkbookAccess {
  readonly calls: Call[] = [];
  sheets: FakeSheet[];
  settings: CheckSettings | null = null;
  reviewed: ReviewedFinding[] = [];
  /** Every plan written, oldest first. */
  readonly plans: SummaryPlan[] = [];
  /** Marked cells as "sheet!cell". */
  readonly marks = new Set<string>();
  readonly selections: { sheet: string; cell: string }[] = [];
  private readonly failures = new Map<Method, unknown>();
  private readonly holds = new Map<Method, Promise<void>>();

  constructor(
    sheets: FakeSheet[],
    readonly name = 'test.xlsx',
  ) {
    this.sheets = sheets.map((sheet) => ({ ...sheet }));
  }

  /** The next call of `method` throws `error` (once). */
  failNext(method: Method, error: unknown): void {
    this.failures.set(method, error);
  }

  /** Calls of `method` wait until the returned function is called. */
  hold(method: Method): () => void {
    let release!: () => void;
    this.holds.set(
      method,
      new Promise<void>((resolve) => {
        release = resolve;
      }),
    );
    return () => {
      this.holds.delete(method);
      release();
    };
  }

  callsOf(method: Method): Call[] {
    return this.calls.filter((call) => call.method === method);
  }

  private async enter(method: Method, args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    await this.holds.get(method);
    if (this.failures.has(method)) {
      const error = this.failures.get(method);
      this.failures.delete(method);
      throw error;
    }
  }

  async workbookName(): Promise<string> {
    await this.enter('workbookName', []);
    return this.name;
  }

  async listSheets(): Promise<SheetListing[]> {
    await this.enter('listSheets', []);
    return this.sheets.map((sheet) => ({
      name: sheet.name,
      visible: sheet.visible ?? true,
      writtenByAddin: sheet.writtenByAddin ?? false,
      ...(sheet.checkedAt ? { checkedAt: sheet.checkedAt } : {}),
    }));
  }

  /** One sheet per macrotask, as Excel's round trips are: a stop can come between two sheets. */
  async readSheets(names: readonly string[], onProgress?: (progress: Progress) => void, signal?: AbortSignal): Promise<WorkbookSnapshot> {
    // The first sheet is named before any hold, as when Excel's first round trip is under way.
    if (names[0] !== undefined) onProgress?.({ done: 0, total: names.length, sheet: names[0] });
    await this.enter('readSheets', [[...names]]);
    const snapshots: SheetSnapshot[] = [];
    for (const [index, name] of names.entries()) {
      onProgress?.({ done: index, total: names.length, sheet: name });
      await new Promise((resolve) => setTimeout(resolve, 0));
      signal?.throwIfAborted();
      const sheet = this.sheets.find((s) => s.name === name);
      if (!sheet) throw new Error(`No sheet named ${name}`);
      snapshots.push(sheet.snapshot ?? emptySnapshot(name));
    }
    onProgress?.({ done: names.length, total: names.length });
    return { name: this.name, sheets: snapshots };
  }

  async writeSummary(plan: SummaryPlan, onProgress?: (progress: Progress) => void, checkedAt?: Date): Promise<WrittenSheets> {
    await this.enter('writeSummary', [plan]);
    for (const planned of plan.sheets) {
      const clash = this.sheets.find((s) => !s.writtenByAddin && s.name.toLowerCase() === planned.name.toLowerCase());
      if (clash) throw new Error(`The plan would replace the user's sheet ${clash.name}`);
    }
    this.sheets = this.sheets.filter((sheet) => !sheet.writtenByAddin);
    plan.sheets.forEach((planned, index) => {
      this.sheets.push({ name: planned.name, writtenByAddin: true, ...(checkedAt ? { checkedAt: checkedAt.toISOString() } : {}) });
      onProgress?.({ done: index + 1, total: plan.sheets.length });
    });
    this.plans.push(plan);
    const name = (kind: 'summary' | 'findings') => plan.sheets.find((sheet) => sheet.kind === kind)?.name ?? '';
    const districts = plan.sheets.filter((sheet) => sheet.kind === 'districts').map((sheet) => sheet.name);
    return { summary: name('summary'), findings: name('findings'), districts };
  }

  async markFindings(findings: readonly Finding[]): Promise<number> {
    await this.enter('markFindings', [[...findings]]);
    const before = this.marks.size;
    for (const finding of findings) this.marks.add(`${finding.sheet}!${finding.cell}`);
    return this.marks.size - before;
  }

  async clearMarks(): Promise<number> {
    await this.enter('clearMarks', []);
    const count = this.marks.size;
    this.marks.clear();
    return count;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.enter('selectCell', [sheet, cell]);
    this.selections.push({ sheet, cell });
  }

  async loadSettings(): Promise<CheckSettings | null> {
    await this.enter('loadSettings', []);
    return this.settings === null ? null : structuredClone(this.settings);
  }

  async saveSettings(settings: CheckSettings): Promise<void> {
    await this.enter('saveSettings', [structuredClone(settings)]);
    this.settings = structuredClone(settings);
  }

  async loadReviewed(): Promise<ReviewedFinding[]> {
    await this.enter('loadReviewed', []);
    return structuredClone(this.reviewed);
  }

  async saveReviewed(reviewed: readonly ReviewedFinding[]): Promise<void> {
    await this.enter('saveReviewed', [structuredClone(reviewed)]);
    this.reviewed = structuredClone([...reviewed]);
  }
}

export function emptySnapshot(name: string): SheetSnapshot {
  return { name, origin: { row: 1, column: 1 }, values: [], formulas: [], numberFormats: [], styles: [], merges: [] };
}

/** The fixture's sheets as an ExcelJS reader sees them (what the Office.js reader must match). */
export async function fixtureSnapshots(file: string): Promise<SheetSnapshot[]> {
  return readSnapshots(await loadWorkbookFile(path.join(fixturesDir, file)));
}

// From a string: under jsdom, `new URL(…, import.meta.url)` is jsdom's URL, which node:url refuses.
const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export const QUANG_NINH_SHEET = 'KQ 2020 - KH 2021';

/**
 * The Quảng Ninh 2020 workbook as the add-in would find it after a first run: its one indicator
 * sheet, a user's own sheet named "Tổng hợp", a hidden sheet, and the two sheets a previous run wrote.
 */
export async function quangNinhAccess(): Promise<FakeWorkbookAccess> {
  const [sheet] = await fixtureSnapshots('quang-ninh-2020.xlsx');
  return new FakeWorkbookAccess(
    [
      { name: QUANG_NINH_SHEET, snapshot: sheet },
      { name: 'Tổng hợp' },
      { name: 'Danh mục', visible: false },
      { name: 'Tổng hợp (2)', writtenByAddin: true },
      { name: 'Kiểm tra', writtenByAddin: true },
    ],
    'quang-ninh-2020.xlsx',
  );
}
