/**
 * What header words mean. Every list is folded text (see textFold.ts): no accents, lower case.
 * Extend these tables when an office writes its headers another way.
 */
import { foldText } from '../textFold';

export type FigureKind = 'actual' | 'plan' | 'prior';

const labelHeaders = /^(ten )?(cac )?(chi tieu|noi dung|danh muc( chi tieu)?|indicators?|chi tieu chu yeu|ten chi tieu)( chu yeu)?$/;
const codeHeaders = /^(s\.?tt|tt|so tt|so thu tu|ma so|ma|no\.?|#)$/;
const unitHeaders = /^(dvt|d\.v\.t|don vi tinh|don vi|dv tinh|dv|units?)$/;
const noteHeaders = /^(ghi chu|note|notes|nguon|nguon so lieu)$/;

/** Phrases, longest first, so "uoc thuc hien" wins over "thuc hien". */
const figurePhrases: ReadonlyArray<readonly [string, FigureKind]> = [
  ['thuc hien nam truoc', 'prior'],
  ['thuc hien cung ky', 'prior'],
  ['cung ky nam truoc', 'prior'],
  ['cung ky', 'prior'],
  ['nam truoc', 'prior'],
  ['last year', 'prior'],
  ['previous year', 'prior'],
  ['prior', 'prior'],
  ['chi tieu giao', 'plan'],
  ['chi tieu ke hoach', 'plan'],
  ['ke hoach', 'plan'],
  ['muc tieu', 'plan'],
  ['plan', 'plan'],
  ['target', 'plan'],
  ['uoc thuc hien', 'actual'],
  ['uoc tinh', 'actual'],
  ['uoc dat', 'actual'],
  ['thuc hien', 'actual'],
  ['ket qua', 'actual'],
  ['so bo', 'actual'],
  ['actual', 'actual'],
  ['estimate', 'actual'],
];

/** Abbreviations that stand as whole words: "TH 2020", "ƯTH2020", "KH", "CK". */
const figureAbbreviations: Readonly<Record<string, FigureKind>> = {
  th: 'actual',
  uth: 'actual',
  uoc: 'actual',
  kh: 'plan',
  ukh: 'plan',
  ck: 'prior',
  nt: 'prior',
};

export function isLabelHeader(folded: string): boolean {
  return labelHeaders.test(stripPunctuation(folded));
}
export function isCodeHeader(folded: string): boolean {
  return codeHeaders.test(stripPunctuation(folded));
}
export function isUnitHeader(folded: string): boolean {
  return unitHeaders.test(stripPunctuation(folded));
}
export function isNoteHeader(folded: string): boolean {
  return noteHeaders.test(stripPunctuation(folded));
}

/** Splits folded text into words, separating letters from digits: "uth2020" → ["uth", "2020"]. */
export function headerWords(folded: string): string[] {
  return folded.match(/[a-z]+|\d+/g) ?? [];
}

export function figureKindOf(text: string): FigureKind | null {
  const folded = foldText(text);
  const spaced = ` ${headerWords(folded).join(' ')} `;
  for (const [phrase, kind] of figurePhrases) if (spaced.includes(` ${phrase} `)) return kind;
  for (const word of headerWords(folded)) {
    const kind = figureAbbreviations[word];
    if (kind) return kind;
  }
  return null;
}

export function yearsIn(text: string): number[] {
  return (foldText(text).match(/(?<!\d)(19|20)\d\d(?!\d)/g) ?? []).map(Number);
}

/** Whether a header announces a stated comparison ("So sánh (%)", "TH 2020 so với KH (%)"). */
export function isComparisonHeader(folded: string): boolean {
  return /so sanh|so voi|\bcompared\b|\bvs\b/.test(folded) || (folded.includes('%') && folded.includes('/'));
}

/**
 * The denominator of a stated comparison, from text such as "Ước TH/KH", "TH 2020 so với KH (%)",
 * "Ước TH 2023/TH 2022", "NN/NT". Null when the text names no ratio.
 */
export function comparisonDenominator(text: string, reportYear: number | null): FigureKind | null {
  const folded = foldText(text);
  const parts = folded.split(/\/|\bso voi\b/);
  if (parts.length < 2) return null;
  const denominator = parts[parts.length - 1]!;
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

function stripPunctuation(folded: string): string {
  return folded.replace(/[():*]/g, '').replace(/\s+/g, ' ').trim();
}
