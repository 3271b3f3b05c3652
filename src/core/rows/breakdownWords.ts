import { cleanText } from '../textFold';
import { breakdownWords, type BreakdownWord } from '../vocabulary/breakdownWords';

export interface LabelMarker {
  word: BreakdownWord;
  /** The label after the marker and its punctuation; "" when the row is only "Chia ra:". */
  rest: string;
}

/** Longest first, so a phrase is never cut short by a shorter one it starts with. */
const phrases = [...breakdownWords].sort((a, b) => b.phrase.length - a.phrase.length);
/** Most labels are decided by their first letter, which no breakdown word starts with. */
const firstLetters = new Set(breakdownWords.map(({ phrase }) => phrase[0]));
const endsPhrase = (next: string | undefined): boolean => next === undefined || /[\s:,.-]/.test(next);

/** "Chia ra: - BHXH bắt buộc" → full, "- BHXH bắt buộc"; the bullet stays for the numbering. */
export function splitBreakdownMarker(label: string): LabelMarker | null {
  if (!firstLetters.has(label.trimStart().charAt(0).toLowerCase())) return null;
  const clean = cleanText(label);
  const lower = clean.toLowerCase();
  for (const { phrase, word } of phrases) {
    if (!lower.startsWith(phrase) || !endsPhrase(lower[phrase.length])) continue;
    const rest = clean.slice(phrase.length).replace(/^\s*[:：,]?\s*/, '');
    return { word, rest: rest.trim() };
  }
  return null;
}
