import { describe, expect, it } from 'vitest';
import { worksheetXml } from '../../src/adapters/xlsxPackage/worksheetXml';
import { externalHyperlinkFormula, hyperlinkFormula, linkText, type WritableSheet } from '../../src/summaryPlan';

/** The text constants of a formula as written, quotes still doubled. */
function literals(formula: string): string[] {
  return [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((match) => match[1]!);
}

/** What Excel accepts: the formula at most 8,192 characters, each text constant at most 255 as written. */
function expectWithinExcelLimits(formula: string | null): asserts formula is string {
  expect(formula).not.toBeNull();
  expect(formula!.length).toBeLessThanOrEqual(8192);
  for (const literal of literals(formula!)) expect(literal.length).toBeLessThanOrEqual(255);
}

/** The text argument, read back as Excel reads it. */
function shownText(formula: string): string {
  return literals(formula).at(-1)!.replace(/""/g, '"');
}

const longestSheetName = `'"B'i"ể"u'"'"'"'"'"'"'"'"'"'"'"`;
const hostileLabels = {
  '10,000 characters': 'x'.repeat(10_000),
  '10,000 double quotes': '"'.repeat(10_000),
  'quotes and Vietnamese': 'Tỷ lệ "hộ nghèo" '.repeat(500),
  'emoji (two UTF-16 units each)': '📈'.repeat(3_000),
};

describe('hyperlinkFormula and externalHyperlinkFormula', () => {
  it('keep a short label whole and doubles its quotes', () => {
    expect(hyperlinkFormula({ sheet: "Biểu 'A'", row: 12, column: 2 }, 'Tỷ lệ "hộ nghèo"')).toBe(`HYPERLINK("#'Biểu ''A'''!B12","Tỷ lệ ""hộ nghèo""")`);
    expect(linkText('x'.repeat(255))).toBe('x'.repeat(255));
  });

  it.each(Object.entries(hostileLabels))('fit Excel limits for a label of %s, on the longest sheet name full of quotes', (_, label) => {
    expect(longestSheetName).toHaveLength(31);
    const inWorkbook = hyperlinkFormula({ sheet: longestSheetName, row: 1_048_576, column: 16_384 }, label);
    const toFile = externalHyperlinkFormula(`tỉnh "${'a'.repeat(200)}"/kết quả.xlsx`, label);
    expectWithinExcelLimits(inWorkbook);
    expectWithinExcelLimits(toFile);
    expect(shownText(inWorkbook)).toBe(linkText(label));
    expect(shownText(toFile)).toBe(linkText(label));
  });

  it('cut a long label to what fits one text constant, with an ellipsis, never halving a character', () => {
    expect(linkText('x'.repeat(10_000))).toBe(`${'x'.repeat(254)}…`);
    expect(linkText('"'.repeat(10_000))).toBe(`${'"'.repeat(127)}…`);
    expect(linkText('📈'.repeat(3_000))).toBe(`${'📈'.repeat(127)}…`);
  });

  it('keep a link target of 255 characters whole, quotes doubled, in one constant', () => {
    const target = `${'thư-mục/'.repeat(29)}"${'a'.repeat(14)}".xlsx`;
    expect(target.replace(/"/g, '""')).toHaveLength(255);
    const formula = externalHyperlinkFormula(target, 'Tỉnh A');
    expectWithinExcelLimits(formula);
    expect(literals(formula)[0]!.replace(/""/g, '"')).toBe(target);
  });

  it('give no formula for a target past 255 characters: HYPERLINK gives #VALUE! for it, even joined from pieces', () => {
    expect(externalHyperlinkFormula(`${'thư-mục/'.repeat(32)}tinh-a-checked.xlsx`, 'Tỉnh A')).toBeNull();
    expect(externalHyperlinkFormula('a'.repeat(8_200), 'Tỉnh A')).toBeNull();
  });
});

describe('a link cell in the written sheet', () => {
  const sheetWith = (cell: WritableSheet['rows'][number][number]): string => {
    const sheet: WritableSheet = { name: 'S', rows: [[cell]], headerRow: 1, columnWidths: [], frozenRows: 0, table: null };
    return [...worksheetXml(sheet, () => 0, () => 7)].join('');
  };

  it('shows the cut label the formula gives, before and after Excel recalculates', () => {
    const xml = sheetWith({ value: 'x'.repeat(10_000), link: { sheet: 'Biểu 01', row: 5, column: 2 } });
    expect(xml).toContain(`<v>${'x'.repeat(254)}…</v>`);
    expect(/<f>(.*)<\/f>/.exec(xml)![1]!.length).toBeLessThanOrEqual(8192);
  });

  it('holds its text without a link when no formula can hold the target', () => {
    const xml = sheetWith({ value: 'Tỉnh A', externalLink: 'a'.repeat(8_200) });
    expect(xml).not.toContain('<f>');
    expect(xml).toContain('t="s"><v>7</v>');
  });
});
