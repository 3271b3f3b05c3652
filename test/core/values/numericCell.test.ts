import { describe, expect, it } from 'vitest';
import { readFigure } from '../../../src/core/values';

const numeric = (value: number, numberFormat?: string | null) => readFigure({ value, numberFormat }, 'vi');

describe('numeric cells', () => {
  it('takes the decimals shown from the number format', () => {
    expect(numeric(34451.21, '#,##0.00')).toEqual({ kind: 'number', value: 34451.21, qualifier: null, decimals: 2, text: null });
    expect(numeric(101.28, '0')).toMatchObject({ value: 101.28, decimals: 0 });
    expect(numeric(23250, '#,##0')).toMatchObject({ value: 23250, decimals: 0 });
    expect(numeric(45.5, '#,##0.0')).toMatchObject({ decimals: 1 });
  });

  it('uses the section of the format that applies to the sign, ignoring quoted text and colours', () => {
    expect(numeric(-5, '#,##0;[Red](#,##0.0)')).toMatchObject({ value: -5, decimals: 1 });
    expect(numeric(5, '#,##0;[Red](#,##0.0)')).toMatchObject({ value: 5, decimals: 0 });
    expect(numeric(12, '"Tỷ lệ 0.00: "0.0')).toMatchObject({ decimals: 1 });
  });

  it('takes the decimals of the stored value without float noise when the format shows it as is', () => {
    expect(numeric(0.1 + 0.2)).toMatchObject({ decimals: 1 });
    expect(numeric(4.35, 'General')).toMatchObject({ value: 4.35, decimals: 2 });
    expect(numeric(7, null)).toMatchObject({ decimals: 0 });
    expect(numeric(0.82407407407407)).toMatchObject({ decimals: 10 });
    expect(numeric(1e-7, '@')).toMatchObject({ decimals: 7 });
  });

  it('reads a ratio in a percentage format as the percent a reader sees', () => {
    expect(numeric(0.73, '0%')).toEqual({ kind: 'number', value: 73, qualifier: null, decimals: 0, text: null });
    expect(numeric(0.073, '0.0%')).toMatchObject({ value: 7.3, decimals: 1 });
    expect(numeric(1.0128, '0.00%')).toMatchObject({ value: 101.28, decimals: 2 });
  });

  it('does not take a percent sign in quoted text for a percentage format', () => {
    expect(numeric(73, '0"%"')).toMatchObject({ value: 73, decimals: 0 });
  });
});

describe('cells that hold no number', () => {
  it('reads an empty cell as empty', () => {
    expect(readFigure({ value: null }, 'vi')).toEqual({ kind: 'empty' });
  });

  it('shows an Excel error and a boolean as unreadable', () => {
    expect(readFigure({ value: { error: '#DIV/0!' } }, 'vi')).toEqual({ kind: 'unreadable', text: '#DIV/0!' });
    expect(readFigure({ value: true }, 'vi')).toEqual({ kind: 'unreadable', text: 'TRUE' });
  });

  it('shows a number that is not finite as unreadable', () => {
    expect(numeric(Number.NaN)).toEqual({ kind: 'unreadable', text: 'NaN' });
  });
});

describe('numbers past what a percentage can show', () => {
  it('reads 1.8e306 in a "%" cell as unreadable, not as Infinity', () => {
    expect(readFigure({ value: 1.797693134862315e306, numberFormat: '%' }, 'vi')).toEqual({ kind: 'unreadable', text: '1.797693134862315e+306' });
  });
});
