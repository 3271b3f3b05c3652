import { describe, expect, it } from 'vitest';
import type { BreakdownPart } from '../../src/core/breakdowns';
import { beyondBound, exceedsBound, qualifiedColumnSum } from '../../src/core/qualifiedSums';
import type { TableRow } from '../../src/core/rows/tableRows';
import type { CellValue } from '../../src/core/snapshot';
import { parseUnit } from '../../src/core/units';
import { readFigure } from '../../src/core/values';

const households = parseUnit('hộ')!;

/** A row of households whose actual is the cell given, read as a Vietnamese sheet reads it. */
function rowOf(row: number, actual: CellValue): TableRow {
  return {
    row,
    codeText: null,
    code: null,
    label: 'Số hộ',
    displayLabel: 'Số hộ',
    marker: null,
    markerOnly: false,
    markerAlone: false,
    indent: 0,
    bold: false,
    unitText: 'hộ',
    unit: households,
    figures: { actual: readFigure({ value: actual }, 'vi') },
    isSection: false,
  };
}

function sumOf(total: CellValue, parts: readonly CellValue[]) {
  const breakdownParts: BreakdownPart[] = parts.map((part, i) => ({ row: rowOf(3 + i, part), unit: households, factor: 1 }));
  return qualifiedColumnSum('actual', rowOf(2, total), breakdownParts, households);
}

describe('a bounded total against the sum of its parts', () => {
  it('adds a range part as a range and an approximate part as its figure, quoting the approximate one', () => {
    const column = sumOf('trên 400', ['khoảng 120', '200-250']);
    expect(column).toMatchObject({ total: { low: 400, high: Infinity, text: 'trên 400' }, sum: { low: 320, high: 370 }, approximateParts: ['khoảng 120'] });
    expect(beyondBound(column!, 0)).toBe(true);
  });

  it('holds an upper bound ("dưới 300") only against parts that certainly exceed it', () => {
    expect(exceedsBound(sumOf('dưới 300', ['khoảng 120', '200-250'])!, 0)).toBe(true);
    expect(exceedsBound(sumOf('dưới 400', ['khoảng 120', '200-250'])!, 0)).toBe(false);
  });

  it('says nothing when a part is itself bounded ("trên 120"): its sum has no side', () => {
    expect(sumOf('trên 400', ['trên 120', 200])).toBeNull();
  });

  it('says nothing of a total without a bound: exact, or approximate ("khoảng 400")', () => {
    expect(sumOf(400, ['khoảng 120', 200])).toBeNull();
    expect(sumOf('khoảng 400', ['khoảng 120', 200])).toBeNull();
  });

  it('allows the rounding of the parts: "khoảng 120" + 209,6 may reach "trên 330"', () => {
    expect(beyondBound(sumOf('trên 330', ['khoảng 120', '209,6'])!, 0)).toBe(false);
  });
});
