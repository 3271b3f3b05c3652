import { beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbook, wordReport } from '../../src/core';
import { defaultSettings, type CheckSettings } from '../../src/core/settings';
import { wordFinding, wordSheet } from '../../src/core/wording';
import type { SheetSnapshot } from '../../src/core/snapshot';
import {
  CheckStopped,
  InvalidSettings,
  checkableSheets,
  defaultSheetNames,
  detectedLayout,
  isCommitting,
  runCheck,
  type CheckProgress,
} from '../../src/addin/checkFlow';
import { AddinError, type WorkbookAccess } from '../../src/addin/workbookAccess';
import { FakeWorkbookAccess, QUANG_NINH_SHEET, fixtureSnapshots, quangNinhAccess } from '../doubles/fakeWorkbookAccess';
import { officeAccessOn } from '../doubles/officeAccess';
import { doubleFromSnapshots } from '../../src/hostDouble';

const checkedAt = new Date(2021, 0, 5, 9, 0);
const settings: CheckSettings = { ...defaultSettings, language: 'vi' };

let thaiNguyen: SheetSnapshot[];
beforeAll(async () => {
  thaiNguyen = await fixtureSnapshots('thai-nguyen-2023.xlsx');
});

describe('runCheck', () => {
  it('reads the visible sheets, reports the two Quảng Ninh errors and writes a plan beside the user sheets', async () => {
    const access = await quangNinhAccess();
    const outcome = await runCheck(access, { settings, write: true, mark: false, checkedAt });

    // Sheets the add-in wrote are never read; hidden ones are not read unless chosen.
    expect(access.callsOf('readSheets')[0]!.args[0]).toEqual([QUANG_NINH_SHEET, 'Tổng hợp']);
    const errors = outcome.result.report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${QUANG_NINH_SHEET}!E19`, `${QUANG_NINH_SHEET}!F23`]);
    expect(outcome.result.report.sheets.find((s) => s.name === 'Tổng hợp')).toMatchObject({ status: 'skipped' });

    // The user's "Tổng hợp" keeps its name; the add-in's old "Tổng hợp (2)" and "Kiểm tra" are reused.
    const plan = access.plans[0]!;
    expect(plan.sheets.map((s) => s.name)).toEqual(['Tổng hợp (2)', 'Kiểm tra']);
    expect(outcome.written).toEqual({ summary: 'Tổng hợp (2)', findings: 'Kiểm tra', districts: [] });
    expect(access.sheets.map((s) => s.name)).toEqual([QUANG_NINH_SHEET, 'Tổng hợp', 'Danh mục', 'Tổng hợp (2)', 'Kiểm tra']);
    expect(outcome.marked).toBeUndefined();
  });

  it('gives the same report as checkWorkbook on the whole snapshot', async () => {
    const access = new FakeWorkbookAccess(
      thaiNguyen.map((snapshot) => ({ name: snapshot.name, snapshot })),
      'thai-nguyen-2023.xlsx',
    );
    const outcome = await runCheck(access, { settings, write: false, mark: false, checkedAt });
    expect(outcome.result).toEqual(checkWorkbook({ name: 'thai-nguyen-2023.xlsx', sheets: thaiNguyen }, settings));
  });

  it('keeps the findings and sheets as data, which word in either language to the report of that language', async () => {
    const access = await quangNinhAccess();
    const outcome = await runCheck(access, { settings, write: false, mark: false, checkedAt });
    const { findings, sheets } = outcome.result.report;
    expect(findings.length).toBeGreaterThan(0);
    for (const language of ['vi', 'en'] as const) {
      const result = checkWorkbook(await access.readSheets(defaultSheetNames(await access.listSheets()), () => {}), { ...settings, language });
      const report = wordReport(result.report, language);
      expect(findings.map((finding) => wordFinding(finding, language))).toEqual(report.findings);
      expect(sheets.map((sheet) => wordSheet(sheet, language))).toEqual(report.sheets);
    }
  });

  it('writes nothing when checking only', async () => {
    const access = await quangNinhAccess();
    const outcome = await runCheck(access, { settings, write: false, mark: false, checkedAt });
    expect(outcome.result.report.findings.filter((f) => f.severity === 'error')).toHaveLength(2);
    expect(outcome.written).toBeUndefined();
    expect(access.callsOf('writeSummary')).toHaveLength(0);
    expect(access.callsOf('markFindings')).toHaveLength(0);
  });

  it('reads only the chosen sheets, in tab order, ignoring names that are gone or the add-in wrote', async () => {
    const access = await quangNinhAccess();
    const outcome = await runCheck(access, {
      settings,
      sheetNames: ['Danh mục', 'Kiểm tra', 'Đã xóa', QUANG_NINH_SHEET],
      write: false,
      mark: false,
      checkedAt,
    });
    expect(access.callsOf('readSheets')[0]!.args[0]).toEqual([QUANG_NINH_SHEET, 'Danh mục']);
    expect(outcome.result.report.sheets.map((s) => s.name)).toEqual([QUANG_NINH_SHEET, 'Danh mục']);
  });

  it('clears the old marks, then marks the flagged cells', async () => {
    const access = await quangNinhAccess();
    access.marks.add(`${QUANG_NINH_SHEET}!D12`);
    const outcome = await runCheck(access, { settings, write: true, mark: true, checkedAt });
    expect(outcome.marked).toBe(2);
    expect([...access.marks]).toEqual([`${QUANG_NINH_SHEET}!E19`, `${QUANG_NINH_SHEET}!F23`]);
    const order = access.calls.map((c) => c.method);
    expect(order.indexOf('clearMarks')).toBeLessThan(order.indexOf('markFindings'));
  });

  it('uses the settings it is given: a corrected column role and the language', async () => {
    const access = await quangNinhAccess();
    const corrected: CheckSettings = {
      ...settings,
      language: 'en',
      sheetOverrides: { [QUANG_NINH_SHEET]: { columns: { actual: 'H' } } },
    };
    const outcome = await runCheck(access, { settings: corrected, sheetNames: [QUANG_NINH_SHEET], write: true, mark: false, checkedAt });
    expect(detectedLayout(wordReport(outcome.result.report, 'en'))[0]!.columns.actual).toBe('H');
    expect(outcome.result.report.findings.some((f) => f.cell === 'F23')).toBe(false);
    expect(access.plans[0]!.sheets.map((s) => s.name)).toEqual(['Summary', 'Findings']);
  });

  it('passes an AddinError through and writes nothing after a failed read', async () => {
    const access = await quangNinhAccess();
    const problem = new AddinError({ kind: 'cellEditMode' });
    access.failNext('readSheets', problem);
    await expect(runCheck(access, { settings, write: true, mark: true, checkedAt })).rejects.toBe(problem);
    expect(access.callsOf('writeSummary')).toHaveLength(0);
    expect(access.callsOf('markFindings')).toHaveLength(0);
  });

  it('passes an AddinError from the write through', async () => {
    const access = await quangNinhAccess();
    access.failNext('writeSummary', new AddinError({ kind: 'protectedWorkbook' }));
    await expect(runCheck(access, { settings, write: true, mark: false, checkedAt })).rejects.toMatchObject({
      problem: { kind: 'protectedWorkbook' },
    });
  });

  it('reports phases in order with a fraction that never goes back and ends at 1', async () => {
    const access = await quangNinhAccess();
    const seen: CheckProgress[] = [];
    await runCheck(access, { settings, write: true, mark: true, checkedAt, onProgress: (p) => seen.push(p) });
    const phases = [...new Set(seen.map((p) => p.phase))];
    expect(phases).toEqual(['reading', 'checking', 'writing', 'marking']);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.fraction).toBeGreaterThanOrEqual(seen[i - 1]!.fraction);
    expect(seen.at(-1)!.fraction).toBe(1);
  });

  it('returns the last used column of each sheet read', async () => {
    const access = await quangNinhAccess();
    const outcome = await runCheck(access, { settings, write: false, mark: false, checkedAt });
    expect(outcome.lastColumns[QUANG_NINH_SHEET]).toBeGreaterThanOrEqual(8);
    expect(outcome.lastColumns['Tổng hợp']).toBe(0);
  });
});

describe('sheet choice', () => {
  const listing = [
    { name: 'A', visible: true, writtenByAddin: false },
    { name: 'B', visible: false, writtenByAddin: false },
    { name: 'Tổng hợp', visible: true, writtenByAddin: true },
  ];
  it('offers every sheet the add-in did not write, and chooses the visible ones', () => {
    expect(checkableSheets(listing).map((s) => s.name)).toEqual(['A', 'B']);
    expect(defaultSheetNames(listing)).toEqual(['A']);
  });
});

describe('detectedLayout', () => {
  it('gives header rows and column letters of checked sheets, and the reason of skipped ones', async () => {
    const access = new FakeWorkbookAccess(
      [...thaiNguyen.map((snapshot) => ({ name: snapshot.name, snapshot })), { name: 'Trống' }],
      'thai-nguyen-2023.xlsx',
    );
    const { report } = (await runCheck(access, { settings, write: false, mark: false, checkedAt })).result;
    const layouts = detectedLayout(wordReport(report, 'vi'));
    expect(layouts[0]).toMatchObject({ sheet: 'Biểu 01', status: 'checked', headerRows: [8, 9] });
    expect(layouts[0]!.columns).toMatchObject({ label: 'B', plan: 'E', actual: 'F' });
    expect(layouts.at(-1)).toMatchObject({ sheet: 'Trống', status: 'skipped', headerRows: [], columns: {} });
    expect(layouts.at(-1)!.reason).toBeTruthy();
  });
});

/** Three indicator sheets (two with the Quảng Ninh errors) in the Office.js host double, with the adapter over it. */
async function threeSheetsInDouble() {
  const [quangNinh] = await fixtureSnapshots('quang-ninh-2020.xlsx');
  const sheets = [quangNinh!, thaiNguyen[0]!, { ...quangNinh!, name: 'Bản sao' }];
  const host = doubleFromSnapshots(sheets, { workbookName: 'ba-bieu.xlsx' });
  return { host, access: officeAccessOn(host), names: sheets.map((sheet) => sheet.name) };
}

/** A run that writes and marks, asked to stop the first time `when` holds of its progress; the run and the progress it gave. */
function runStoppingWhen(access: WorkbookAccess, when: (progress: CheckProgress) => boolean) {
  const controller = new AbortController();
  const seen: CheckProgress[] = [];
  const run = runCheck(access, {
    settings,
    write: true,
    mark: true,
    checkedAt,
    signal: controller.signal,
    onProgress: (progress) => {
      seen.push(progress);
      if (when(progress)) controller.abort();
    },
  });
  return { run, seen };
}

describe('a run the user can trust', () => {
  it('stopped while checking, leaves the workbook exactly as it was, cell for cell', async () => {
    const { host, access } = await threeSheetsInDouble();
    // A first run that wrote, so there are the add-in's sheets and a record to keep too.
    await runCheck(access, { settings, write: true, mark: true, checkedAt });
    const before = structuredClone(host.state());
    const { run, seen } = runStoppingWhen(access, (progress) => progress.phase === 'checking' && progress.sheet?.index === 2);
    const stopped = await run.catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(CheckStopped);
    expect((stopped as CheckStopped).at).toMatchObject({ phase: 'checking', sheet: { index: 2 } });
    expect(seen.some(isCommitting)).toBe(false);
    expect(host.state()).toEqual(before);
  });

  it('stopped while reading, ends the read at once and changes nothing', async () => {
    const { host, access } = await threeSheetsInDouble();
    const before = structuredClone(host.state());
    host.resetStats();
    const { run } = runStoppingWhen(access, (progress) => progress.phase === 'reading' && progress.sheet !== undefined);
    await expect(run).rejects.toBeInstanceOf(CheckStopped);
    // The list and the read's first sync: no further round trip after the stop.
    expect(host.roundTrips).toBeLessThanOrEqual(3);
    expect(host.state()).toEqual(before);
  });

  it('heeds no stop once writing has started: the write finishes, all of it', async () => {
    const { run } = runStoppingWhen(await quangNinhAccess(), isCommitting);
    const outcome = await run;
    expect(outcome.written).toEqual({ summary: 'Tổng hợp (2)', findings: 'Kiểm tra', districts: [] });
    expect(outcome.marked).toBe(2);
  });

  it('names each sheet as it reads and checks it, in order, with a fraction that never goes back', async () => {
    const { access, names } = await threeSheetsInDouble();
    const seen: CheckProgress[] = [];
    await runCheck(access, { settings, write: true, mark: false, checkedAt, onProgress: (p) => seen.push(p) });
    const checked = seen.filter((p) => p.phase === 'checking' && p.sheet).map((p) => p.sheet!);
    expect([...new Set(checked.map((place) => place.name))]).toEqual(names);
    expect(checked.every((place) => place.count === names.length && names[place.index - 1] === place.name)).toBe(true);
    const read = seen.filter((p) => p.phase === 'reading' && p.sheet).map((p) => p.sheet!);
    expect(read.length).toBeGreaterThan(0);
    expect(read[0]).toEqual({ index: 1, count: names.length, name: names[0] });
    for (let i = 1; i < read.length; i++) expect(read[i]!.index).toBeGreaterThanOrEqual(read[i - 1]!.index);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.fraction).toBeGreaterThanOrEqual(seen[i - 1]!.fraction);
    expect(seen.at(-1)).toMatchObject({ phase: 'writing', fraction: 1 });
  });

  it('refuses invalid settings before touching the workbook', async () => {
    const access = await quangNinhAccess();
    const run = runCheck(access, { settings: { ...settings, nearlyThreshold: 120 }, write: true, mark: false, checkedAt });
    await expect(run).rejects.toBeInstanceOf(InvalidSettings);
    await expect(run).rejects.toMatchObject({ problems: [{ field: 'nearlyThreshold', problem: 'nearlyRange' }] });
    expect(access.calls).toEqual([]);
  });

  it('checking only marks no cell and changes nothing, even with marks asked for', async () => {
    const { host, access } = await threeSheetsInDouble();
    const before = structuredClone(host.state());
    const outcome = await runCheck(access, { settings, write: false, mark: true, checkedAt });
    expect(outcome.result.report.findings.length).toBeGreaterThan(0);
    expect(outcome.marked).toBeUndefined();
    expect(host.state()).toEqual(before);
  });

  it('names the sheets an earlier run wrote that a check only leaves in place, and none after a write', async () => {
    const access = await quangNinhAccess();
    const checkOnly = await runCheck(access, { settings, write: false, mark: false, checkedAt });
    expect(checkOnly.staleSheets.map((sheet) => sheet.name)).toEqual(['Tổng hợp (2)', 'Kiểm tra']);
    const written = await runCheck(access, { settings, write: true, mark: false, checkedAt });
    expect(written.staleSheets).toEqual([]);
  });

  it('tells when the sheets a check only left in place were written, from the record in the workbook', async () => {
    const { access } = await threeSheetsInDouble();
    await runCheck(access, { settings, write: true, mark: false, checkedAt });
    const later = await runCheck(access, { settings, write: false, mark: false, checkedAt: new Date(2021, 0, 6) });
    expect(later.staleSheets.map((sheet) => [sheet.name, sheet.checkedAt])).toEqual([
      ['Tổng hợp', checkedAt.toISOString()],
      ['Kiểm tra', checkedAt.toISOString()],
    ]);
  });

  it('measures the time the run took', async () => {
    const access = await quangNinhAccess();
    const times = [1000, 13_400];
    const outcome = await runCheck(access, { settings, write: false, mark: false, checkedAt, clock: () => times.shift() ?? 0 });
    expect(outcome.elapsedMs).toBe(12_400);
  });
});
