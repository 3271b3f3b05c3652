/**
 * Workbooks as programs that do not calculate save them: formula cells without their cached
 * results. The fixtures hold typed figures only, so formulas are first written over figures they
 * reproduce (the typed figure kept as the cached result, as Excel would have saved it).
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { fixturesDir, readWorkbook } from './workbooks';

export const quangNinhSheet = 'KQ 2020 - KH 2021';

/**
 * Formulas over the Quảng Ninh 2020 sample that give its typed figures: totals of "Chia ra" parts,
 * stated percents of plan, and two header cells whose year is computed.
 */
export const quangNinhFormulas: Readonly<Record<string, string>> = {
  D6: '"TH năm "&(2021-2)',
  H6: '"KH năm "&2021',
  F14: 'SUM(F15:F16)',
  H14: 'SUM(H15:H16)',
  F19: 'SUM(F20:F21)',
  H19: 'SUBTOTAL(9,H20:H21)',
  E23: 'E24+E25',
  G9: 'F9/E9*100',
  G10: 'IFERROR(F10/E10*100,"-")',
  G12: 'ROUND(F12/E12*100,2)',
  G19: 'ROUND(F19/E19*100,0)',
  G20: 'ROUND(F20/E20*100,0)',
  G21: 'ROUND(F21/E21*100,0)',
  G27: 'ROUND(F27/E27*100,0)',
};

/** The sample with `formulas` written over its cells, each keeping the cell's figure as its cached result. */
export async function quangNinhWithFormulas(formulas: Readonly<Record<string, string>> = quangNinhFormulas): Promise<ExcelJS.Workbook> {
  const workbook = await readWorkbook(path.join(fixturesDir, 'quang-ninh-2020.xlsx'));
  const worksheet = workbook.getWorksheet(quangNinhSheet)!;
  for (const [address, formula] of Object.entries(formulas)) {
    const result = worksheet.getCell(address).value;
    worksheet.getCell(address).value = { formula, result: (result ?? undefined) as string | number | undefined };
  }
  return workbook;
}

/** Drops every formula cell's cached result, in memory: what the reader then sees is formulas alone. */
export function withoutCachedResults(workbook: ExcelJS.Workbook): ExcelJS.Workbook {
  workbook.eachSheet((worksheet) =>
    worksheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const formula = cell.formula;
        if (formula) cell.value = { formula, result: undefined };
      }),
    ),
  );
  return workbook;
}

/** How many formula cells still carry a cached result (0 after withoutCachedResults). */
export function cachedResults(workbook: ExcelJS.Workbook): number {
  let count = 0;
  workbook.eachSheet((worksheet) =>
    worksheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.formula && cell.result !== undefined && cell.result !== null) count++;
      }),
    ),
  );
  return count;
}
