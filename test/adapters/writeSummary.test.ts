import path from 'node:path';
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSnapshots } from '../../src/adapters/exceljs/readWorkbook';
import { addPlannedSheets } from '../../src/adapters/exceljs/writeSummary';
import { hyperlinkFormula } from '../../src/core/summaryPlan';
import { cellAddress } from '../../src/core/address';
import { buildSummaryPlan, type PlannedCell, type SummaryPlan } from '../../src/core/summaryPlan';
import type { Report } from '../../src/core/report';
import { checkWorkbook } from '../../src/core/checkWorkbook';
import { defaultSettings } from '../../src/core/settings';
import { stubCheck } from '../helpers/reports';
import { changedCells, fixturesDir, linkTargets, readWorkbook, roundTrip, workbookOf, type GridValue } from '../helpers/workbooks';

const checkedAt = new Date(2024, 2, 1);

function planFor(workbook: ExcelJS.Workbook, content: Report): SummaryPlan {
  return buildSummaryPlan(content, { language: 'vi', existingSheetNames: workbook.worksheets.map((s) => s.name), checkedAt });
}

/** What the stand-in engine reports: a row and a link for every row holding a value. */
function stubReport(workbook: ExcelJS.Workbook): Report {
  return stubCheck({ name: 'test.xlsx', sheets: readSnapshots(workbook) });
}

/** What the real engine reports for the workbook. */
function engineReport(workbook: ExcelJS.Workbook): Report {
  return checkWorkbook({ name: 'test.xlsx', sheets: readSnapshots(workbook) }, defaultSettings);
}

/** Whether a written cell shows what the plan asked for. */
function expectRendered(cell: ExcelJS.Cell, planned: PlannedCell): void {
  const value = cell.value as ExcelJS.CellValue;
  if (planned.link && planned.value !== null) {
    expect(cell.formula).toMatch(/^HYPERLINK\(/);
    expect((value as ExcelJS.CellFormulaValue).result).toEqual(planned.value);
  } else {
    expect(value).toEqual(planned.value);
  }
  if (planned.numberFormat) expect(cell.numFmt).toBe(planned.numberFormat);
  if (planned.bold) expect(cell.font?.bold).toBe(true);
  if (planned.fill) expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${planned.fill}`);
  if (planned.fontColor) expect(cell.font?.color?.argb).toBe(`FF${planned.fontColor}`);
}

describe('addPlannedSheets', () => {
  it('appends the planned sheets after the originals and renders every planned cell', async () => {
    const original = await readWorkbook(path.join(fixturesDir, 'quang-ninh-2020.xlsx'));
    const plan = planFor(original, engineReport(original));
    expect(plan.sheets[1]!.rows.length).toBeGreaterThan(5);
    addPlannedSheets(original, plan);
    const written = await roundTrip(original);

    expect(written.worksheets.map((sheet) => sheet.name)).toEqual(['KQ 2020 - KH 2021', 'Tổng hợp', 'Kiểm tra']);
    for (const sheet of plan.sheets) {
      const worksheet = written.getWorksheet(sheet.name)!;
      sheet.rows.forEach((cells, r) => cells.forEach((planned, c) => expectRendered(worksheet.getCell(r + 1, c + 1), planned)));
    }
  });

  it('keeps every original cell unchanged', async () => {
    for (const file of ['quang-ninh-2020.xlsx', 'thai-nguyen-2023.xlsx', 'chitieu-nn-dahuoai-2020.xlsx', 'gdnn-registration-form.xlsx']) {
      const original = await readWorkbook(path.join(fixturesDir, file));
      const copy = await readWorkbook(path.join(fixturesDir, file));
      addPlannedSheets(copy, planFor(copy, engineReport(copy)));
      expect(changedCells(original, await roundTrip(copy)), file).toEqual([]);
    }
  });

  it('links each indicator to the cell holding its label, and each finding to its cell', async () => {
    const workbook = await readWorkbook(path.join(fixturesDir, 'quang-ninh-2020.xlsx'));
    const content = engineReport(workbook);
    addPlannedSheets(workbook, planFor(workbook, content));
    const written = await roundTrip(workbook);

    const indicatorLinks = linkTargets(written.getWorksheet('Tổng hợp')!);
    expect(indicatorLinks.map((link) => link.row)).toEqual(content.indicators.map((indicator) => indicator.row));
    for (const link of indicatorLinks) {
      const label = written.getWorksheet(link.sheet)!.getCell(link.row, link.column).text;
      expect(label.length, link.from).toBeGreaterThan(0);
    }
    const findingLinks = linkTargets(written.getWorksheet('Kiểm tra')!);
    expect(findingLinks.map((link) => `${link.sheet}!${cellAddress(link.row, link.column)}`).sort()).toEqual(
      content.findings.map((f) => `${f.sheet}!${f.cell}`).sort(),
    );
  });

  it('freezes the header rows and filters the table', async () => {
    const workbook = workbookOf({ 'Biểu 01': [['Chỉ tiêu'], ['Tạo việc làm']] });
    const plan = planFor(workbook, stubReport(workbook));
    addPlannedSheets(workbook, plan);
    const summary = (await roundTrip(workbook)).getWorksheet('Tổng hợp')!;
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(summary.autoFilter).toBe('A4:J6');
    expect(summary.getColumn(3).width).toBe(plan.sheets[0]!.columnWidths[2]);
  });

  it('keeps any small grid of numbers, texts and blanks unchanged through a write and a read', async () => {
    const value: fc.Arbitrary<GridValue> = fc.oneof(
      fc.constant(null),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
      fc.integer(),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
    );
    const grid = fc.array(fc.array(value, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(grid, async (cells) => {
        const original = await roundTrip(workbookOf({ 'Biểu 01': cells, 'Tổng hợp': [['đã có']] }));
        const copy = await roundTrip(workbookOf({ 'Biểu 01': cells, 'Tổng hợp': [['đã có']] }));
        // The engine skips most random grids; the stand-in adds rows and links on every run.
        addPlannedSheets(copy, planFor(copy, engineReport(copy)));
        addPlannedSheets(copy, planFor(copy, stubReport(copy)));
        const written = await roundTrip(copy);
        expect(changedCells(original, written)).toEqual([]);
        expect(written.worksheets).toHaveLength(6);
      }),
      { numRuns: 40 },
    );
  });
});

describe('hyperlinkFormula', () => {
  it('quotes sheet names and doubles quotes inside them and in the text', () => {
    expect(hyperlinkFormula({ sheet: "Biểu 'A'", row: 12, column: 2 }, 'Tỷ lệ "hộ nghèo"')).toBe(
      `HYPERLINK("#'Biểu ''A'''!B12","Tỷ lệ ""hộ nghèo""")`,
    );
  });

  it('splits text longer than the 255 characters Excel allows in a formula string', () => {
    const formula = hyperlinkFormula({ sheet: 'S', row: 1, column: 1 }, 'x'.repeat(600));
    const pieces = formula.slice(formula.indexOf(',') + 1, -1).split('&');
    expect(pieces.map((piece) => piece.length - 2)).toEqual([255, 255, 90]);
  });
});
