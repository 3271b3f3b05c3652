import { describe, expect, it } from 'vitest';
import { languageFor } from '../../src/addin/language';
import { errorMessage, problemMessage } from '../../src/addin/problemMessage';
import {
  achievedProblem,
  columnChoices,
  formatHeaderRows,
  nearlyProblem,
  parseHeaderRows,
  parseNumber,
  startingSettings,
  toleranceProblem,
  withColumnRole,
  withHeaderRows,
  withSheetOverride,
} from '../../src/addin/settingsRules';
import { AddinError, type AddinProblem } from '../../src/addin/workbookAccess';
import { defaultSettings } from '../../src/core/settings';

describe('languageFor', () => {
  it('is Vietnamese for any Vietnamese Office, English otherwise', () => {
    expect(languageFor('vi-VN')).toBe('vi');
    expect(languageFor('VI')).toBe('vi');
    expect(languageFor('en-US')).toBe('en');
    expect(languageFor('fr-FR')).toBe('en');
    expect(languageFor(undefined)).toBe('en');
    expect(languageFor('')).toBe('en');
  });
});

describe('startingSettings', () => {
  it('uses the defaults in the language of Office when the workbook has none', () => {
    expect(startingSettings(null, 'en-GB')).toEqual({ ...defaultSettings, language: 'en' });
    expect(startingSettings(null, 'vi-VN')).toEqual({ ...defaultSettings, language: 'vi' });
  });

  it('keeps valid saved settings, the saved language first', () => {
    const saved = {
      language: 'en',
      achievedThreshold: 95,
      nearlyThreshold: 80,
      extraToleranceDigits: 1,
      includeHidden: true,
      sheetOverrides: { 'Biểu 01': { headerRows: [9, 8], columns: { actual: 'F', note: '' } } },
    };
    expect(startingSettings(saved, 'vi-VN')).toEqual({
      ...saved,
      sheetOverrides: { 'Biểu 01': { headerRows: [8, 9], columns: { actual: 'F', note: '' } } },
    });
  });

  it('replaces what a workbook should not hold, field by field', () => {
    const settings = startingSettings(
      {
        language: 'fr',
        achievedThreshold: 'một trăm',
        nearlyThreshold: 150,
        extraToleranceDigits: 2.5,
        includeHidden: 'yes',
        sheetOverrides: { A: { headerRows: [0, -1], columns: { actual: 'f5', bogus: 'A' } }, B: 'x', C: { columns: { plan: 'D' } } },
      },
      'vi',
    );
    expect(settings).toEqual({ ...defaultSettings, language: 'vi', sheetOverrides: { C: { columns: { plan: 'D' } } } });
    expect(startingSettings('garbage', 'en').language).toBe('en');
  });
});

describe('typed values', () => {
  it('reads numbers with either decimal mark', () => {
    expect(parseNumber('99,5')).toBe(99.5);
    expect(parseNumber(' 99.5 ')).toBe(99.5);
    expect(parseNumber('100')).toBe(100);
    expect(parseNumber('90%')).toBe(90);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('1.234,5')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
  });

  it('validates thresholds and the tolerance', () => {
    expect(achievedProblem(100)).toBeNull();
    expect(achievedProblem(0)).toBe('achievedRange');
    expect(achievedProblem(1001)).toBe('achievedRange');
    expect(achievedProblem(null)).toBe('notANumber');
    expect(nearlyProblem(90, 100)).toBeNull();
    expect(nearlyProblem(100, 100)).toBeNull();
    expect(nearlyProblem(101, 100)).toBe('nearlyRange');
    expect(nearlyProblem(-1, 100)).toBe('nearlyRange');
    expect(toleranceProblem(0)).toBeNull();
    expect(toleranceProblem(6)).toBeNull();
    expect(toleranceProblem(7)).toBe('toleranceRange');
    expect(toleranceProblem(0.5)).toBe('toleranceRange');
  });

  it('reads and writes header rows as people type them', () => {
    expect(parseHeaderRows('8-9')).toEqual([8, 9]);
    expect(parseHeaderRows(' 8 – 9 ')).toEqual([8, 9]);
    expect(parseHeaderRows('8')).toEqual([8]);
    expect(parseHeaderRows('9, 6')).toEqual([6, 9]);
    expect(parseHeaderRows('')).toEqual([]);
    expect(parseHeaderRows('9-8')).toBeNull();
    expect(parseHeaderRows('0')).toBeNull();
    expect(parseHeaderRows('1-50')).toBeNull();
    expect(parseHeaderRows('tám')).toBeNull();
    expect(formatHeaderRows([8, 9])).toBe('8-9');
    expect(formatHeaderRows([6])).toBe('6');
    expect(formatHeaderRows([8, 6])).toBe('6, 8');
    expect(formatHeaderRows([])).toBe('');
  });

  it('offers the used columns and any letter already in use', () => {
    expect(columnChoices(3, [])).toEqual(['A', 'B', 'C']);
    expect(columnChoices(2, ['E'])).toEqual(['A', 'B', 'E']);
    expect(columnChoices(0, [])).toEqual(['A']);
    expect(columnChoices(500, []).at(-1)).toBe('CV');
  });
});

describe('overrides', () => {
  it('sets a role or header rows, keeping the rest of the sheet override', () => {
    const one = withColumnRole(undefined, 'actual', 'H');
    expect(one).toEqual({ columns: { actual: 'H' } });
    const two = withHeaderRows(withColumnRole(one, 'plan', 'E'), [8, 9]);
    expect(two).toEqual({ columns: { actual: 'H', plan: 'E' }, headerRows: [8, 9] });
    expect(withHeaderRows(two, [])).toEqual({ columns: { actual: 'H', plan: 'E' } });
  });

  it('stores one sheet override, and removes it when empty or reset', () => {
    const settings = withSheetOverride(defaultSettings, 'Biểu 01', { headerRows: [8, 9] });
    expect(settings.sheetOverrides).toEqual({ 'Biểu 01': { headerRows: [8, 9] } });
    expect(defaultSettings.sheetOverrides).toEqual({});
    expect(withSheetOverride(settings, 'Biểu 01', undefined).sheetOverrides).toEqual({});
    expect(withSheetOverride(settings, 'Biểu 01', {}).sheetOverrides).toEqual({});
  });
});

describe('problemMessage', () => {
  const problems: AddinProblem[] = [
    { kind: 'cellEditMode' },
    { kind: 'protectedSheet', sheet: 'Biểu 01' },
    { kind: 'protectedWorkbook' },
    { kind: 'payloadTooLarge' },
    { kind: 'unsupported', requirement: 'ExcelApi 1.9' },
    { kind: 'unknown', code: 'GeneralException', detail: 'x' },
  ];

  it('has a sentence for every problem in both languages, naming the sheet or requirement', () => {
    for (const problem of problems) {
      for (const language of ['vi', 'en'] as const) expect(problemMessage(problem, language)).toMatch(/\S.{20,}/);
    }
    expect(problemMessage({ kind: 'protectedSheet', sheet: 'Biểu 01' }, 'vi')).toContain('"Biểu 01"');
    expect(problemMessage({ kind: 'unsupported', requirement: 'ExcelApi 1.9' }, 'en')).toContain('ExcelApi 1.9');
    expect(problemMessage({ kind: 'cellEditMode' }, 'vi')).not.toBe(problemMessage({ kind: 'cellEditMode' }, 'en'));
  });

  it('words any thrown value', () => {
    expect(errorMessage(new AddinError({ kind: 'payloadTooLarge' }), 'en')).toBe(problemMessage({ kind: 'payloadTooLarge' }, 'en'));
    expect(errorMessage(new Error('boom'), 'en')).toContain('boom');
    expect(errorMessage('plain', 'vi')).toContain('plain');
  });
});
