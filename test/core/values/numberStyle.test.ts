import { describe, expect, it } from 'vitest';
import { decideNumberStyle, readFigure, roundingTolerance } from '../../../src/core/values';

describe('decideNumberStyle', () => {
  it('takes a text with both separators as deciding', () => {
    expect(decideNumberStyle(['1.234,5'])).toBe('vi');
    expect(decideNumberStyle(['1,234.5'])).toBe('en');
  });

  it('counts a decimal comma and repeated dot groups as Vietnamese', () => {
    expect(decideNumberStyle(['101,28', '13.225'])).toBe('vi');
    expect(decideNumberStyle(['1.234.567'])).toBe('vi');
    expect(decideNumberStyle(['3,14159'])).toBe('vi');
  });

  it('counts a decimal dot and repeated comma groups as English', () => {
    expect(decideNumberStyle(['101.28', '45.5'])).toBe('en');
    expect(decideNumberStyle(['1,234,567'])).toBe('en');
  });

  it('defaults "13.225" alone to Vietnamese, unless English evidence dominates', () => {
    expect(decideNumberStyle(['13.225'])).toBe('vi');
    expect(decideNumberStyle(['13.225', '101.28', '2.5'])).toBe('en');
  });

  it('reads qualifiers and pairs for evidence', () => {
    expect(decideNumberStyle(['trên 4.730', 'gần 20.000', '21.567/21.500', '1.234,5'])).toBe('vi');
    expect(decideNumberStyle(['khoảng 4,730.5'])).toBe('en');
  });

  it('lets a count column decide "13,225": nobody counts 13,225 people as a decimal', () => {
    expect(decideNumberStyle(['13,225'])).toBe('vi');
    expect(decideNumberStyle(['13,225'], 'count')).toBe('en');
    expect(decideNumberStyle(['13,225'], 'other')).toBe('vi');
    expect(decideNumberStyle(['13.225', '13,225', '4,730'], 'count')).toBe('en');
  });

  it('goes to Vietnamese on a tie or without evidence', () => {
    expect(decideNumberStyle(['101.28', '101,28'])).toBe('vi');
    expect(decideNumberStyle([])).toBe('vi');
    expect(decideNumberStyle(['x', '04', '120'])).toBe('vi');
  });
});

describe('a column of people typed as text', () => {
  it('reads "13.225" as 13225 people, and "13,225" too once the column shows English style', () => {
    const viColumn = ['13.225', '4.730', '21.567/21.500'];
    expect(readFigure({ value: '13.225' }, decideNumberStyle(viColumn, 'count'))).toMatchObject({ value: 13225 });
    const enColumn = ['13,225', '4,730', '1,234,567'];
    expect(readFigure({ value: '13,225' }, decideNumberStyle(enColumn, 'count'))).toMatchObject({ value: 13225 });
  });
});

describe('roundingTolerance', () => {
  it('is half a unit of the last decimal shown', () => {
    expect(roundingTolerance(0)).toBe(0.5);
    expect(roundingTolerance(1)).toBe(0.05);
    expect(roundingTolerance(2)).toBe(0.005);
  });
});
