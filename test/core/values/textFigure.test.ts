import { describe, expect, it } from 'vitest';
import { readFigure, type NumberStyle } from '../../../src/core/values';

const typed = (text: string, style: NumberStyle = 'vi') => readFigure({ value: text }, style);
const number = (value: number, decimals: number, text: string, qualifier: string | null = null) => ({
  kind: 'number',
  value,
  qualifier,
  decimals,
  text,
});

describe('numbers typed as text, Vietnamese style', () => {
  it('reads a dot as the thousands separator: "13.225" people are 13225', () => {
    expect(typed('13.225')).toEqual(number(13225, 0, '13.225'));
    expect(typed('1.234.567')).toEqual(number(1234567, 0, '1.234.567'));
  });

  it('reads a comma as the decimal point', () => {
    expect(typed('101,28')).toEqual(number(101.28, 2, '101,28'));
    expect(typed('1.234,5')).toEqual(number(1234.5, 1, '1.234,5'));
  });

  it('reads leading zeros, signs, spaces, non-breaking spaces and a trailing percent sign', () => {
    expect(typed('04')).toEqual(number(4, 0, '04'));
    expect(typed('-5')).toEqual(number(-5, 0, '-5'));
    expect(typed('\u00a0 1,86%  ')).toEqual(number(1.86, 2, '1,86%'));
    expect(typed('73 %')).toEqual(number(73, 0, '73 %'));
    expect(typed('1 234 567')).toEqual(number(1234567, 0, '1 234 567'));
  });

  it('reads what only one style can mean the same way in either style', () => {
    expect(typed('101.28', 'vi')).toEqual(number(101.28, 2, '101.28'));
    expect(typed('1,234.5', 'vi')).toEqual(number(1234.5, 1, '1,234.5'));
    expect(typed('1.234.567', 'en')).toEqual(number(1234567, 0, '1.234.567'));
    expect(typed('0.225', 'vi')).toEqual(number(0.225, 3, '0.225'));
  });

  it('refuses malformed grouping', () => {
    expect(typed('1.23.456')).toEqual({ kind: 'unreadable', text: '1.23.456' });
    expect(typed('5.')).toEqual({ kind: 'unreadable', text: '5.' });
  });
});

describe('numbers typed as text, English style', () => {
  it('reads a comma as the thousands separator and a dot as the decimal point', () => {
    expect(typed('13,225', 'en')).toEqual(number(13225, 0, '13,225'));
    expect(typed('101.28', 'en')).toEqual(number(101.28, 2, '101.28'));
    expect(typed('13.225', 'en')).toEqual(number(13.225, 3, '13.225'));
  });
});

describe('qualifiers', () => {
  it.each([
    ['trên 4.730', 4730, 0, 'over'],
    ['Trên 4.730', 4730, 0, 'over'],
    ['>5', 5, 0, 'over'],
    ['dưới 1', 1, 0, 'under'],
    ['<3', 3, 0, 'under'],
    ['khoảng 237', 237, 0, 'about'],
    ['~ 50', 50, 0, 'about'],
    ['xấp xỉ 1,5', 1.5, 1, 'about'],
    ['gần 20.000', 20000, 0, 'nearly'],
    ['≥ 75', 75, 0, 'atLeast'],
    ['>=75', 75, 0, 'atLeast'],
    ['từ 3 trở lên', 3, 0, 'atLeast'],
    ['tối thiểu 80%', 80, 0, 'atLeast'],
    ['≤ 2,5', 2.5, 1, 'atMost'],
    ['<=2', 2, 0, 'atMost'],
    ['tối đa 10', 10, 0, 'atMost'],
    ['không quá 5', 5, 0, 'atMost'],
    ['(còn 1,86%)', 1.86, 2, 'remaining'],
  ] as const)('"%s" is %d, %s', (text, value, decimals, qualifier) => {
    expect(typed(text)).toEqual(number(value, decimals, text, qualifier));
  });

  it('matches decomposed (NFD) Vietnamese and shows the text composed', () => {
    const decomposed = 'khoảng 237'.normalize('NFD');
    expect(decomposed).not.toBe('khoảng 237');
    expect(typed(decomposed)).toEqual(number(237, 0, 'khoảng 237', 'about'));
    expect(typed('KHOẢNG 237'.normalize('NFD'))).toMatchObject({ value: 237, qualifier: 'about' });
  });
});

describe('ranges and pairs', () => {
  it('reads "120-150", "60-62" and an en dash as ranges', () => {
    expect(typed('120-150')).toEqual({ kind: 'range', low: 120, high: 150, decimals: 0, text: '120-150' });
    expect(typed('60-62')).toEqual({ kind: 'range', low: 60, high: 62, decimals: 0, text: '60-62' });
    expect(typed('120 – 150')).toEqual({ kind: 'range', low: 120, high: 150, decimals: 0, text: '120 – 150' });
    expect(typed('từ 1,5 đến 2')).toEqual({ kind: 'range', low: 1.5, high: 2, decimals: 1, text: 'từ 1,5 đến 2' });
  });

  it('keeps "about" a range but refuses a range given high before low', () => {
    expect(typed('khoảng 120-150')).toMatchObject({ kind: 'range', low: 120, high: 150 });
    expect(typed('150-120')).toEqual({ kind: 'unreadable', text: '150-120' });
  });

  it('reads "-5" as a negative number, not a range', () => {
    expect(typed('-5')).toMatchObject({ kind: 'number', value: -5 });
  });

  it('reads a pair "21.567/21.500" as its first number and keeps the text', () => {
    expect(typed('21.567/21.500')).toEqual(number(21567, 0, '21.567/21.500'));
  });
});

describe('no figure, and text that is not a figure', () => {
  it.each(['', '   ', '\u00a0', '-', '–'])('%j is empty', (text) => {
    expect(typed(text)).toEqual({ kind: 'empty' });
  });

  it.each(['x', 'Đạt', 'không', 'Chỉ tiêu giao: dưới 3%', '4.730 người', 'trên'])('%j is unreadable, shown as typed', (text) => {
    expect(typed(text)).toEqual({ kind: 'unreadable', text });
  });
});
