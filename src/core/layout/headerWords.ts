/** Reads a header's words through the header vocabulary (vocabulary/headerWords.ts). */
import { foldText } from '../textFold';
import { hasPhrase, spacedWords, wordsOf } from '../vocabulary/matching';
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
  const spaced = spacedWords(wordsOf(folded));
  return labelHeadingPhrases.some((phrase) => hasPhrase(spaced, phrase)) && figureKindOf(folded) === null && yearsIn(folded).length === 0;
}

function isHeading(heading: string, { phrases, before = [], after = [] }: HeadingWords): boolean {
  const starts = ['', ...before.map((word) => `${word} `)];
  const ends = ['', ...after.map((word) => ` ${word}`)];
  return phrases.some((phrase) => starts.some((start) => ends.some((end) => heading === `${start}${phrase}${end}`)));
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
  const periodsAsEndYears = foldText(text).replace(periodPattern, (period, start: string, end: string) => (Number(end) > Number(start) ? end : period));
  return (periodsAsEndYears.match(/(?<!\d)(19|20)\d\d(?!\d)/g) ?? []).map(Number);
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
  const spaced = spacedWords(wordsOf(folded));
  return comparisonWords.some((phrase) => hasPhrase(spaced, phrase)) || (folded.includes('%') && folded.includes('/'));
}

/**
 * The denominator of a stated comparison, from text such as "Ước TH/KH", "TH 2020 so với KH (%)",
 * "Ước TH 2023/TH 2022", "NN/NT". Null when the text names no ratio.
 */
export function comparisonDenominator(text: string, reportYear: number | null): FigureKind | null {
  const denominator = afterLastRatio(foldText(text));
  if (denominator === null) return null;
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

/** The text after the last "/" or ratio word, a whole word ("so với"); null when there is none. */
function afterLastRatio(folded: string): string | null {
  let last: number | null = null;
  const slash = folded.lastIndexOf('/');
  if (slash >= 0) last = slash + 1;
  for (const word of ratioWords) {
    for (const match of folded.matchAll(new RegExp(`(?<![a-z0-9_])${word}(?![a-z0-9_])`, 'g'))) {
      const end = match.index + word.length;
      if (last === null || end > last) last = end;
    }
  }
  return last === null ? null : folded.slice(last);
}

function stripPunctuation(folded: string): string {
  return folded.replace(/[():*]/g, '').replace(/\s+/g, ' ').trim();
}
