/**
 * The digits of a typed number and what its separators say. Both readers of a column's numbers
 * use this: the style decision (which separator is the decimal one) and the reading itself.
 */
import type { NumberStyle } from './figure';

export type DigitsReading =
  /** The separators leave one reading; `evidence` is the style that writes it so, if only one does. */
  | { kind: 'decided'; integer: string; fraction: string; evidence: NumberStyle | null }
  /** One separator before exactly three digits, "13.225" or "13,225": a group or a decimal point. */
  | { kind: 'ambiguous'; separator: '.' | ','; head: string; tail: string };

/** Which style writes this separator as the decimal point. */
const styleWithDecimal = (separator: '.' | ','): NumberStyle => (separator === ',' ? 'vi' : 'en');
const otherSeparator = (separator: '.' | ','): '.' | ',' => (separator === ',' ? '.' : ',');

/** A whole number grouped in threes by the separator; the first group has one to three digits, no leading zero. */
const groupedIntegers: Readonly<Record<'.' | ',', RegExp>> = {
  '.': /^[1-9]\d{0,2}(?:\.\d{3})+$/,
  ',': /^[1-9]\d{0,2}(?:,\d{3})+$/,
};

/** Reads unsigned digits with separators ("1.234,5", "13.225", "04", "1 234"); null when malformed. */
export function readDigits(token: string): DigitsReading | null {
  if (/^\d+$/.test(token)) return { kind: 'decided', integer: token, fraction: '', evidence: null };

  const spaced = /^([1-9]\d{0,2}(?: \d{3})+)(?:([.,])(\d+))?$/.exec(token);
  if (spaced) {
    const [, integer = '', separator, fraction = ''] = spaced;
    const evidence = separator === '.' || separator === ',' ? styleWithDecimal(separator) : null;
    return { kind: 'decided', integer: integer.replace(/ /g, ''), fraction, evidence };
  }
  if (!/^[\d.,]+$/.test(token)) return null;

  const lastDot = token.lastIndexOf('.');
  const lastComma = token.lastIndexOf(',');
  const decimal: '.' | ',' = lastComma > lastDot ? ',' : '.';
  const group = otherSeparator(decimal);
  const point = token.lastIndexOf(decimal);
  const head = token.slice(0, point);
  const tail = token.slice(point + 1);

  if (head.includes(group)) {
    // Both separators: the last one is the decimal point, whatever the column's style.
    if (!groupedIntegers[group].test(head) || !/^\d+$/.test(tail)) return null;
    return { kind: 'decided', integer: head.split(group).join(''), fraction: tail, evidence: styleWithDecimal(decimal) };
  }
  if (head.includes(decimal)) {
    // The same separator more than once can only group thousands.
    if (!groupedIntegers[decimal].test(token)) return null;
    return { kind: 'decided', integer: token.split(decimal).join(''), fraction: '', evidence: styleWithDecimal(group) };
  }
  if (!/^\d*$/.test(head) || !/^\d+$/.test(tail)) return null;
  if (tail.length === 3 && /^[1-9]\d{0,2}$/.test(head)) return { kind: 'ambiguous', separator: decimal, head, tail };
  return { kind: 'decided', integer: head, fraction: tail, evidence: styleWithDecimal(decimal) };
}

/** The number the digits make in a column of the given style. */
export function digitsValue(reading: DigitsReading, style: NumberStyle): { value: number; decimals: number } {
  const { integer, fraction } =
    reading.kind === 'decided'
      ? reading
      : styleWithDecimal(reading.separator) === style
        ? { integer: reading.head, fraction: reading.tail }
        : { integer: reading.head + reading.tail, fraction: '' };
  return { value: Number(`${integer || '0'}.${fraction || '0'}`), decimals: fraction.length };
}
