import { describe, expect, it } from 'vitest';
import { settingKeys } from '../../../src/adapters/officejs/settingsStore';
import type { ReviewedFinding } from '../../../src/addin/workbookAccess';
import { doubleFromGrids } from '../../../src/hostDouble';
import { officeAccessOn, problemOf } from '../../doubles/officeAccess';

const reviewed: ReviewedFinding[] = [
  { rule: 'sum-mismatch', sheet: 'Biểu 01', cell: 'E19' },
  { rule: 'stated-percent-mismatch', sheet: 'Biểu 02', cell: 'F7' },
];

describe('the reviewed findings remembered in the workbook', () => {
  it('are none at first, then what was saved, apart from the check settings', async () => {
    const host = doubleFromGrids({ A: [[1]] });
    const access = officeAccessOn(host);
    expect(await access.loadReviewed()).toEqual([]);
    await access.saveReviewed(reviewed);
    expect(JSON.parse(host.settings()[settingKeys.reviewed] as string)).toEqual(reviewed);
    expect(host.settings()[settingKeys.settings]).toBeUndefined();
    // A second access over the same workbook: the pane opened again.
    expect(await officeAccessOn(host).loadReviewed()).toEqual(reviewed);
  });

  it('keeps only well-formed entries of a value edited by hand, and never crashes on one', async () => {
    const host = doubleFromGrids({ A: [[1]] });
    const access = officeAccessOn(host);
    const store = (value: unknown) => host.workbook.settings.set(settingKeys.reviewed, JSON.stringify(value));
    store('{not json');
    expect(await access.loadReviewed()).toEqual([]);
    store({ rule: 'sum-mismatch', sheet: 'A', cell: 'B2' });
    expect(await access.loadReviewed()).toEqual([]);
    store([{ rule: 'sum-mismatch', sheet: 'A', cell: 'B2', note: 'x' }, { rule: 1, sheet: 'A', cell: 'B3' }, null]);
    expect(await access.loadReviewed()).toEqual([{ rule: 'sum-mismatch', sheet: 'A', cell: 'B2' }]);
  });

  it('are none below ExcelApi 1.4, and saving says what is missing', async () => {
    const access = officeAccessOn(doubleFromGrids({ A: [[1]] }, { apiVersion: '1.3' }));
    expect(await access.loadReviewed()).toEqual([]);
    expect(await problemOf(access.saveReviewed(reviewed))).toEqual({ kind: 'unsupported', requirement: 'ExcelApi 1.4' });
  });
});
