import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFigureReader, createFigureTexts, readFigure } from '../../../src/core/values';

const cellValue = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789.,-–/%()<>≥ ') }),
  fc.constantFrom('13.225', '101,28', 'trên 4.730', '120-150', '-', ''),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.constantFrom('#DIV/0!', '#REF!') }),
);
const numberFormat = fc.option(fc.constantFrom('General', '#,##0', '#,##0.00', '0%', '0.0%', '#,##0;[Red](#,##0.0)', '0;-0;"-"'));
const style = fc.constantFrom('vi' as const, 'en' as const);

describe('the figure reader of a column', () => {
  it('reads every cell as readFigure does, whatever it has read before', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cellValue, numberFormat, style), { maxLength: 30 }), (cells) => {
        // One reader and one set of remembered texts for the whole column, as a check run uses them.
        const read = createFigureReader(createFigureTexts());
        for (const [value, format, numberStyle] of cells) {
          expect(read(value, format, numberStyle)).toEqual(readFigure({ value, numberFormat: format }, numberStyle));
        }
      }),
    );
  });

  it('reads a text again in the style asked for, not the style it was first read in', () => {
    const read = createFigureReader(createFigureTexts());
    expect(read('13.225', null, 'vi')).toMatchObject({ kind: 'number', value: 13225 });
    expect(read('13.225', null, 'en')).toMatchObject({ kind: 'number', value: 13.225, decimals: 3 });
  });

  it('takes each cell\'s own format, also after a run of cells in another format', () => {
    const read = createFigureReader(createFigureTexts());
    expect(read(0.5, '0%', 'vi')).toMatchObject({ value: 50, decimals: 0 });
    expect(read(0.5, '0%', 'vi')).toMatchObject({ value: 50, decimals: 0 });
    expect(read(0.5, '#,##0.00', 'vi')).toMatchObject({ value: 0.5, decimals: 2 });
    expect(read(0.5, null, 'vi')).toMatchObject({ value: 0.5, decimals: 1 });
  });
});
