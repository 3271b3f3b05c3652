/**
 * Marks flagged source cells with a fill, and takes the marks off again. Only the fill changes,
 * never a value. Each marked cell's original fill is recorded in the workbook's settings, so
 * clearing restores it, even in a later session. A cell whose fill the user changed after it was
 * marked is left as the user made it. Cells on protected sheets are skipped (and stay recorded).
 */
import { AddinError } from '../../addin/workbookAccess';
import { cellAddress, parseCellAddress } from '../../core';
import type { Finding } from '../../core/model';
import { guarded } from './errors';
import type { Host } from './host';
import { ACTION_OVERHEAD } from './payload';
import { api } from './requirements';
import { isRecord } from '../../addin/settingsRules';
import { loadSetting, saveSetting, settingKeys, settingValue } from './settingsStore';

/** Light orange (Excel's "Orange, Accent 2, Lighter 80%"). */
export const MARK_FILL = '#FCE4D6';

export interface MarkedCell {
  sheet: string;
  cell: string;
  /** The fill before marking, "#RRGGBB"; null for none. */
  fill: string | null;
}

interface MarkRecord {
  version: 1;
  color: string;
  cells: MarkedCell[];
}

export interface MarkResult {
  /** Cells that carry the mark now (marked by this run or kept from an earlier one). */
  marked: number;
  /** Cells whose original fill was put back. */
  restored: number;
  /** Cells left alone because their sheet is protected. */
  skipped: number;
  skippedSheets: string[];
}

/** Marks the findings' cells; cells marked before and no longer flagged get their fill back. */
export async function markFindings(host: Host, findings: readonly Pick<Finding, 'sheet' | 'cell'>[]): Promise<MarkResult> {
  return applyMarks(host, findings);
}

export async function clearMarks(host: Host): Promise<MarkResult> {
  return applyMarks(host, []);
}

async function applyMarks(host: Host, findings: readonly Pick<Finding, 'sheet' | 'cell'>[]): Promise<MarkResult> {
  if (!host.supports(api.settings)) {
    // Without somewhere to keep the original fills, a mark could never be taken off.
    throw new AddinError({ kind: 'unsupported', requirement: `ExcelApi ${api.settings}` });
  }
  return guarded(() =>
    host.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      const recordSetting = loadSetting(context, settingKeys.marks);
      await context.sync();
      const present = new Set(worksheets.items.map((sheet) => sheet.name));
      const previous = new Map(markRecordFrom(settingValue(recordSetting)).cells.map((cell) => [keyOf(cell), cell]));
      const wanted = new Map<string, { sheet: string; cell: string }>();
      for (const finding of findings) {
        const position = parseCellAddress(finding.cell);
        if (!position || !present.has(finding.sheet)) continue;
        const cell = { sheet: finding.sheet, cell: cellAddress(position.row, position.column) };
        wanted.set(keyOf(cell), cell);
      }

      // What each involved cell looks like now, and which sheets are protected.
      const involved = new Map<string, { sheet: string; cell: string }>();
      for (const [key, cell] of [...wanted, ...previous]) if (present.has(cell.sheet)) involved.set(key, cell);
      const sheets = [...new Set([...involved.values()].map((cell) => cell.sheet))];
      const proxies = new Map(sheets.map((sheet) => [sheet, worksheets.getItem(sheet)]));
      const fillOf = (cell: { sheet: string; cell: string }): Excel.RangeFill => proxies.get(cell.sheet)!.getRange(cell.cell).format.fill;
      const protections = host.supports(api.sheetProtection)
        ? sheets.map((sheet) => {
            const protection = context.workbook.worksheets.getItem(sheet).protection;
            protection.load('protected');
            return { sheet, protection };
          })
        : [];
      const fills = new Map<string, Excel.RangeFill>();
      await inChunks(context, host.payloadBudget, [...involved], ([key, cell]) => {
        const fill = fillOf(cell);
        fill.load('color');
        fills.set(key, fill);
      });
      const locked = new Set(protections.filter(({ protection }) => protection.protected).map(({ sheet }) => sheet));

      const result: MarkResult = { marked: 0, restored: 0, skipped: 0, skippedSheets: [...locked] };
      const record: MarkedCell[] = [];
      const changes: (() => void)[] = [];
      for (const [key, cell] of involved) {
        const before = previous.get(key);
        if (locked.has(cell.sheet)) {
          // Untouched: a recorded mark stays recorded, to be cleared once the sheet is unprotected.
          if (before) record.push(before);
          if (wanted.has(key)) result.skipped++;
          continue;
        }
        const current = normalFill(fills.get(key)?.color);
        const stillMarked = before !== undefined && current === MARK_FILL;
        if (wanted.has(key)) {
          record.push({ ...cell, fill: stillMarked ? before.fill : current });
          if (current !== MARK_FILL) changes.push(() => (fillOf(cell).color = MARK_FILL));
          result.marked++;
        } else if (stillMarked) {
          changes.push(() => restoreFill(fillOf(cell), before.fill));
          result.restored++;
        }
      }
      await inChunks(context, host.payloadBudget, changes, (change) => change(), () =>
        saveSetting(context, settingKeys.marks, { version: 1, color: MARK_FILL, cells: record } satisfies MarkRecord),
      );
      return result;
    }),
  );
}

function restoreFill(fill: Excel.RangeFill, original: string | null): void {
  if (original === null) fill.clear();
  else fill.color = original;
}

/** "#RRGGBB" in capitals; white and nothing both mean no fill (Excel reports no fill as white). */
function normalFill(color: string | null | undefined): string | null {
  if (!color) return null;
  const upper = color.toUpperCase();
  return upper === '#FFFFFF' ? null : upper;
}

function keyOf(cell: { sheet: string; cell: string }): string {
  return `${cell.sheet}\u0000${cell.cell}`;
}

function markRecordFrom(stored: unknown): MarkRecord {
  const cells: MarkedCell[] = [];
  if (isRecord(stored) && Array.isArray(stored.cells)) {
    for (const entry of stored.cells as unknown[]) {
      if (!isRecord(entry) || typeof entry.sheet !== 'string' || typeof entry.cell !== 'string') continue;
      const position = parseCellAddress(entry.cell);
      if (!position) continue;
      const fill = typeof entry.fill === 'string' && /^#[0-9A-F]{6}$/i.test(entry.fill) ? entry.fill.toUpperCase() : null;
      cells.push({ sheet: entry.sheet, cell: cellAddress(position.row, position.column), fill });
    }
  }
  return { version: 1, color: MARK_FILL, cells };
}

/** Per cell: a getRange, the fill, and the load or set, with their answers. */
const BYTES_PER_CELL_ACTION = ACTION_OVERHEAD * 3;

/** Queues items, syncing whenever the budget is reached and once at the end (after `last`). */
async function inChunks<T>(
  context: Excel.RequestContext,
  budget: number,
  items: readonly T[],
  queue: (item: T) => void,
  last?: () => void,
): Promise<void> {
  const perSync = Math.max(1, Math.floor(budget / BYTES_PER_CELL_ACTION));
  for (let start = 0; start < items.length; start += perSync) {
    items.slice(start, start + perSync).forEach(queue);
    // One sync per budget's worth of cells, not per cell.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    if (start + perSync < items.length) await context.sync();
  }
  last?.();
  await context.sync();
}
