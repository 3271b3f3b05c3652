import { describe, expect, it } from 'vitest';
import { cleanText, foldCleanText, foldText, foldWords } from '../../src/core/textFold';

/** Folding as the definition reads: lower case, decomposed, marks dropped, đ as d. */
const foldedTheLongWay = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');

describe('text folding', () => {
  it('folds Vietnamese labels to plain lower-case letters', () => {
    expect(foldText('Ước thực hiện')).toBe('uoc thuc hien');
    expect(foldText('ĐƯỜNG GIAO THÔNG')).toBe('duong giao thong');
    expect(foldWords('Tổng hợp - 2020')).toBe('tong hop 2020');
  });

  it('folds every Latin letter alone as the long way does', () => {
    for (const [first, last] of [
      [0x0000, 0x036f],
      [0x1e00, 0x1eff],
    ] as const) {
      for (let code = first; code <= last; code++) {
        const letter = String.fromCharCode(code);
        expect(foldCleanText(letter), `U+${code.toString(16)}`).toBe(foldedTheLongWay(letter));
      }
    }
  });

  it('folds texts mixing letters, marks typed apart and other scripts as the long way does', () => {
    const texts = [
      'Cà phê',
      'Ca\u0300 phe\u0302', // marks typed after their letters
      'İstanbul', // a capital whose lower case carries a mark
      'ΣΟΦΟΣ tổng', // Greek: a final sigma depends on its neighbour
      'Lúa 稲 mùa',
      'Ǖ\u0323',
      '🌾 Sản lượng',
      '',
    ];
    for (const text of texts) expect(foldCleanText(text), text).toBe(foldedTheLongWay(text));
  });
});

describe('cleaning text', () => {
  const cleanedTheLongWay = (text: string): string =>
    text
      .normalize('NFC')
      .replace(/[\s\u00a0\u2007\u202f\ufeff]+/g, ' ')
      .trim();

  it('makes every kind of space one plain space and trims, leaving clean texts as they are', () => {
    const texts = ['Sản lượng', ' Sản lượng', 'Sản lượng ', 'Sản  lượng', 'Sản\nlượng', 'Sản\u00a0lượng', 'Sản\u2007\u202flượng', '\ufeffSản lượng', 'Ca\u0300 phe\u0302', '\t', ' ', ''];
    for (const text of texts) expect(cleanText(text), JSON.stringify(text)).toBe(cleanedTheLongWay(text));
    expect(cleanText('Sản\u00a0 lượng\n')).toBe('Sản lượng');
  });
});
