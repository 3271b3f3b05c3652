/**
 * What the add-in remembers in the workbook (ExcelApi 1.4 workbook settings, saved with the file):
 * the user's check settings, the sheets it wrote, the cells it marked. Values are JSON strings,
 * read defensively: a workbook may hold anything under these keys.
 */
import { AddinError, type ReviewedFinding } from '../../addin/workbookAccess';
import { isRecord, settingsFrom } from '../../addin/settingsRules';
import type { CheckSettings } from '../../core/model';
import { guarded } from './errors';
import type { Host } from './host';
import { api } from './requirements';

export const settingKeys = {
  settings: 'indicatorCheck.settings',
  writtenSheets: 'indicatorCheck.writtenSheets',
  marks: 'indicatorCheck.marks',
  reviewed: 'indicatorCheck.reviewed',
} as const;

/** Queues the load of one setting; read it with settingValue after the sync. */
export function loadSetting(context: Excel.RequestContext, key: string): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load('value');
  return setting;
}

/** The stored value, parsed from JSON; null when absent or unreadable. */
export function settingValue(setting: Excel.Setting): unknown {
  if (setting.isNullObject) return null;
  const value: unknown = setting.value;
  if (typeof value !== 'string') return value ?? null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

/** Queues a write of one setting as a JSON string. */
export function saveSetting(context: Excel.RequestContext, key: string, value: unknown): void {
  context.workbook.settings.add(key, JSON.stringify(value));
}

export async function loadSettings(host: Host): Promise<CheckSettings | null> {
  if (!host.supports(api.settings)) return null;
  return guarded(() =>
    host.run(async (context) => {
      const setting = loadSetting(context, settingKeys.settings);
      await context.sync();
      return settingsFrom(settingValue(setting));
    }),
  );
}

export async function saveSettings(host: Host, settings: CheckSettings): Promise<void> {
  await saveOne(host, settingKeys.settings, settings);
}

/** The reviewed findings; entries that are not { rule, sheet, cell } strings are left out. */
export async function loadReviewed(host: Host): Promise<ReviewedFinding[]> {
  if (!host.supports(api.settings)) return [];
  return guarded(() =>
    host.run(async (context) => {
      const setting = loadSetting(context, settingKeys.reviewed);
      await context.sync();
      const value = settingValue(setting);
      return Array.isArray(value) ? value.filter(isReviewedFinding).map(({ rule, sheet, cell }) => ({ rule, sheet, cell })) : [];
    }),
  );
}

export async function saveReviewed(host: Host, reviewed: readonly ReviewedFinding[]): Promise<void> {
  await saveOne(host, settingKeys.reviewed, reviewed);
}

async function saveOne(host: Host, key: string, value: unknown): Promise<void> {
  if (!host.supports(api.settings)) {
    throw new AddinError({ kind: 'unsupported', requirement: `ExcelApi ${api.settings}` });
  }
  await guarded(() =>
    host.run(async (context) => {
      saveSetting(context, key, value);
      await context.sync();
    }),
  );
}

function isReviewedFinding(value: unknown): value is ReviewedFinding {
  return isRecord(value) && typeof value.rule === 'string' && typeof value.sheet === 'string' && typeof value.cell === 'string';
}
