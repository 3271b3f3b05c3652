/**
 * Reads a figure typed as text: "13.225", "trên 4.730", "<3", "từ 3 trở lên", "120-150",
 * "21.567/21.500", "(còn 1,86%)". The qualifier is kept beside the number it qualifies.
 */
import { cleanText } from '../textFold';
import { digitsValue, readDigits } from './digits';
import type { Figure, NumberStyle, Qualifier } from './figure';

interface Amount {
  value: number;
  decimals: number;
}

type Body = { kind: 'number'; amount: Amount } | { kind: 'range'; low: Amount; high: Amount };

/** Words and signs in front of a number, lower case NFC; the longest is tried first. */
const prefixes: readonly (readonly [string, Qualifier])[] = (
  [
    ['>=', 'atLeast'],
    ['=>', 'atLeast'],
    ['≥', 'atLeast'],
    ['tối thiểu', 'atLeast'],
    ['ít nhất', 'atLeast'],
    ['không dưới', 'atLeast'],
    ['<=', 'atMost'],
    ['=<', 'atMost'],
    ['≤', 'atMost'],
    ['tối đa', 'atMost'],
    ['không quá', 'atMost'],
    ['không vượt quá', 'atMost'],
    ['>', 'over'],
    ['trên', 'over'],
    ['hơn', 'over'],
    ['<', 'under'],
    ['dưới', 'under'],
    ['~', 'about'],
    ['≈', 'about'],
    ['khoảng', 'about'],
    ['xấp xỉ', 'about'],
    ['gần', 'nearly'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

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

  const range = /^(?:từ\s*)?(.+?)\s*(?:[-–—]|đến)\s*(.+)$/.exec(text);
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
  const remaining = /^\(\s*còn\s+(.+?)\s*\)$/.exec(text) ?? /^còn\s+(.+)$/.exec(text);
  if (remaining) return { qualifier: 'remaining', body: remaining[1] ?? '' };

  const bound = /^(?:từ\s*)?(.+?)\s*trở\s+(lên|xuống)$/.exec(text);
  if (bound) return { qualifier: bound[2] === 'lên' ? 'atLeast' : 'atMost', body: bound[1] ?? '' };

  const prefix = prefixes.find(([word]) => text.startsWith(word));
  if (prefix) return { qualifier: prefix[1], body: text.slice(prefix[0].length).trim() };
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
