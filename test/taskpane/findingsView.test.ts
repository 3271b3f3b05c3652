import { describe, expect, it } from 'vitest';
import {
  findingEntries,
  groupBySheet,
  isReviewed,
  noFilter,
  partFigure,
  partsOf,
  passes,
  reviewKey,
  sheetOrder,
  stepFrom,
  withReviewed,
  type FindingFilter,
} from '../../src/taskpane/findingsView';
import { isDarkColor } from '../../src/taskpane/paneTheme';
import { report } from './reportFixture';

const filter = (change: Partial<FindingFilter>): FindingFilter => ({ ...noFilter, ...change });

describe('the findings as the pane lists them', () => {
  it('makes one entry per flagged cell, errors first, with every message of the cell', () => {
    const entries = findingEntries(report);
    expect(entries.map((e) => `${e.sheet}!${e.cell}`)).toEqual(['Biểu 1!E2', 'Biểu 1!E6', 'Biểu 2!E2']);
    expect(entries[0]!.findings.map((f) => f.rule)).toEqual(['sum-mismatch', 'stated-percent-mismatch']);
    expect(entries[0]!.severity).toBe('error');
    expect(entries[2]!.severity).toBe('warning');
  });

  it('says what a cell is: its indicator, the parent that tells two "Diện tích" apart, the column heading when the finding has one', () => {
    const [total, part] = findingEntries(report);
    expect(total!.indicator?.label).toBe('Cây lúa');
    expect(total!.parent).toBeNull();
    expect(total!.columnHeading).toBeNull();
    expect(part!.indicator?.label).toBe('Diện tích');
    expect(part!.parent?.label).toBe('Cây cà phê');
    expect(part!.columnHeading).toBe('Thực hiện năm 2020');
  });

  it('filters by severity and by sheet, and finds words typed without diacritics', () => {
    const entries = findingEntries(report);
    const shown = (f: FindingFilter) => entries.filter((e) => passes(e, f, 'vi')).map((e) => e.key);
    expect(shown(noFilter)).toHaveLength(3);
    // A merged entry shows under each of its findings' severities.
    expect(shown(filter({ severities: new Set(['warning']) }))).toEqual(['Biểu 1!E2', 'Biểu 2!E2']);
    expect(shown(filter({ sheet: 'Biểu 2' }))).toEqual(['Biểu 2!E2']);
    expect(shown(filter({ search: 'ca phe' }))).toEqual(['Biểu 1!E6']);
    expect(shown(filter({ search: 'DIEN TICH  ca' }))).toEqual(['Biểu 1!E6']);
    expect(shown(filter({ search: 'e2' }))).toEqual(['Biểu 1!E2', 'Biểu 2!E2']);
    // The message, in the language shown.
    expect(entries.filter((e) => passes(e, filter({ search: 'so tong 900' }), 'vi'))).toHaveLength(3);
    expect(entries.filter((e) => passes(e, filter({ search: 'so tong 900' }), 'en'))).toHaveLength(0);
    expect(shown(filter({ search: 'nam 2020' }))).toEqual(['Biểu 1!E6']);
    expect(shown(filter({ search: 'dan so' }))).toEqual(['Biểu 2!E2']);
    expect(shown(filter({ search: 'khoai lang' }))).toEqual([]);
  });

  it('groups by sheet in workbook order, leaving out sheets with nothing shown', () => {
    const entries = findingEntries(report);
    expect(groupBySheet(entries, sheetOrder(report)).map((g) => [g.sheet, g.entries.length])).toEqual([['Biểu 1', 2], ['Biểu 2', 1]]);
    expect(groupBySheet(entries.slice(0, 2), sheetOrder(report)).map((g) => g.sheet)).toEqual(['Biểu 1']);
  });

  it('gives a total its parts, with the figure of the column the finding is about', () => {
    const [total, part] = findingEntries(report);
    expect(partsOf(report, total!).map((p) => [p.row, partFigure(p, total!.findings[0]!)])).toEqual([[3, 500], [4, 300]]);
    expect(partFigure(partsOf(report, total!)[0]!, { ...total!.findings[0]!, column: 'plan' })).toBe(600);
    expect(partsOf(report, part!)).toEqual([]);
  });

  it('moves to the next and previous entry, wrapping, and starts at an end', () => {
    const entries = findingEntries(report);
    expect(stepFrom(entries, null, 1)?.key).toBe('Biểu 1!E2');
    expect(stepFrom(entries, null, -1)?.key).toBe('Biểu 2!E2');
    expect(stepFrom(entries, 'Biểu 1!E2', 1)?.key).toBe('Biểu 1!E6');
    expect(stepFrom(entries, 'Biểu 2!E2', 1)?.key).toBe('Biểu 1!E2');
    expect(stepFrom(entries, 'Biểu 1!E2', -1)?.key).toBe('Biểu 2!E2');
    expect(stepFrom([], null, 1)).toBeNull();
  });

  it('ticks every finding of an entry as reviewed by rule, sheet and cell, keeping the others', () => {
    const [merged, single] = findingEntries(report);
    const earlier = { rule: 'unit-mismatch', sheet: 'Biểu 9', cell: 'C3' };
    const ticked = withReviewed([earlier], merged!, true);
    expect(ticked).toEqual([
      earlier,
      { rule: 'sum-mismatch', sheet: 'Biểu 1', cell: 'E2' },
      { rule: 'stated-percent-mismatch', sheet: 'Biểu 1', cell: 'E2' },
    ]);
    const keys = new Set(ticked.map(reviewKey));
    expect(isReviewed(merged!, keys)).toBe(true);
    expect(isReviewed(single!, keys)).toBe(false);
    // Half reviewed (a new rule flags a reviewed cell): not reviewed.
    expect(isReviewed(merged!, new Set([reviewKey({ rule: 'sum-mismatch', sheet: 'Biểu 1', cell: 'E2' })]))).toBe(false);
    expect(withReviewed(ticked, merged!, false)).toEqual([earlier]);
  });
});

describe('the pane theme', () => {
  it('tells a dark Office background from a light one', () => {
    expect(isDarkColor('#262626')).toBe(true);
    expect(isDarkColor('1F1F1F')).toBe(true);
    expect(isDarkColor('#FFFFFF')).toBe(false);
    expect(isDarkColor('#E6E6E6')).toBe(false);
    expect(isDarkColor('white')).toBeNull();
  });
});
