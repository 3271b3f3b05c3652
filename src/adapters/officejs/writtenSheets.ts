/**
 * The record of the sheets the add-in wrote, kept in the workbook's settings. A recorded sheet
 * counts as the add-in's only while it still matches: same name AND the same text in A1 (the
 * title the add-in wrote). Worksheet ids would be better, but Excel changes them between sessions.
 * So a user's own sheet called "Tổng hợp" is never taken for a summary, and never deleted.
 */
import type { PlannedSheet } from '../../summaryPlan';
import type { Host } from './host';
import { api } from './requirements';
import { isRecord } from '../../addin/settingsRules';
import { settingKeys } from './settingsStore';

export interface WrittenEntry {
  name: string;
  kind: PlannedSheet['kind'];
  /** The text written into A1 (the sheet's title). */
  marker: string;
  /** When the check that wrote it ran (ISO 8601); absent in records of earlier versions. */
  checkedAt?: string;
}

export interface WrittenRecord {
  version: 1;
  sheets: WrittenEntry[];
}

/** Every kind of sheet the add-in writes: a re-run replaces each, so each must be read back. */
const writtenKinds: ReadonlySet<PlannedSheet['kind']> = new Set(['summary', 'findings', 'districts']);

export function writtenRecordFrom(stored: unknown): WrittenRecord {
  const sheets: WrittenEntry[] = [];
  if (isRecord(stored) && Array.isArray(stored.sheets)) {
    for (const entry of stored.sheets as unknown[]) {
      if (
        isRecord(entry) &&
        typeof entry.name === 'string' &&
        typeof entry.marker === 'string' &&
        writtenKinds.has(entry.kind as PlannedSheet['kind'])
      ) {
        sheets.push({
          name: entry.name,
          kind: entry.kind as PlannedSheet['kind'],
          marker: entry.marker,
          ...(typeof entry.checkedAt === 'string' ? { checkedAt: entry.checkedAt } : {}),
        });
      }
    }
  }
  return { version: 1, sheets };
}

export const writtenRecordKey = settingKeys.writtenSheets;

export interface ConfirmedSheet {
  entry: WrittenEntry;
  /** Worksheet protection (false where ExcelApi 1.2 cannot tell). */
  protected: boolean;
}

/**
 * The recorded sheets that still match, with their protection: one sync, and none when no
 * recorded name is in the workbook. `names` are the workbook's current sheet names.
 */
export async function confirmWrittenSheets(
  context: Excel.RequestContext,
  host: Host,
  record: WrittenRecord,
  names: readonly string[],
): Promise<ConfirmedSheet[]> {
  const present = new Set(names);
  const candidates = record.sheets.filter((entry) => present.has(entry.name));
  if (candidates.length === 0) return [];
  const checks = candidates.map((entry) => {
    const title = context.workbook.worksheets.getItem(entry.name).getRange('A1');
    title.load('values');
    const protection = host.supports(api.sheetProtection) ? context.workbook.worksheets.getItem(entry.name).protection : null;
    protection?.load('protected');
    return { entry, title, protection };
  });
  await context.sync();
  return checks
    .filter(({ entry, title }) => String(title.values[0]?.[0] ?? '') === entry.marker)
    .map(({ entry, protection }) => ({ entry, protected: protection?.protected ?? false }));
}
