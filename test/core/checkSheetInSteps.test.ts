/** The check in steps (for the task pane, which yields to the page between steps) gives the check's result. */
import { describe, expect, it } from 'vitest';
import { readSnapshots } from '../../src/adapters/exceljs/readWorkbook';
import { generate } from '../../src/bench/generate';
import { checkWorkbook, startWorkbookCheck } from '../../src/core';
import { checkSheet, checkSheetInSteps } from '../../src/core/checkSheet';
import { defaultSettings } from '../../src/core/settings';

describe('checkSheetInSteps', () => {
  const generated = generate({ rows: 1200, seed: 7 });
  const snapshots = readSnapshots(generated.workbook);

  it('pauses several times on a sheet with district columns, and ends with checkSheet’s result', () => {
    const districtSheet = snapshots.find((sheet) => generated.sheets.find((info) => info.name === sheet.name)!.districts > 0);
    expect(districtSheet).toBeDefined();
    const steps = checkSheetInSteps(districtSheet!, defaultSettings);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(3);
    expect(next.value).toEqual(checkSheet(districtSheet!, defaultSettings));
  });

  it('added sheet by sheet in steps, gives checkWorkbook’s result', () => {
    const check = startWorkbookCheck('generated.xlsx', defaultSettings, snapshots.map((sheet) => sheet.name));
    for (const sheet of snapshots) for (const _ of check.addSheetInSteps(sheet));
    const result = check.finish();
    expect(result.report.findings.length).toBeGreaterThan(0);
    expect(result).toEqual(checkWorkbook({ name: 'generated.xlsx', sheets: snapshots }, defaultSettings));
  });
});
