/** Reads the period of a year a header names (vocabulary/periodWords.ts): "Tháng 11", "11 tháng", "Quý IV". */
import { foldText } from '../textFold';
import { wordsOf } from '../vocabulary/matching';
import { periodForms, periodNumberRange, periodYearWords, romanNumerals, type PeriodKind } from '../vocabulary/periodWords';

type CountedKind = 'month' | 'monthsToDate' | 'lastMonths' | 'quarter';

export type PeriodKey = { readonly kind: CountedKind; readonly n: number } | { readonly kind: Exclude<PeriodKind, CountedKind> };

interface PeriodMatch {
  readonly key: PeriodKey;
  readonly start: number;
  readonly length: number;
}

/** The first period a text names ("Ước tính tháng 11 năm 2019" → month 11), or null. */
export function periodIn(text: string): PeriodKey | null {
  return periodsIn(wordsOf(foldText(text)))[0]?.key ?? null;
}

/**
 * Whether a heading names a period or "năm" with a year and nothing else ("11 tháng năm 2018",
 * "Tháng 11 / năm / 2019", "Năm 2022"): with no figure word, a statistics table's figure of
 * that period and year.
 */
export function namesOnlyPeriodAndYear(text: string): boolean {
  const words = wordsOf(foldText(text));
  const covered = new Set<number>();
  for (const { start, length } of periodsIn(words)) for (let i = start; i < start + length; i++) covered.add(i);
  const rest = words.filter((_, index) => !covered.has(index));
  const isYear = (word: string): boolean => /^(19|20)\d\d$/.test(word);
  return rest.some(isYear) && (covered.size > 0 || rest.some((word) => periodYearWords.includes(word))) && rest.every((word) => isYear(word) || periodYearWords.includes(word));
}

/**
 * Whether two figure columns cover the same period. No period named, "Cả năm" and "Kỳ này" (the
 * table's own period) are taken as one another; a named period matches only itself.
 */
export function periodsMatch(a: PeriodKey | null, b: PeriodKey | null): boolean {
  if (isUnnamed(a) || isUnnamed(b)) return isUnnamed(a) && isUnnamed(b);
  return a!.kind === b!.kind && ('n' in a! ? a.n : null) === ('n' in b! ? b.n : null);
}

/** How many months a period covers: a year (or no period named) twelve, "11 tháng" eleven, a quarter three. */
export function monthsCovered(key: PeriodKey | null): number {
  if (isUnnamed(key)) return 12;
  if (key!.kind === 'quarter') return 3;
  if (key!.kind === 'month') return 1;
  return 'n' in key! ? key.n : 0;
}

export function isUnnamed(key: PeriodKey | null): boolean {
  return key === null || key.kind === 'year' || key.kind === 'current';
}

/** Periods in order, each starting at the first word not taken by the one before; at one word, the first form listed wins. */
function periodsIn(words: readonly string[]): PeriodMatch[] {
  const found: PeriodMatch[] = [];
  for (let start = 0; start < words.length; start++) {
    const match = periodAt(words, start);
    if (!match) continue;
    found.push(match);
    start += match.length - 1;
  }
  return found;
}

function periodAt(words: readonly string[], start: number): PeriodMatch | null {
  for (const { form, kind } of periodForms) {
    const formWords = form.split(' ');
    let n: number | null = null;
    const fits = formWords.every((formWord, offset) => {
      const word = words[start + offset];
      if (word === undefined) return false;
      if (formWord !== '#') return word === formWord;
      n = numberOf(word);
      const range = periodNumberRange[kind];
      return n !== null && range !== undefined && n >= range[0] && n <= range[1];
    });
    if (!fits) continue;
    const key = (n === null ? { kind } : { kind, n }) as PeriodKey;
    return { key, start, length: formWords.length };
  }
  return null;
}

function numberOf(word: string): number | null {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  const roman = romanNumerals.indexOf(word);
  return roman >= 0 ? roman + 1 : null;
}
