/**
 * Reads a figure typed as text: "13.225", "trên 4.730", "<3", "từ 3 trở lên", "120-150",
 * "21.567/21.500", "(còn 1,86%)". The qualifier is kept beside the number it qualifies.
 */
import { cleanText } from '../textFold';
import { qualifierPrefixes, qualifierSuffixes, rangeWords, remainingWords } from '../vocabulary/qualifiers';
import { digitsValue, readDigits } from './digits';
import type { Figure, NumberStyle, Qualifier } from './figure';

interface Amount {
  value: number;
  decimals: number;
}

type Body = { kind: 'number'; amount: Amount } | { kind: 'range'; low: Amount; high: Amount };

/** Longest first: ">=" is not ">" before "=5". */
const prefixes = [...qualifierPrefixes].sort((a, b) => b.phrase.length - a.phrase.length);
const rangePattern = new RegExp(`^(?:${rangeWords.from}\\s*)?(.+?)\\s*(?:[-–—]|${rangeWords.to})\\s*(.+)$`);
const boundPattern = new RegExp(
  `^(?:${rangeWords.from}\\s*)?(.+?)\\s*(${qualifierSuffixes.map(({ phrase }) => phrase.replace(/ /g, '\\s+')).join('|')})$`,
);
const remainingPatterns = remainingWords.flatMap((word) => [new RegExp(`^\\(\\s*${word}\\s+(.+?)\\s*\\)$`), new RegExp(`^${word}\\s+(.+)$`)]);

/** A signed number with an optional trailing percent sign: "-5", "1,86%", "04". */
function readAmount(text: string, style: NumberStyle): Amount | null {
  const match = /^([-+\u2212]?)\s*([\d., ]*\d)\s*[%‰]?$/.exec(text);
  if (!match) return null;
  const digits = readDigits(match[2] ?? '');
  if (!digits) return null;
  const { value, decimals } = digitsValue(digits, style);
  return { value: match[1] === '-' || match[1] === '\u2212' ? -value : value, decimals };
}

/** A number, a range ("120-150", "120 – 150", "từ 120 đến 150") or a pair ("21.567/21.500", read as its first number). */
function readBody(text: string, style: NumberStyle): Body | null {
  const single = readAmount(text, style);
  if (single) return { kind: 'number', amount: single };

  const range = rangePattern.exec(text);
  const low = range && readAmount(range[1] ?? '', style);
  const high = range && readAmount(range[2] ?? '', style);
  if (low && high) return { kind: 'range', low, high };

  const pair = /^(.+?)\s*\/\s*(.+)$/.exec(text);
  const first = pair && readAmount(pair[1] ?? '', style);
  if (first && readAmount(pair[2] ?? '', style)) return { kind: 'number', amount: first };
  return null;
}

/** Separates the qualifier from the figure it qualifies. */
function splitQualifier(text: string): { qualifier: Qualifier | null; body: string } {
  for (const pattern of remainingPatterns) {
    const remaining = pattern.exec(text);
    if (remaining) return { qualifier: 'remaining', body: remaining[1] ?? '' };
  }

  const bound = boundPattern.exec(text);
  const suffix = bound && qualifierSuffixes.find(({ phrase }) => phrase === bound[2]!.replace(/\s+/g, ' '));
  if (bound && suffix) return { qualifier: suffix.qualifier, body: bound[1] ?? '' };

  const prefix = prefixes.find(({ phrase }) => text.startsWith(phrase));
  if (prefix) return { qualifier: prefix.qualifier, body: text.slice(prefix.phrase.length).trim() };
  return { qualifier: null, body: text };
}

const unreadable = (text: string): Figure => ({ kind: 'unreadable', text });

/** A typed figure is a few dozen characters at most; longer text is a note, not worth parsing. */
const maxFigureLength = 64;

export function readTextFigure(typed: string, style: NumberStyle): Figure {
  const cleaned = cleanText(typed);
  // A dash alone means "no figure" in these sheets.
  if (cleaned === '' || /^[-–—]+$/.test(cleaned)) return { kind: 'empty' };

  if (cleaned.length > maxFigureLength) return unreadable(cleaned);

  const { qualifier, body } = splitQualifier(cleaned.toLowerCase());
  const reading = readBody(body, style);
  if (!reading) return unreadable(cleaned);
  if (reading.kind === 'number') {
    const { value, decimals } = reading.amount;
    return { kind: 'number', value, qualifier, decimals, text: cleaned };
  }
  // "khoảng 120-150" is still a range; "trên 120-150" says nothing one can check.
  const { low, high } = reading;
  if ((qualifier !== null && qualifier !== 'about') || low.value > high.value) return unreadable(cleaned);
  return { kind: 'range', low: low.value, high: high.value, decimals: Math.max(low.decimals, high.decimals), text: cleaned };
}
