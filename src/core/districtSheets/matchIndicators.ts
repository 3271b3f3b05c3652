/**
 * Which indicator of one sheet is which indicator of another: by number and label, folded so that
 * case, accents, spacing and punctuation do not matter. Labels repeat within a sheet ("- Diện tích"
 * under every crop), so the n-th row with a key matches the n-th row with that key elsewhere.
 */
import { memoize } from '../memo';
import type { IndicatorResult } from '../report';
import { foldText } from '../textFold';
import { convert, sameQuantity, type Unit } from '../units';

/** code+label where a row has a number (label alone where it has none), or label alone. */
export type KeyMode = 'codeAndLabel' | 'label';

function foldWords(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

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

/** One key per indicator, in the same order, unique within the sheet. */
export function indicatorKeys(indicators: readonly IndicatorResult[], mode: KeyMode, folder: KeyFolder): string[] {
  const seen = new Map<string, number>();
  return indicators.map((indicator) => {
    const label = folder.label(indicator.label);
    const code = mode === 'codeAndLabel' && indicator.code !== null ? folder.code(indicator.code) : '';
    const base = `${code}|${label}`;
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return `${base}#${occurrence}`;
  });
}

/** Share of the smaller sheet's indicators that the other sheet has too (0 to 1). */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let common = 0;
  for (const key of small) if (large.has(key)) common++;
  return common / small.size;
}

/** A sheet's indicators with their keys, in the same order. */
export interface KeyedSheet {
  readonly indicators: readonly IndicatorResult[];
  readonly keys: readonly string[];
}

/**
 * Indicators of several sheets lined up by key: per key of the first sheet that some other sheet
 * also has, one entry per sheet (undefined where a sheet lacks it), in the first sheet's order.
 */
export function lineUp(sheets: readonly KeyedSheet[]): (IndicatorResult | undefined)[][] {
  const [first, ...others] = sheets;
  if (!first) return [];
  const byKey = others.map(({ indicators, keys }) => new Map(keys.map((key, i) => [key, indicators[i]!])));
  const rows: (IndicatorResult | undefined)[][] = [];
  first.keys.forEach((key, i) => {
    const found = byKey.map((table) => table.get(key));
    if (found.some((indicator) => indicator !== undefined)) rows.push([first.indicators[i]!, ...found]);
  });
  return rows;
}

/**
 * How figures of each part convert into the total's unit, when the total's unit adds up and every
 * part is in a unit of the same quantity; null otherwise (rates, yields, indexes, a missing part).
 */
export function additiveFactors(
  total: IndicatorResult,
  parts: readonly (IndicatorResult | undefined)[],
  unitOf: (text: string) => Unit | null,
): { totalUnit: Unit; parts: { indicator: IndicatorResult; unit: Unit; factor: number }[] } | null {
  const totalUnit = total.unit === null ? null : unitOf(total.unit);
  if (!totalUnit?.additive) return null;
  const converted = [];
  for (const indicator of parts) {
    const unit = indicator?.unit ? unitOf(indicator.unit) : null;
    if (!indicator || !unit || !sameQuantity(unit, totalUnit)) return null;
    converted.push({ indicator, unit, factor: convert(1, unit, totalUnit) });
  }
  return { totalUnit, parts: converted };
}
