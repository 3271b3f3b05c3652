/**
 * What the add-in remembers in the workbook (ExcelApi 1.4 workbook settings, saved with the file):
 * the user's check settings, the sheets it wrote, the cells it marked. Values are JSON strings,
 * read defensively: a workbook may hold anything under these keys.
 */
import { AddinError } from '../../addin/workbookAccess';
import type { ColumnRole } from '../../core/report';
import { defaultSettings, type CheckSettings, type SheetOverride } from '../../core/settings';
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
      return checkSettingsFrom(settingValue(setting));
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

// ---- validation -----------------------------------------------------------------------------

const columnRoles = new Set<ColumnRole>([
  'code',
  'label',
  'unit',
  'prior',
  'plan',
  'actual',
  'statedPercentOfPlan',
  'statedYoY',
  'nextPlan',
  'note',
]);

/**
 * Settings from a stored value: null unless it is an object; each field kept only when valid
 * (else the default), so a hand-edited or older value never crashes the task pane.
 */
export function checkSettingsFrom(stored: unknown): CheckSettings | null {
  if (!isRecord(stored)) return null;
  const number = (value: unknown, min: number, max: number, fallback: number): number =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
  const achievedThreshold = number(stored.achievedThreshold, 0, 1000, defaultSettings.achievedThreshold);
  return {
    language: stored.language === 'vi' || stored.language === 'en' ? stored.language : defaultSettings.language,
    achievedThreshold,
    nearlyThreshold: number(stored.nearlyThreshold, 0, achievedThreshold, Math.min(defaultSettings.nearlyThreshold, achievedThreshold)),
    extraToleranceDigits: number(stored.extraToleranceDigits, 0, 15, defaultSettings.extraToleranceDigits),
    sheetOverrides: overridesFrom(stored.sheetOverrides),
  };
}

function overridesFrom(stored: unknown): Record<string, SheetOverride> {
  if (!isRecord(stored)) return {};
  const overrides: Record<string, SheetOverride> = {};
  for (const [sheet, entry] of Object.entries(stored)) {
    if (!isRecord(entry)) continue;
    const override: SheetOverride = {};
    if (Array.isArray(entry.headerRows)) {
      const rows = entry.headerRows.filter((row): row is number => Number.isInteger(row) && (row as number) > 0);
      if (rows.length > 0) override.headerRows = rows;
    }
    if (isRecord(entry.columns)) {
      const columns: Partial<Record<ColumnRole, string>> = {};
      for (const [role, letters] of Object.entries(entry.columns)) {
        if (columnRoles.has(role as ColumnRole) && typeof letters === 'string' && /^[A-Z]{1,3}$/i.test(letters)) {
          columns[role as ColumnRole] = letters.toUpperCase();
        }
      }
      if (Object.keys(columns).length > 0) override.columns = columns;
    }
    if (override.headerRows || override.columns) overrides[sheet] = override;
  }
  return overrides;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
