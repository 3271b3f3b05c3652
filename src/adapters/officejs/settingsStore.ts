/**
 * What the add-in remembers in the workbook (ExcelApi 1.4 workbook settings, saved with the file):
 * the user's check settings, the sheets it wrote, the cells it marked. Values are JSON strings,
 * read defensively: a workbook may hold anything under these keys.
 */
import { AddinError } from '../../addin/workbookAccess';
import { settingsFrom } from '../../addin/settingsRules';
import type { CheckSettings } from '../../core/model';
import { guarded } from './errors';
import type { Host } from './host';
import { api } from './requirements';

export const settingKeys = {
  settings: 'indicatorCheck.settings',
  writtenSheets: 'indicatorCheck.writtenSheets',
  marks: 'indicatorCheck.marks',
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
  if (!host.supports(api.settings)) {
    throw new AddinError({ kind: 'unsupported', requirement: `ExcelApi ${api.settings}` });
  }
  await guarded(() =>
    host.run(async (context) => {
      saveSetting(context, settingKeys.settings, settings);
      await context.sync();
    }),
  );
}
