/**
 * Words and signs that qualify a figure typed as text: "trên 4.730", "<3", "khoảng 120-150",
 * "từ 3 trở lên", "(còn 1,86%)". Lower case NFC with accents (the text is cleaned to single
 * spaces and lower-cased before it is read).
 */
import type { Qualifier } from '../values/figure';

/** Before the number, with or without a space: "trên 4.730", ">=5", "≥ 5". The longest that starts the text wins. */
export const qualifierPrefixes: ReadonlyArray<{ readonly phrase: string; readonly qualifier: Qualifier }> = [
  { phrase: '>=', qualifier: 'atLeast' },
  { phrase: '=>', qualifier: 'atLeast' },
  { phrase: '≥', qualifier: 'atLeast' },
  { phrase: 'tối thiểu', qualifier: 'atLeast' },
  { phrase: 'ít nhất', qualifier: 'atLeast' },
  { phrase: 'không dưới', qualifier: 'atLeast' },
  { phrase: '<=', qualifier: 'atMost' },
  { phrase: '=<', qualifier: 'atMost' },
  { phrase: '≤', qualifier: 'atMost' },
  { phrase: 'tối đa', qualifier: 'atMost' },
  { phrase: 'không quá', qualifier: 'atMost' },
  { phrase: 'không vượt quá', qualifier: 'atMost' },
  { phrase: '>', qualifier: 'over' },
  { phrase: 'trên', qualifier: 'over' },
  { phrase: 'hơn', qualifier: 'over' },
  { phrase: '<', qualifier: 'under' },
  { phrase: 'dưới', qualifier: 'under' },
  { phrase: '~', qualifier: 'about' },
  { phrase: '≈', qualifier: 'about' },
  { phrase: 'khoảng', qualifier: 'about' },
  { phrase: 'xấp xỉ', qualifier: 'about' },
  { phrase: 'gần', qualifier: 'nearly' },
];

/** After the number, which may follow the range word "từ": "3 trở lên", "từ 3 trở lên". */
export const qualifierSuffixes: ReadonlyArray<{ readonly phrase: string; readonly qualifier: Qualifier }> = [
  { phrase: 'trở lên', qualifier: 'atLeast' },
  { phrase: 'trở xuống', qualifier: 'atMost' },
];

/** Before the number and a space, the whole maybe in parentheses: what remains ("còn 1,86%", "(còn 1,86%)"). */
export const remainingWords: readonly string[] = ['còn'];

/** The words of a range, "từ 120 đến 150"; a dash joins a range too ("120-150"). */
export const rangeWords = { from: 'từ', to: 'đến' } as const;
