import { describe, expect, it } from 'vitest';
import { rowHeight, worksheetXml } from '../../../src/adapters/xlsxPackage/worksheetXml';
import type { PlannedCell, WritableSheet } from '../../../src/summaryPlan';

describe('rowHeight', () => {
  // A column of width 10 holds 12 characters of plain text.
  const height = (value: string) => rowHeight([{ value, wrap: true }], [10]);

  it('leaves a row holding text that fits its column at the default height', () => {
    expect(height('')).toBeNull();
    expect(height('Số vụ cháy')).toBeNull();
    expect(height('exactly 12 c')).toBeNull();
    expect(height('  spaced   out ')).toBeNull();
  });

  it('counts the lines of text that wraps, breaks between words, and line breaks however short the text', () => {
    expect(height('thirteen char')).toBe(30);
    expect(height('a\nb')).toBe(30);
    expect(height('one two three four five')).toBe(45);
    expect(height('a'.repeat(30))).toBe(45);
    expect(rowHeight([{ value: 'thirteen char' }], [10])).toBeNull();
  });
});

describe('worksheetXml', () => {
  it('names every cell by its column letter and row, past column Z', () => {
    const cells: PlannedCell[] = Array.from({ length: 28 }, (_, i) => ({ value: i }));
    const sheet: WritableSheet = { name: 'S', rows: [[], cells], headerRow: 1, columnWidths: [], frozenRows: 0, table: null };
    const xml = [...worksheetXml(sheet, () => 0, () => 0)].join('');
    const references = [...xml.matchAll(/<c r="([A-Z]+\d+)"/g)].map((match) => match[1]);
    expect(references.slice(0, 2)).toEqual(['A2', 'B2']);
    expect(references.slice(-3)).toEqual(['Z2', 'AA2', 'AB2']);
    expect(xml).not.toContain('<row r="1"');
  });
});
