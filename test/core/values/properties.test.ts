import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFigure, type Figure } from '../../../src/core/values';

const cellValue = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...'0123456789.,-–/%()<>≥≤~ ') }),
  fc.string({ unit: fc.constantFrom('trên ', 'dưới ', 'khoảng ', 'từ ', ' trở lên', 'còn ', '1', '0', '.', ',', '-', '/', '%', '(', ')') }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.constantFrom('#DIV/0!', '#REF!', '#N/A', '#VALUE!') }),
);
const style = fc.constantFrom('vi' as const, 'en' as const);

/** Groups an integer's digits in threes with the given separator. */
const grouped = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+$)/g, separator);

function isWellFormed(figure: Figure): boolean {
  switch (figure.kind) {
    case 'number':
      return Number.isFinite(figure.value) && Number.isInteger(figure.decimals) && figure.decimals >= 0;
    case 'range':
      return figure.low <= figure.high;
    case 'empty':
    case 'unreadable':
      return true;
  }
}

describe('readFigure properties', () => {
  it('never throws and always returns a well-formed figure', () => {
    fc.assert(
      fc.property(cellValue, fc.option(fc.string()), style, (value, numberFormat, numberStyle) => {
        expect(isWellFormed(readFigure({ value, numberFormat }, numberStyle))).toBe(true);
      }),
    );
  });

  it('reads any finite number formatted "#,##0.00" back unchanged, with two decimals', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(readFigure({ value: n, numberFormat: '#,##0.00' }, 'vi')).toEqual({
          kind: 'number',
          value: n,
          qualifier: null,
          decimals: 2,
          text: null,
        });
      }),
    );
  });

  it('reads a whole number typed with the grouping of its style back unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(readFigure({ value: grouped(n, '.') }, 'vi')).toMatchObject({ kind: 'number', value: n, decimals: 0 });
        expect(readFigure({ value: grouped(n, ',') }, 'en')).toMatchObject({ kind: 'number', value: n, decimals: 0 });
      }),
    );
  });

  it('reads a ratio shown as a percentage with two decimals as the percent, exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (hundredths) => {
        const percent = hundredths / 100;
        expect(readFigure({ value: percent / 100, numberFormat: '0.00%' }, 'vi')).toMatchObject({ value: percent, decimals: 2 });
      }),
    );
  });

  it('takes the decimals of a General cell from the number as Excel prints it, float noise gone', () => {
    // What a reader sees: the digits after the point of the value printed to 15 significant digits.
    const printedDecimals = (value: number) => {
      const [mantissa = '', exponent = '0'] = Math.abs(Number(value.toPrecision(15))).toString().split('e');
      return Math.min(10, Math.max(0, (mantissa.split('.')[1] ?? '').length - Number(exponent)));
    };
    const typedDecimal = fc
      .tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 12 }))
      .map(([digits, decimals]) => digits / 10 ** decimals);
    const sum = fc.tuple(typedDecimal, typedDecimal).map(([a, b]) => a + b);
    // A stated percent a formula left behind, such as =F10/E10*100.
    const ratio = fc.tuple(typedDecimal, typedDecimal.filter((b) => b !== 0)).map(([a, b]) => (a / b) * 100);
    const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.oneof(typedDecimal, sum, ratio, anyDouble), (value) => {
        expect(readFigure({ value, numberFormat: 'General' }, 'vi')).toMatchObject({ value, decimals: printedDecimals(value) });
      }),
      { numRuns: 5000 },
    );
  });
});
