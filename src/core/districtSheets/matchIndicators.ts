/**
 * Which indicator of one sheet is which indicator of another: by number and label, folded so that
 * case, accents, spacing and punctuation do not matter. Labels repeat within a sheet ("- Diện tích"
 * under every crop), so the n-th row with a key matches the n-th row with that key elsewhere.
 */
import { memoize } from '../memo';
import type { IndicatorResult } from '../report';
import { foldText, foldWords } from '../textFold';
import { convert, sameQuantity, type Unit } from '../units';

/** code+label where a row has a number (label alone where it has none), or label alone. */
export type KeyMode = 'codeAndLabel' | 'label';

/** "1.2." and "1.2", "II" and "ii" are the same number. */
function foldCode(code: string): string {
  return foldText(code)
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

/** Folds labels and numbers, each distinct text once: every district sheet repeats the same labels. */
export interface KeyFolder {
  readonly label: (label: string) => string;
  readonly code: (code: string) => string;
}

export function createKeyFolder(): KeyFolder {
  return { label: memoize(foldWords), code: memoize(foldCode) };
}

/**
 * A sheet's indicators with their keys, in the same order. Keys repeat where labels do: the n-th
 * indicator with a key matches the n-th with that key on another sheet.
 */
export interface KeyedSheet {
  readonly indicators: readonly IndicatorResult[];
  readonly keys: readonly string[];
  /** Each key's indicators, in sheet order. */
  readonly byKey: ReadonlyMap<string, readonly IndicatorResult[]>;
}

export function keySheet(indicators: readonly IndicatorResult[], mode: KeyMode, folder: KeyFolder): KeyedSheet {
  const keys: string[] = [];
  const byKey = new Map<string, IndicatorResult[]>();
  for (const indicator of indicators) {
    const key = indicatorKey(indicator, mode, folder);
    keys.push(key);
    const list = byKey.get(key);
    if (list) list.push(indicator);
    else byKey.set(key, [indicator]);
  }
  return { indicators, keys, byKey };
}

function indicatorKey(indicator: IndicatorResult, mode: KeyMode, folder: KeyFolder): string {
  const label = folder.label(indicator.label);
  if (mode === 'label') return label;
  return `${indicator.code === null ? '' : folder.code(indicator.code)}|${label}`;
}

/** Share of the smaller sheet's indicators that the other sheet has too (0 to 1). */
export function overlap(a: KeyedSheet, b: KeyedSheet): number {
  const [small, large] = a.indicators.length <= b.indicators.length ? [a, b] : [b, a];
  if (small.indicators.length === 0) return 0;
  // The n-th indicator with a key is on the other sheet when that sheet has at least n with it.
  let common = 0;
  for (const [key, list] of small.byKey) common += Math.min(list.length, large.byKey.get(key)?.length ?? 0);
  return common / small.indicators.length;
}

/**
 * Indicators of several sheets lined up by key: per indicator of the first sheet that some other
 * sheet also has, one entry per sheet (undefined where a sheet lacks it), in the first sheet's order.
 */
export function lineUp(sheets: readonly KeyedSheet[]): (IndicatorResult | undefined)[][] {
  const [first, ...others] = sheets;
  if (!first) return [];
  const seen = new Map<string, number>();
  const rows: (IndicatorResult | undefined)[][] = [];
  first.indicators.forEach((indicator, i) => {
    const key = first.keys[i]!;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const row: (IndicatorResult | undefined)[] = [indicator];
    let shared = false;
    for (const sheet of others) {
      const other = sheet.byKey.get(key)?.[occurrence];
      row.push(other);
      shared ||= other !== undefined;
    }
    if (shared) rows.push(row);
  });
  return rows;
}

/** The unit the check read an indicator in; null for none or one it does not know. */
export type UnitOf = (indicator: IndicatorResult) => Unit | null;

/** The parts of a total in units that add up to it: each part's figures times its factor are in the total's unit. */
export interface AdditiveParts {
  readonly totalUnit: Unit;
  readonly parts: readonly { readonly indicator: IndicatorResult; readonly unit: Unit; readonly factor: number }[];
}

/**
 * How figures of each part convert into the total's unit, when the total's unit adds up and every
 * part is in a unit of the same quantity; null otherwise (rates, yields, indexes, a missing part).
 */
export function additiveFactors(total: IndicatorResult, parts: readonly (IndicatorResult | undefined)[], unitOf: UnitOf): AdditiveParts | null {
  const totalUnit = unitOf(total);
  if (!totalUnit?.additive) return null;
  const converted = [];
  for (const indicator of parts) {
    if (!indicator) return null;
    const unit = unitOf(indicator);
    if (!unit) return null;
    // Parts mostly repeat the total's unit: nothing to convert.
    if (unit === totalUnit || indicator.unit === total.unit) {
      converted.push({ indicator, unit: totalUnit, factor: 1 });
      continue;
    }
    if (!sameQuantity(unit, totalUnit)) return null;
    converted.push({ indicator, unit, factor: convert(1, unit, totalUnit) });
  }
  return { totalUnit, parts: converted };
}
