import { describe, expect, it } from 'vitest';
import { problemOf as problemFromError } from '../../../src/adapters/officejs/errors';
import { problemMessage as describeProblem } from '../../../src/addin/problemMessage';
import { settingKeys } from '../../../src/adapters/officejs/settingsStore';
import type { AddinProblem } from '../../../src/addin/workbookAccess';
import { defaultSettings, type CheckSettings } from '../../../src/core/settings';
import { OfficeErrorDouble, doubleFromGrids } from '../../../src/hostDouble';
import { officeAccessOn, problemOf } from '../../doubles/officeAccess';

describe('the rest of WorkbookAccess', () => {
  it('names the workbook and lists its sheets with their visibility', async () => {
    const host = doubleFromGrids({ 'Biểu 01': [[1]], 'Ẩn': [[2]] }, { workbookName: 'bao-cao.xlsx' });
    host.sheet('Ẩn').visibility = 'Hidden';
    const access = officeAccessOn(host);
    expect(await access.workbookName()).toBe('bao-cao.xlsx');
    host.resetStats();
    expect(await access.listSheets()).toEqual([
      { name: 'Biểu 01', visible: true, writtenByAddin: false },
      { name: 'Ẩn', visible: false, writtenByAddin: false },
    ]);
    expect(host.roundTrips).toBe(1);
  });

  it('selects a cell on its sheet in one sync', async () => {
    const host = doubleFromGrids({ A: [[1]], 'Biểu 02': [[2]] });
    host.resetStats();
    await officeAccessOn(host).selectCell('Biểu 02', 'C12');
    expect(host.workbook.activeSheet?.name).toBe('Biểu 02');
    expect(host.selection).toEqual({ sheet: 'Biểu 02', address: 'C12' });
    expect(host.roundTrips).toBe(1);
  });

  it('saves and loads settings as JSON in the workbook', async () => {
    const host = doubleFromGrids({ A: [[1]] });
    const access = officeAccessOn(host);
    expect(await access.loadSettings()).toBeNull();
    const settings: CheckSettings = {
      language: 'en',
      achievedThreshold: 95,
      nearlyThreshold: 80,
      extraToleranceDigits: 1,
      includeHidden: true,
      sheetOverrides: { 'Biểu 01': { headerRows: [4, 5], columns: { label: 'B', actual: 'F' } } },
    };
    await access.saveSettings(settings);
    expect(JSON.parse(host.settings()[settingKeys.settings] as string)).toEqual(settings);
    expect(await access.loadSettings()).toEqual(settings);
  });

  it('loads bad stored settings as null or as defaults field by field, never crashing', async () => {
    const host = doubleFromGrids({ A: [[1]] });
    const access = officeAccessOn(host);
    const store = (value: unknown) => host.workbook.settings.set(settingKeys.settings, JSON.stringify(value));
    store('{not json');
    expect(await access.loadSettings()).toBeNull();
    store('[1, 2]');
    expect(await access.loadSettings()).toBeNull();
    store(JSON.stringify({ language: 'fr', achievedThreshold: 'high', nearlyThreshold: 70, sheetOverrides: { A: { headerRows: [0, 2], columns: { label: 'B2', plan: 'e', boss: 'A' } }, B: 3 } }));
    expect(await access.loadSettings()).toEqual({
      ...defaultSettings,
      nearlyThreshold: 70,
      sheetOverrides: { A: { headerRows: [2], columns: { plan: 'E' } } },
    });
  });

  it('has no settings below ExcelApi 1.4: load gives null, save says what is missing', async () => {
    const host = doubleFromGrids({ A: [[1]] }, { apiVersion: '1.3' });
    const access = officeAccessOn(host);
    expect(await access.loadSettings()).toBeNull();
    expect(await problemOf(access.saveSettings(defaultSettings))).toEqual({ kind: 'unsupported', requirement: 'ExcelApi 1.4' });
  });
});

describe('errors', () => {
  const error = (code: string) => new OfficeErrorDouble(code, 'Thông báo đã dịch sang tiếng địa phương');

  it('decides the problem from the code, never the message', () => {
    expect(problemFromError(error('InvalidOperationInCellEditMode'))).toEqual({ kind: 'cellEditMode' });
    for (const code of ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'PayloadTooLarge']) {
      expect(problemFromError(error(code))).toEqual({ kind: 'payloadTooLarge' });
    }
    expect(problemFromError(error('AccessDenied'), { sheet: 'Biểu 01' })).toEqual({ kind: 'protectedSheet', sheet: 'Biểu 01' });
    expect(problemFromError(error('AccessDenied'))).toEqual({ kind: 'protectedWorkbook' });
    expect(problemFromError(error('ApiNotFound'), { requirement: 'ExcelApi 1.9' })).toEqual({ kind: 'unsupported', requirement: 'ExcelApi 1.9' });
    expect(problemFromError(error('GeneralException'))).toEqual({
      kind: 'unknown',
      code: 'GeneralException',
      detail: 'Thông báo đã dịch sang tiếng địa phương',
    });
    expect(problemFromError(new TypeError('x is undefined'))).toEqual({ kind: 'unknown', code: 'TypeError', detail: 'x is undefined' });
  });

  it('says every problem in Vietnamese and in English', () => {
    const problems: AddinProblem[] = [
      { kind: 'cellEditMode' },
      { kind: 'protectedSheet', sheet: 'Biểu 01' },
      { kind: 'protectedWorkbook' },
      { kind: 'payloadTooLarge' },
      { kind: 'unsupported', requirement: 'ExcelApi 1.4' },
      { kind: 'unknown', code: 'GeneralException', detail: 'An internal error has occurred.' },
    ];
    for (const problem of problems) {
      const vi = describeProblem(problem, 'vi');
      const en = describeProblem(problem, 'en');
      expect(vi).not.toBe(en);
      expect(vi.length).toBeGreaterThan(20);
      if (problem.kind === 'protectedSheet') expect(vi).toContain('Biểu 01');
      if (problem.kind === 'unsupported') expect(en).toContain('ExcelApi 1.4');
      if (problem.kind === 'unknown') expect(vi).toContain('GeneralException');
    }
  });
});
