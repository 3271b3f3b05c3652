import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { problemMessage as describeProblem } from '../../../src/addin/problemMessage';
import { settingKeys } from '../../../src/adapters/officejs/settingsStore';
import { columnWidthPoints } from '../../../src/adapters/officejs/writeSummary';
import { readSnapshots } from '../../../src/adapters/exceljs/readWorkbook';
import type { WorkbookAccess } from '../../../src/addin/workbookAccess';
import { checkWorkbook, wordResult } from '../../../src/core';
import { defaultSettings, type Language } from '../../../src/core/settings';
import { buildSummaryPlan, type SummaryPlan } from '../../../src/summaryPlan';
import { doubleFromSnapshots, type ExcelHostDouble, type HostDoubleOptions } from '../../../src/hostDouble';
import { officeAccessOn, problemOf } from '../../doubles/officeAccess';
import { districtWorkbook } from '../../helpers/districtSheets';
import { finding, indicator, report as reportOf, resultOf } from '../../helpers/reports';
import { fixturesDir, readWorkbook, roundTrip, writtenWithSheets } from '../../helpers/workbooks';
import { doubleCells, excelJsCells, withoutIndents } from './renderedCells';

const checkedAt = new Date(2024, 2, 1);
const fixture = path.join(fixturesDir, 'quang-ninh-2020.xlsx');
const sourceSheet = 'KQ 2020 - KH 2021';

async function quangNinh(options: HostDoubleOptions = {}): Promise<{ host: ExcelHostDouble; access: WorkbookAccess }> {
  const host = doubleFromSnapshots(readSnapshots(await readWorkbook(fixture)), { workbookName: 'quang-ninh-2020.xlsx', ...options });
  return { host, access: officeAccessOn(host) };
}

/** What the task pane does: list, read the sheets that are not the add-in's, check, plan. */
async function checkAndPlan(access: WorkbookAccess, language: Language = 'vi'): Promise<SummaryPlan> {
  const toCheck = (await access.listSheets()).filter((sheet) => !sheet.writtenByAddin).map((sheet) => sheet.name);
  const report = checkWorkbook(await access.readSheets(toCheck), defaultSettings);
  return buildSummaryPlan(wordResult(report, language), { existingSheetNames: toCheck, checkedAt });
}

/** The command line's output for the same plan, as ExcelJS reads it back. */
async function excelJsWritten(plan: SummaryPlan): Promise<ExcelJS.Workbook> {
  return writtenWithSheets(fixture, plan.sheets);
}

function roundTripLine(label: string, host: ExcelHostDouble): string {
  return `${label}: ${host.roundTrips} round trips, largest request ${host.maxRequestBytes} B, largest response ${host.maxResponseBytes} B`;
}

describe('writeSummary through Office.js', () => {
  it('reads the fixture as the ExcelJS reader does', async () => {
    const exceljs = readSnapshots(await readWorkbook(fixture));
    const { access } = await quangNinh();
    const office = await access.readSheets([sourceSheet]);
    const [expected] = exceljs;
    const [read] = office.sheets;
    expect(read!.values).toEqual(expected!.values);
    expect(read!.formulas).toEqual(expected!.formulas);
    expect(read!.numberFormats).toEqual(expected!.numberFormats);
    expect(read!.merges).toEqual(expected!.merges);
    expect(read!.styles!.map((row) => row.map((style) => style?.indent ?? 0))).toEqual(
      expected!.styles!.map((row) => row.map((style) => style?.indent ?? 0)),
    );
    expect(checkWorkbook(office, defaultSettings)).toEqual(checkWorkbook({ name: office.name, sheets: exceljs }, defaultSettings));
  });

  it('writes the same cells, values, formats and links as the ExcelJS writer', async () => {
    const { host, access } = await quangNinh();
    const plan = await checkAndPlan(access);
    host.resetStats();
    const written = await access.writeSummary(plan);
    console.log(roundTripLine('write quang-ninh summary + findings', host));

    expect(written).toEqual({ summary: 'Tổng hợp', findings: 'Kiểm tra', districts: [] });
    expect(host.sheetNames()).toEqual([sourceSheet, 'Tổng hợp', 'Kiểm tra']);
    const expected = await excelJsWritten(plan);
    for (const planned of plan.sheets) {
      const mine = doubleCells(host, planned.name);
      expect(mine).toEqual(excelJsCells(expected.getWorksheet(planned.name)!));
      // Every link goes where the plan says, through Range.hyperlink (ExcelApi 1.7).
      const links = planned.rows.flatMap((cells) => cells.filter((cell) => cell.link));
      expect([...mine.values()].filter((cell) => cell.link).length).toBe(links.length);
      expect(host.cells(planned.name).every((cell) => cell.formula === null)).toBe(true);
      const sheet = host.sheet(planned.name);
      expect(sheet.frozenRows).toBe(planned.frozenRows);
      expect(sheet.tables.map((table) => table.range)).toEqual([planned.table]);
      expect(sheet.tables[0]!.style).toBe('TableStyleLight1');
      expect(sheet.columnWidths.get(1)).toBe(columnWidthPoints(planned.columnWidths[0]!));
    }
    // The findings sheet is not empty: the comparison above covered real rows.
    expect(plan.sheets[1]!.rows.length).toBeGreaterThan(5);
    expect(host.syncs.every((sync) => sync.requestBytes <= 5_000_000 && sync.responseBytes <= 5_000_000)).toBe(true);
    expect(host.settings()[settingKeys.writtenSheets]).toBeDefined();
  });

  it('freezes rows and columns, lays the pages out, adds the chart and opens on the answer, as the package does', async () => {
    const { host, access } = await quangNinh();
    const plan = await checkAndPlan(access);
    await access.writeSummary(plan);
    const summary = host.sheet('Tổng hợp');
    expect([summary.frozenRows, summary.frozenColumns]).toEqual([7, 3]);
    const findings = host.sheet('Kiểm tra');
    expect([findings.frozenRows, findings.frozenColumns]).toEqual([4, 2]);
    expect(summary.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: '$7:$7',
      printArea: 'A:K',
    });
    expect(findings.pageLayout).toMatchObject({ orientation: 'Landscape', printTitleRows: '$4:$4', printArea: 'A:J' });
    const [chart] = plan.sheets[0]!.charts!;
    expect(summary.charts).toEqual([
      {
        type: 'BarClustered',
        source: 'M7:N8',
        seriesBy: 'Columns',
        title: chart!.title,
        position: { start: 'M10', end: 'R21' },
        // Sheets top to bottom, as the package's chart lists them.
        categoryAxis: { reversePlotOrder: true, position: 'Maximum' },
      },
    ]);
    // The sample has errors: the workbook shows the findings.
    expect(host.activeSheet).toBe('Kiểm tra');
  });

  it('leaves indents, page layout and frozen columns out where the host lacks them, and still writes the rest', async () => {
    const { host, access } = await quangNinh({ apiVersion: '1.6' });
    const plan = await checkAndPlan(access);
    await access.writeSummary(plan);
    const summary = host.sheet('Tổng hợp');
    expect(summary.pageLayout.orientation).toBe('Portrait');
    expect([summary.frozenRows, summary.frozenColumns]).toEqual([0, 0]);
    expect(host.cells('Tổng hợp').some((cell) => cell.indent > 0)).toBe(false);
    expect(host.cells('Tổng hợp').some((cell) => cell.wrapText)).toBe(true);
    expect(summary.charts).toHaveLength(1);
    expect(summary.charts[0]!.categoryAxis.reversePlotOrder).toBe(false);
    expect(host.activeSheet).toBe('Kiểm tra');
  });

  it('writes HYPERLINK formulas and no frozen rows below ExcelApi 1.7, the same formulas as ExcelJS', async () => {
    const { host, access } = await quangNinh({ apiVersion: '1.6' });
    const plan = await checkAndPlan(access);
    await access.writeSummary(plan);
    const expected = await excelJsWritten(plan);
    for (const planned of plan.sheets) {
      expect(doubleCells(host, planned.name)).toEqual(withoutIndents(excelJsCells(expected.getWorksheet(planned.name)!)));
      const worksheet = expected.getWorksheet(planned.name)!;
      for (const cell of host.cells(planned.name).filter((c) => c.formula !== null)) {
        expect(cell.formula).toBe(`=${worksheet.getCell(cell.address).formula}`);
        expect(cell.hyperlink).toBeNull();
      }
      expect(host.cells(planned.name).some((cell) => cell.formula !== null)).toBe(true);
      expect(host.sheet(planned.name).frozenRows).toBe(0);
    }
  });

  it('still writes on ExcelApi 1.1 (no record, no widths), deleting nothing', async () => {
    const { host, access } = await quangNinh({ apiVersion: '1.1' });
    await access.writeSummary(await checkAndPlan(access));
    const second = await access.writeSummary(await checkAndPlan(access));
    // Without workbook settings there is no record, so nothing can be recognised as the add-in's.
    expect(second).toEqual({ summary: 'Tổng hợp (2)', findings: 'Kiểm tra (2)', districts: [] });
    expect(host.sheetNames()).toEqual([sourceSheet, 'Tổng hợp', 'Kiểm tra', 'Tổng hợp (2)', 'Kiểm tra (2)']);
    expect(host.settings()).toEqual({});
  });

  it('replaces exactly the sheets it wrote before on a re-run', async () => {
    const { host, access } = await quangNinh();
    await access.writeSummary(await checkAndPlan(access));
    expect((await access.listSheets()).map((sheet) => [sheet.name, sheet.writtenByAddin])).toEqual([
      [sourceSheet, false],
      ['Tổng hợp', true],
      ['Kiểm tra', true],
    ]);
    const plan = await checkAndPlan(access, 'en');
    host.resetStats();
    const written = await access.writeSummary(plan);
    console.log(roundTripLine('re-run replacing both sheets', host));
    expect(written).toEqual({ summary: 'Summary', findings: 'Findings', districts: [] });
    expect(host.sheetNames()).toEqual([sourceSheet, 'Summary', 'Findings']);
    const expected = await excelJsWritten(plan);
    expect(doubleCells(host, 'Summary')).toEqual(excelJsCells(expected.getWorksheet('Summary')!));
    expect(host.settings()[settingKeys.writtenSheets]).toEqual(JSON.stringify({
      version: 1,
      sheets: [
        { name: 'Summary', kind: 'summary', marker: plan.sheets[0]!.rows[0]![0]!.value },
        { name: 'Findings', kind: 'findings', marker: plan.sheets[1]!.rows[0]![0]!.value },
      ],
    }));
  });

  it('writes the sheet by district with the others: records it, replaces it on a re-run, removes it when a sync fails', async () => {
    const split = await districtWorkbook();
    const sheets = readSnapshots(await roundTrip(split.workbook));
    const sources = sheets.map((sheet) => sheet.name);
    const districtsDouble = () => {
      const host = doubleFromSnapshots(sheets, { workbookName: 'districts.xlsx' });
      return { host, access: officeAccessOn(host) };
    };
    const { host, access } = districtsDouble();
    const plan = await checkAndPlan(access);
    expect(plan.sheets.map((sheet) => sheet.kind)).toEqual(['summary', 'districts', 'findings']);
    expect(await access.writeSummary(plan)).toEqual({ summary: 'Tổng hợp', findings: 'Kiểm tra', districts: ['Theo địa bàn'] });
    expect(host.sheetNames()).toEqual([...sources, 'Tổng hợp', 'Theo địa bàn', 'Kiểm tra']);
    expect(doubleCells(host, 'Theo địa bàn')).toEqual(excelJsCells((await writtenWithSheets(split.workbook, plan.sheets)).getWorksheet('Theo địa bàn')!));
    expect(JSON.parse(host.settings()[settingKeys.writtenSheets] as string)).toMatchObject({
      sheets: [{ kind: 'summary' }, { name: 'Theo địa bàn', kind: 'districts' }, { kind: 'findings' }],
    });
    expect((await access.listSheets()).filter((sheet) => sheet.writtenByAddin).map((sheet) => sheet.name)).toEqual(['Tổng hợp', 'Theo địa bàn', 'Kiểm tra']);

    await access.writeSummary(await checkAndPlan(access, 'en'));
    expect(host.sheetNames()).toEqual([...sources, 'Summary', 'By district', 'Findings']);

    const again = await checkAndPlan(access);
    host.resetStats();
    await access.writeSummary(again);
    const syncs = host.roundTrips;
    for (let failing = 0; failing < syncs; failing++) {
      const failed = districtsDouble();
      await failed.access.writeSummary(await checkAndPlan(failed.access, 'en'));
      const before = failed.host.state();
      failed.host.failSyncs('GeneralException', { after: failing });
      expect(await problemOf(failed.access.writeSummary(plan)), `sync ${failing}`).toMatchObject({ kind: 'unknown' });
      expect(failed.host.state(), `sync ${failing}`).toEqual(before);
    }
  });

  it("keeps a user's own sheet called Tổng hợp, on the first run and on re-runs", async () => {
    const { host, access } = await quangNinh();
    const own = host.addSheet('Tổng hợp');
    own.cellForWrite(1, 1).value = 'Bảng tổng hợp của tôi';
    const ownCells = host.cells('Tổng hợp');

    const first = await access.writeSummary(await checkAndPlan(access));
    expect(first).toEqual({ summary: 'Tổng hợp (2)', findings: 'Kiểm tra', districts: [] });
    const second = await access.writeSummary(await checkAndPlan(access));
    expect(second).toEqual(first);
    expect(host.sheetNames()).toEqual([sourceSheet, 'Tổng hợp', 'Tổng hợp (2)', 'Kiểm tra']);
    expect(host.cells('Tổng hợp')).toEqual(ownCells);
  });

  it('never deletes a sheet that only has a recorded name, nor one the plan wrongly calls free', async () => {
    const { host, access } = await quangNinh();
    await access.writeSummary(await checkAndPlan(access));
    // The user deletes the summary and makes a sheet of their own with the same name.
    host.workbook.sheets.splice(host.sheetNames().indexOf('Tổng hợp'), 1);
    host.addSheet('Tổng hợp').cellForWrite(1, 1).value = 'Của tôi';
    expect((await access.listSheets()).find((sheet) => sheet.name === 'Tổng hợp')?.writtenByAddin).toBe(false);

    // A plan made without the existing names still must not take the user's sheet.
    const report = checkWorkbook(await access.readSheets([sourceSheet]), defaultSettings);
    const careless = buildSummaryPlan(wordResult(report, 'vi'), { existingSheetNames: [], checkedAt });
    const written = await access.writeSummary(careless);
    expect(written.summary).toBe('Tổng hợp (2)');
    expect(host.cellAt('Tổng hợp', 'A1').value).toBe('Của tôi');
    expect(host.sheetNames()).toEqual([sourceSheet, 'Tổng hợp', 'Tổng hợp (2)', 'Kiểm tra']);
  });

  it('refuses to replace a protected summary, changing nothing', async () => {
    const { host, access } = await quangNinh();
    await access.writeSummary(await checkAndPlan(access));
    host.sheet('Kiểm tra').protected = true;
    const before = host.state();
    const problem = await problemOf(access.writeSummary(await checkAndPlan(access, 'en')));
    expect(problem).toEqual({ kind: 'protectedSheet', sheet: 'Kiểm tra' });
    expect(describeProblem(problem, 'vi')).toContain('"Kiểm tra"');
    expect(describeProblem(problem, 'en')).toContain('"Kiểm tra" is protected');
    expect(host.state()).toEqual(before);
  });

  it('refuses to write into a workbook whose structure is protected, changing nothing', async () => {
    const { host, access } = await quangNinh();
    host.workbook.protected = true;
    const before = host.state();
    expect(await problemOf(access.writeSummary(await checkAndPlan(access)))).toEqual({ kind: 'protectedWorkbook' });
    expect(host.state()).toEqual(before);
  });

  it('asks to finish editing the cell, changing nothing', async () => {
    const { host, access } = await quangNinh();
    await access.writeSummary(await checkAndPlan(access));
    const plan = await checkAndPlan(access);
    const before = host.state();
    host.cellEditMode = true;
    const problem = await problemOf(access.writeSummary(plan));
    expect(problem).toEqual({ kind: 'cellEditMode' });
    expect(describeProblem(problem, 'vi')).toBe('Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để kết thúc việc nhập rồi thử lại.');
    expect(describeProblem(problem, 'en')).toBe('Excel is editing a cell. Press Enter or Esc to finish editing, then try again.');
    host.cellEditMode = false;
    expect(host.state()).toEqual(before);
  });

  it('retries a payload error once with smaller blocks, then reports payloadTooLarge, changing nothing', async () => {
    const { host, access } = await quangNinh();
    const plan = await checkAndPlan(access);
    // The first write sync comes after the one that looks at the workbook (no record yet: no second).
    host.resetStats();
    host.failSyncs('RequestPayloadSizeLimitExceeded', { after: 1 });
    await access.writeSummary(plan);
    expect(host.syncs.map((sync) => sync.error)).toEqual([null, 'RequestPayloadSizeLimitExceeded', null, null]);
    expect(host.sheetNames()).toEqual([sourceSheet, 'Tổng hợp', 'Kiểm tra']);

    const { host: small, access: smallAccess } = await quangNinh();
    const smallPlan = await checkAndPlan(smallAccess);
    // A limit that even half-size blocks of the findings sheet exceed.
    small.payloadLimit = 3_000;
    const smallBefore = small.state();
    small.resetStats();
    const problem = await problemOf(smallAccess.writeSummary(smallPlan));
    expect(problem).toEqual({ kind: 'payloadTooLarge' });
    expect(small.syncs.filter((sync) => sync.error === 'RequestPayloadSizeLimitExceeded').length).toBe(2);
    expect(describeProblem(problem, 'vi')).toContain('quá lớn');
    expect(small.state()).toEqual(smallBefore);
  });

  it('leaves the workbook as it was whichever sync fails, first run or re-run', async () => {
    for (const rerun of [false, true]) {
      // Small blocks, so that the write takes several syncs.
      const count = await quangNinh();
      const countAccess = officeAccessOn(count.host, { payloadBudget: 4_000 });
      if (rerun) await countAccess.writeSummary(await checkAndPlan(countAccess));
      const plan = await checkAndPlan(countAccess, 'en');
      count.host.resetStats();
      const progress: { done: number; total: number }[] = [];
      await countAccess.writeSummary(plan, (p) => progress.push(p));
      const rows = plan.sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
      expect(progress.at(-1)).toEqual({ done: rows, total: rows });
      const syncs = count.host.roundTrips;
      console.log(roundTripLine(`write with a 4 kB budget${rerun ? ', re-run' : ''}`, count.host));
      expect(syncs).toBeGreaterThan(4);

      for (let failing = 0; failing < syncs; failing++) {
        const { host } = await quangNinh();
        const access = officeAccessOn(host, { payloadBudget: 4_000 });
        if (rerun) await access.writeSummary(await checkAndPlan(access));
        const before = host.state();
        host.failSyncs('GeneralException', { after: failing });
        const problem = await problemOf(access.writeSummary(plan));
        expect(problem, `sync ${failing}`).toMatchObject({ kind: 'unknown', code: 'GeneralException' });
        expect(host.state(), `sync ${failing}`).toEqual(before);
      }
    }
  });

  it('writes a plan of 10,000 findings in blocks, no request over 5 MB', async () => {
    const { host, access } = await quangNinh();
    const findings = Array.from({ length: 10_000 }, (_, i) =>
      finding({
        sheet: sourceSheet,
        row: 8 + (i % 40),
        cell: `F${8 + (i % 40)}`,
        severity: i % 3 === 0 ? 'warning' : 'error',
        expected: i * 1.5,
        found: i,
        message: `Số tổng ở ô F${8 + (i % 40)} khác tổng các thành phần (lần ${i + 1}): kiểm tra lại số tổng hoặc các dòng thành phần.`,
      }),
    );
    const plan = buildSummaryPlan(resultOf(reportOf({ workbook: 'quang-ninh-2020.xlsx', sheets: [{ name: sourceSheet, status: 'checked' }], findings })), {
      existingSheetNames: [sourceSheet],
      checkedAt,
    });
    host.resetStats();
    await access.writeSummary(plan);
    console.log(roundTripLine('write 10,000 findings', host));
    expect(host.maxRequestBytes).toBeLessThanOrEqual(5_000_000);
    expect(host.roundTrips).toBeLessThanOrEqual(8);
    const expected = await excelJsWritten(plan);
    expect(doubleCells(host, 'Kiểm tra')).toEqual(excelJsCells(expected.getWorksheet('Kiểm tra')!));
  });

  it('sends fills that change row by row as cell properties: the same cells as on ExcelApi 1.8, in a few actions', async () => {
    // Achieved and missed alternate, so the status column's fill changes on every row.
    const indicators = Array.from({ length: 3_000 }, (_, i) =>
      indicator({ sheet: sourceSheet, row: 8 + i, label: `Chỉ tiêu ${i + 1}`, plan: 100, actual: i % 2 ? 90 : 110, status: i % 2 ? 'missed' : 'achieved' }),
    );
    const report = reportOf({ workbook: 'quang-ninh-2020.xlsx', sheets: [{ name: sourceSheet, status: 'checked' }], indicators });
    const plan = buildSummaryPlan(resultOf(report), { existingSheetNames: [sourceSheet], checkedAt });
    const expected = excelJsCells((await excelJsWritten(plan)).getWorksheet('Tổng hợp')!);
    const sent: Record<string, { bytes: number; actions: number }> = {};
    for (const apiVersion of ['1.17', '1.8']) {
      const { host, access } = await quangNinh({ apiVersion });
      host.resetStats();
      await access.writeSummary(plan);
      console.log(roundTripLine(`write 3,000 alternating statuses, ExcelApi ${apiVersion}`, host));
      expect(doubleCells(host, 'Tổng hợp'), apiVersion).toEqual(apiVersion === '1.8' ? withoutIndents(expected) : expected);
      sent[apiVersion] = {
        bytes: host.syncs.reduce((sum, sync) => sum + sync.requestBytes, 0),
        actions: host.syncs.reduce((sum, sync) => sum + sync.actions, 0),
      };
    }
    // 1.8: a format call per run of equal statuses, a hyperlink per row; 1.17: a few arrays per block
    // (and the sheets' setup: widths, header and overview cells, the sheet heading band, table, page layout, chart).
    expect(sent['1.17']!.actions).toBeLessThan(250);
    expect(sent['1.8']!.actions).toBeGreaterThan(6_000);
    expect(sent['1.17']!.bytes).toBeLessThan(sent['1.8']!.bytes);
  });

  it('makes progress whatever the budget, one step per sync if it must', async () => {
    const { host, access } = await quangNinh();
    const plan = await checkAndPlan(access);
    host.resetStats();
    await officeAccessOn(host, { payloadBudget: 1 }).writeSummary(plan);
    console.log(roundTripLine('write with a 1-byte budget', host));
    const expected = await excelJsWritten(plan);
    for (const planned of plan.sheets) {
      expect(doubleCells(host, planned.name)).toEqual(excelJsCells(expected.getWorksheet(planned.name)!));
    }
  });

  it('cleans up after a run cut off for good: the next run removes what it left', async () => {
    const { host, access } = await quangNinh();
    const slow = officeAccessOn(host, { payloadBudget: 4_000 });
    const plan = await checkAndPlan(slow);
    // The user starts typing in a cell after the third write sync, and the undo cannot run either.
    host.failSyncs('InvalidOperationInCellEditMode', { after: 4, count: 100 });
    expect(await problemOf(slow.writeSummary(plan))).toEqual({ kind: 'cellEditMode' });
    host.clearFailures();
    const leftovers = host.sheetNames().filter((name) => name.startsWith('~'));
    expect(leftovers.length).toBeGreaterThan(0);
    expect((await access.listSheets()).filter((sheet) => sheet.writtenByAddin).map((sheet) => sheet.name)).toEqual(leftovers);

    await access.writeSummary(await checkAndPlan(access));
    expect(host.sheetNames()).toEqual([sourceSheet, 'Tổng hợp', 'Kiểm tra']);
  });

  it("removes its new sheets, and no sheet of the user's, when the swap fails half-way", async () => {
    const { host, access } = await quangNinh();
    await access.writeSummary(await checkAndPlan(access));
    const plan = await checkAndPlan(access);
    // The swap deletes the old sheets, then renames the new ones; the user takes a name just before.
    host.schedule(3, () => host.addSheet('Tổng hợp (2)'));
    // The plan was made when "Tổng hợp" was free; make the user take the new sheet's final name.
    const taken = { ...plan, sheets: plan.sheets.map((sheet) => ({ ...sheet, name: sheet.kind === 'summary' ? 'Tổng hợp (2)' : sheet.name })) };
    const problem = await problemOf(access.writeSummary(taken));
    expect(problem).toMatchObject({ kind: 'unknown', code: 'ItemAlreadyExists' });
    // The old sheets were deleted by the swap before it failed; the new ones are gone; the user's stays.
    expect(host.sheetNames()).toEqual([sourceSheet, 'Tổng hợp (2)']);
    expect(host.settings()[settingKeys.writtenSheets]).toBe(JSON.stringify({ version: 1, sheets: [] }));
  });
});
