/**
 * Which separator is the decimal point in a column of typed numbers. Vietnamese offices write
 * "13.225" for thirteen thousand and "101,28" for a decimal; some files are in English style.
 */
import { readDigits } from './digits';
import type { NumberStyle } from './figure';

/**
 * What one number token says about the style. "13.225" alone could be either; in a column of
 * counts it is thirteen thousand (nobody counts 13.225 people), which only a style with a
 * grouping dot writes so.
 */
function evidence(token: string, unitHint: 'count' | 'other' | undefined): NumberStyle | null {
  const reading = readDigits(token);
  if (!reading) return null;
  if (reading.kind === 'decided') return reading.evidence;
  if (unitHint !== 'count') return null;
  return reading.separator === '.' ? 'vi' : 'en';
}

export function decideNumberStyle(texts: readonly string[], unitHint?: 'count' | 'other'): NumberStyle {
  let vi = 0;
  let en = 0;
  for (const text of texts) {
    for (const token of text.match(/\d[\d.,]*\d|\d/g) ?? []) {
      const style = evidence(token, unitHint);
      if (style === 'vi') vi++;
      if (style === 'en') en++;
    }
  }
  // Ties and silence go to the Vietnamese default.
  return en > vi ? 'en' : 'vi';
}
