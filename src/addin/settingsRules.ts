/**
 * The settings the task pane edits: what a stored value may be, how typed text becomes a value,
 * and how a correction of one sheet's layout becomes an override. UI-free, so tests cover it.
 */
import { columnLetter, columnNumber } from '../core';
import { columnRoleNames, defaultSettings, type CheckSettings, type ColumnRole, type Language, type SheetOverride } from '../core/model';
import { languageFor } from './language';

export const limits = {
  achieved: { min: 0, max: 1000 },
  extraToleranceDigits: { min: 0, max: 6 },
} as const;

/**
 * Settings from a stored value, each field checked (a workbook may hold settings from another
 * version, or edited by hand): an invalid field takes the fallback's value. Null unless an object.
 */
export function settingsFrom(saved: unknown, fallback: CheckSettings = defaultSettings): CheckSettings | null {
  if (!isRecord(saved)) return null;
  const language: Language = saved.language === 'vi' || saved.language === 'en' ? saved.language : fallback.language;
  const achieved = achievedProblem(saved.achievedThreshold) === null ? (saved.achievedThreshold as number) : fallback.achievedThreshold;
  const nearly = nearlyProblem(saved.nearlyThreshold, achieved) === null ? (saved.nearlyThreshold as number) : Math.min(fallback.nearlyThreshold, achieved);
  const digits = toleranceProblem(saved.extraToleranceDigits) === null ? (saved.extraToleranceDigits as number) : fallback.extraToleranceDigits;
  return {
    language,
    achievedThreshold: achieved,
    nearlyThreshold: nearly,
    extraToleranceDigits: digits,
    includeHidden: typeof saved.includeHidden === 'boolean' ? saved.includeHidden : fallback.includeHidden,
    sheetOverrides: cleanOverrides(saved.sheetOverrides),
  };
}

/** The settings to start with: the workbook's saved ones, else the defaults in the language of Office. */
export function startingSettings(saved: unknown, displayLanguage: string | undefined): CheckSettings {
  const fallback: CheckSettings = { ...defaultSettings, language: languageFor(displayLanguage) };
  return settingsFrom(saved, fallback) ?? fallback;
}

// ---- numbers typed by the user --------------------------------------------------------------------

/** "99,5" or "99.5" (Vietnamese or English decimal mark), with spaces; null when not a number. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s+/g, '').replace(/%$/, '');
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

export type NumberProblem = 'notANumber' | 'achievedRange' | 'nearlyRange' | 'toleranceRange';

export function achievedProblem(value: unknown): NumberProblem | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'notANumber';
  return value > limits.achieved.min && value <= limits.achieved.max ? null : 'achievedRange';
}

export function nearlyProblem(value: unknown, achieved: number): NumberProblem | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'notANumber';
  return value >= 0 && value <= achieved ? null : 'nearlyRange';
}

export function toleranceProblem(value: unknown): NumberProblem | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'notANumber';
  const { min, max } = limits.extraToleranceDigits;
  return Number.isInteger(value) && value >= min && value <= max ? null : 'toleranceRange';
}

/** What is wrong with settings the pane hands over; empty when they may be used. */
export function settingsProblems(settings: CheckSettings): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const add = (field: SettingProblem['field'], problem: NumberProblem | null) => {
    if (problem !== null) problems.push({ field, problem });
  };
  add('achievedThreshold', achievedProblem(settings.achievedThreshold));
  add('nearlyThreshold', nearlyProblem(settings.nearlyThreshold, settings.achievedThreshold));
  add('extraToleranceDigits', toleranceProblem(settings.extraToleranceDigits));
  return problems;
}

export interface SettingProblem {
  /** The field of CheckSettings that is wrong. */
  field: 'achievedThreshold' | 'nearlyThreshold' | 'extraToleranceDigits';
  problem: NumberProblem;
}

// ---- header rows ----------------------------------------------------------------------------------

/** [8, 9] as "8-9", [8] as "8", [6, 8] as "6, 8". */
export function formatHeaderRows(rows: readonly number[]): string {
  if (rows.length === 0) return '';
  const sorted = [...rows].sort((a, b) => a - b);
  const contiguous = sorted.every((row, i) => i === 0 || row === sorted[i - 1]! + 1);
  if (contiguous) return sorted.length === 1 ? String(sorted[0]) : `${sorted[0]}-${sorted[sorted.length - 1]}`;
  return sorted.join(', ');
}

const MAX_HEADER_ROWS = 10;

/**
 * "8-9" (also "8–9", "8 - 9"), "8", or "6, 8": the rows, ascending; [] for an empty text
 * (detect automatically); null for anything else, or a block of more than 10 rows.
 */
export function parseHeaderRows(text: string): number[] | null {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const rows = new Set<number>();
  for (const part of trimmed.split(/[,;]/)) {
    const match = /^\s*(\d{1,7})\s*(?:[-–—]\s*(\d{1,7})\s*)?$/.exec(part);
    if (!match) return null;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from < 1 || to < from || to - from >= MAX_HEADER_ROWS) return null;
    for (let row = from; row <= to; row++) rows.add(row);
  }
  if (rows.size > MAX_HEADER_ROWS) return null;
  return [...rows].sort((a, b) => a - b);
}

// ---- column letters -------------------------------------------------------------------------------

/** The letters a role may be set to: A up to the last used column, and any letter already in use. */
export function columnChoices(lastColumn: number, inUse: readonly string[], cap = 100): string[] {
  const last = Math.min(Math.max(lastColumn, 1), cap);
  const numbers = new Set<number>();
  for (let column = 1; column <= last; column++) numbers.add(column);
  for (const letters of inUse) if (isColumnLetters(letters)) numbers.add(columnNumber(letters));
  return [...numbers].sort((a, b) => a - b).map(columnLetter);
}

export function isColumnLetters(text: string): boolean {
  return /^[A-Z]{1,3}$/.test(text) && columnNumber(text) <= 16384;
}

// ---- overrides ------------------------------------------------------------------------------------

/**
 * The settings with one sheet's override replaced; an empty override removes the sheet's entry,
 * so "back to automatic" leaves nothing behind.
 */
export function withSheetOverride(settings: CheckSettings, sheet: string, override: SheetOverride | undefined): CheckSettings {
  const overrides: Record<string, SheetOverride> = { ...settings.sheetOverrides };
  const cleaned = override ? cleanOverride(override) : null;
  if (cleaned) overrides[sheet] = cleaned;
  else delete overrides[sheet];
  return { ...settings, sheetOverrides: overrides };
}

/**
 * One role set to a letter; '' means "no column" (stored so the choice is remembered; the core
 * applies only letters). Other roles of the override are kept.
 */
export function withColumnRole(override: SheetOverride | undefined, role: ColumnRole, letters: string): SheetOverride {
  return { ...override, columns: { ...override?.columns, [role]: letters } };
}

/** Header rows set, or removed with []. */
export function withHeaderRows(override: SheetOverride | undefined, rows: readonly number[]): SheetOverride {
  const next: SheetOverride = { ...override };
  if (rows.length > 0) next.headerRows = [...rows];
  else delete next.headerRows;
  return next;
}

function cleanOverrides(value: unknown): Record<string, SheetOverride> {
  const overrides: Record<string, SheetOverride> = {};
  if (!isRecord(value)) return overrides;
  for (const [sheet, override] of Object.entries(value)) {
    const cleaned = isRecord(override) ? cleanOverride(override) : null;
    if (cleaned) overrides[sheet] = cleaned;
  }
  return overrides;
}

const roleNames = new Set<string>(columnRoleNames);

function cleanOverride(override: Record<string, unknown> | SheetOverride): SheetOverride | null {
  const result: SheetOverride = {};
  const rows = (override as Record<string, unknown>).headerRows;
  if (Array.isArray(rows)) {
    const valid = rows.filter((row): row is number => Number.isInteger(row) && (row as number) >= 1);
    if (valid.length > 0 && valid.length <= MAX_HEADER_ROWS) result.headerRows = [...new Set(valid)].sort((a, b) => a - b);
  }
  const columns = (override as Record<string, unknown>).columns;
  if (isRecord(columns)) {
    const cleaned: Partial<Record<ColumnRole, string>> = {};
    for (const [role, letters] of Object.entries(columns)) {
      if (roleNames.has(role) && typeof letters === 'string' && (letters === '' || isColumnLetters(letters.toUpperCase()))) {
        cleaned[role as ColumnRole] = letters.toUpperCase();
      }
    }
    if (Object.keys(cleaned).length > 0) result.columns = cleaned;
  }
  return result.headerRows || result.columns ? result : null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
