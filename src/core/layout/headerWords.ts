/** Reads a header's words through the header vocabulary (vocabulary/headerWords.ts). */
import { foldText } from '../textFold';
import { hasPhrase, namesAnyPhrase, spacedWords, wordsOf } from '../vocabulary/matching';
import {
  comparisonWords,
  figureAbbreviations,
  figurePhrases,
  labelHeadingPhrases,
  ratioWords,
  rowTextHeadings,
  titleYearWords,
  type FigureKind,
  type HeadingWords,
  type RowTextRole,
} from '../vocabulary/headerWords';

/** The role a heading names ("STT", "Chỉ tiêu", "ĐVT", "Ghi chú"), from folded text; null for any other. */
export function rowTextRoleOf(folded: string): RowTextRole | null {
  const heading = stripPunctuation(folded);
  for (const [role, words] of Object.entries(rowTextHeadings) as [RowTextRole, HeadingWords][]) {
    if (isHeading(heading, words)) return role;
  }
  return null;
}

export function isLabelHeader(folded: string): boolean {
  if (isHeading(stripPunctuation(folded), rowTextHeadings.label)) return true;
  return namesAnyPhrase(folded, labelHeadingPhrases) && figureKindOf(folded) === null && yearsIn(folded).length === 0;
}

function isHeading(heading: string, { phrases, before = [], after = [] }: HeadingWords): boolean {
  const starts = ['', ...before.map((word) => `${word} `)];
  const ends = ['', ...after.map((word) => ` ${word}`)];
  // Compared in place rather than by building every "start phrase end": asked of every header cell.
  const reads = (start: string, phrase: string, end: string): boolean =>
    heading.length === start.length + phrase.length + end.length && heading.startsWith(start) && heading.startsWith(phrase, start.length) && heading.endsWith(end);
  return phrases.some((phrase) => starts.some((start) => ends.some((end) => reads(start, phrase, end))));
}

export function figureKindOf(text: string): FigureKind | null {
  const words = wordsOf(foldText(text));
  const spaced = spacedWords(words);
  for (const { phrase, kind } of figurePhrases) if (hasPhrase(spaced, phrase)) return kind;
  for (const word of words) {
    const abbreviation = figureAbbreviations.find((entry) => entry.word === word);
    if (abbreviation) return abbreviation.kind;
  }
  return null;
}

/**
 * The years a text names, a period ("KH NQ 2016-2020", "giai đoạn 2017 - 2021") by its end year:
 * a period's plan is the target for its last year, and its actual is reported in that year.
 */
export function yearsIn(text: string): number[] {
  const periodsAsEndYears = withRelativeYears(foldText(text)).replace(periodPattern, (period, start: string, end: string) =>
    Number(end) > Number(start) ? end : period,
  );
  return (periodsAsEndYears.match(/(?<!\d)(19|20)\d\d(?!\d)/g) ?? []).map(Number);
}

/**
 * Forms write years relative to the report: "năm (n)", "(n+1)", "năm n-1". Read against one
 * nominal year they keep their distances, which is all the roles need (the report year is n, a
 * plan for n+1 is the next one); the year itself is never shown.
 */
const nominalYearN = 2050;
const relativeYears = [/\(\s*n\s*(?:([+-])\s*(\d{1,2}))?\s*\)/g, /(?<![a-z0-9])nam\s+n(?:\s*([+-])\s*(\d{1,2}))?(?![a-z0-9])/g, /(?<![a-z0-9])n\s*([+-])\s*(\d{1,2})(?![a-z0-9])/g];

function withRelativeYears(folded: string): string {
  return relativeYears.reduce(
    (text, pattern) =>
      text.replace(pattern, (whole: string, sign: string | undefined, offset: string | undefined) => {
        const year = nominalYearN + (sign === '-' ? -1 : 1) * Number(offset ?? 0);
        return whole.startsWith('nam') ? `nam ${year}` : ` ${year} `;
      }),
    folded,
  );
}

const periodPattern = /(?<!\d)((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)/g;

/** Whether a text names a period of years ("giai đoạn 2017-2021"), not a single year. */
export function namesPeriod(text: string): boolean {
  return [...foldText(text).matchAll(periodPattern)].some(([, start, end]) => Number(end) > Number(start));
}

/** Whether a title line names the report's year: a year word ("Năm 2020") beside the year. */
export function namesTitleYear(text: string): boolean {
  const lower = text.toLowerCase();
  return titleYearWords.some((word) => lower.includes(word));
}

/** Whether a header announces a stated comparison ("So sánh (%)", "TH 2020 so với KH (%)"). */
export function isComparisonHeader(folded: string): boolean {
  return namesAnyPhrase(folded, comparisonWords) || (folded.includes('%') && folded.includes('/'));
}

/**
 * The figure a comparison's denominator text names ("KH", "cùng kỳ", "TH 2022", "NT"); null for
 * none: "Ước TH/KH" is over the plan, "Ước TH 2023/TH 2022" over the prior year.
 */
export function denominatorKind(denominator: string, reportYear: number | null): 'plan' | 'prior' | null {
  const kind = figureKindOf(denominator);
  const years = yearsIn(denominator);
  if (kind === 'plan') return 'plan';
  if (kind === 'prior') return 'prior';
  if (kind === 'actual') {
    if (reportYear !== null && years.length > 0 && years[0]! < reportYear) return 'prior';
    return years.length > 0 || reportYear === null ? 'prior' : null;
  }
  return null;
}

export interface ComparisonText {
  /** Folded: what is compared ("tháng 11 năm 2019"). */
  readonly numerator: string;
  /** Folded: what it is compared with ("cùng kỳ năm trước (%)"); null when the heading names no ratio ("So sánh (%)"). */
  readonly denominator: string | null;
}

/**
 * A comparison heading read from all its header parts, top to bottom, as one phrase split over
 * rows: the numerator before the last "so với" or "/", the denominator after it, which may go on
 * in the rows below ("Tháng 11 năm 2019 so với (%)" over "Tháng 10 / năm 2019"). A heading that
 * starts with its ratio ("So với cùng kỳ năm trước (%)" over "Tháng 11 / năm 2019") names its
 * numerator in the rows below it.
 */
export function readComparison(parts: readonly string[]): ComparisonText {
  const folded = parts.map(foldText);
  for (let index = folded.length - 1; index >= 0; index--) {
    const split = splitRatio(folded[index]!);
    if (!split) continue;
    const above = [...folded.slice(0, index), split.numerator].join(' ');
    const below = folded.slice(index + 1).join(' ');
    if (wordsOf(above).length === 0 && wordsOf(split.denominator).length > 0 && wordsOf(below).length > 0) {
      return { numerator: spaced(below), denominator: spaced(split.denominator) };
    }
    return { numerator: spaced(above), denominator: spaced(`${split.denominator} ${below}`) };
  }
  return { numerator: spaced(folded.join(' ')), denominator: null };
}

/** The text before and after the last "/" or ratio word, a whole word ("so với"); null when there is none. */
function splitRatio(folded: string): { numerator: string; denominator: string } | null {
  let at: { start: number; end: number } | null = null;
  const slash = folded.lastIndexOf('/');
  if (slash >= 0) at = { start: slash, end: slash + 1 };
  for (const word of ratioWords) {
    for (const match of folded.matchAll(new RegExp(`(?<![a-z0-9_])${word}(?![a-z0-9_])`, 'g'))) {
      const end = match.index + word.length;
      if (at === null || end > at.end) at = { start: match.index, end };
    }
  }
  return at === null ? null : { numerator: folded.slice(0, at.start), denominator: folded.slice(at.end) };
}

function spaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function stripPunctuation(folded: string): string {
  return folded.replace(/[():*]/g, '').replace(/\s+/g, ' ').trim();
}
