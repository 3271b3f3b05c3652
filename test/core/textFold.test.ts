import { describe, expect, it } from 'vitest';
import { foldCleanText, foldText, foldWords } from '../../src/core/textFold';

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
