import { describe, expect, it } from 'vitest';
import { MARK_FILL } from '../../../src/adapters/officejs/marks';
import { settingKeys } from '../../../src/adapters/officejs/settingsStore';
import { doubleFromGrids, type ExcelHostDouble } from '../../../src/hostDouble';
import { officeAccessOn, problemOf } from '../../doubles/officeAccess';
import { finding } from '../../helpers/reports';

function workbook(): ExcelHostDouble {
  const host = doubleFromGrids({
    'Biểu 01': [
      ['STT', 'Chỉ tiêu', 'TH'],
      ['1', 'Tổng', 100],
      [null, 'Phần a', 60],
      [null, 'Phần b', 30],
    ],
    'Biểu 02': [
      ['STT', 'Chỉ tiêu', 'TH'],
      ['1', 'Tổng', 5],
    ],
  });
  // A cell the user had filled yellow, and one filled white.
  host.sheet('Biểu 01').cellForWrite(2, 3).fill = '#FFFF00';
  host.sheet('Biểu 01').cellForWrite(3, 3).fill = '#FFFFFF';
  return host;
}

/** Values and formulas of every cell: what marking must never change. */
function contents(host: ExcelHostDouble): unknown {
  return host.sheetNames().map((name) => host.cells(name).map((cell) => [cell.address, cell.value, cell.formula]));
}

describe('markFindings and clearMarks', () => {
  it('fills the flagged cells, records their fills, and restores them, never touching a value', async () => {
    const host = workbook();
    const access = officeAccessOn(host);
    const values = contents(host);
    host.resetStats();
    const marked = await access.markFindings([
      finding({ sheet: 'Biểu 01', row: 2, cell: 'C2' }),
      finding({ sheet: 'Biểu 01', row: 3, cell: '$C$3' }),
      finding({ sheet: 'Biểu 01', row: 4, cell: 'C4' }),
      // The same cell twice, a sheet that is not there, an address that is not one.
      finding({ sheet: 'Biểu 01', row: 4, cell: 'C4', rule: 'subset-exceeds-total' }),
      finding({ sheet: 'Không có', row: 1, cell: 'A1' }),
      finding({ sheet: 'Biểu 02', row: 2, cell: 'rows 2-3' }),
    ]);
    console.log(`mark 3 cells: ${host.roundTrips} round trips`);
    expect(marked).toBe(3);
    expect(host.roundTrips).toBe(3);
    expect(['C2', 'C3', 'C4'].map((address) => host.cellAt('Biểu 01', address).fill)).toEqual([MARK_FILL, MARK_FILL, MARK_FILL]);
    expect(contents(host)).toEqual(values);
    expect(JSON.parse(host.settings()[settingKeys.marks] as string)).toEqual({
      version: 1,
      color: MARK_FILL,
      cells: [
        { sheet: 'Biểu 01', cell: 'C2', fill: '#FFFF00' },
        { sheet: 'Biểu 01', cell: 'C3', fill: null },
        { sheet: 'Biểu 01', cell: 'C4', fill: null },
      ],
    });

    // Marking again keeps the original fills, not the mark.
    expect(await access.markFindings([finding({ sheet: 'Biểu 01', row: 2, cell: 'C2' })])).toBe(1);
    expect(host.cellAt('Biểu 01', 'C3').fill).toBeNull();
    expect(host.cellAt('Biểu 01', 'C2').fill).toBe(MARK_FILL);

    expect(await access.clearMarks()).toBe(1);
    expect(host.cellAt('Biểu 01', 'C2').fill).toBe('#FFFF00');
    expect(host.cellAt('Biểu 01', 'C4').fill).toBeNull();
    expect(contents(host)).toEqual(values);
    expect(JSON.parse(host.settings()[settingKeys.marks] as string)).toMatchObject({ cells: [] });
  });

  it('leaves a fill the user changed after marking', async () => {
    const host = workbook();
    const access = officeAccessOn(host);
    await access.markFindings([finding({ sheet: 'Biểu 02', row: 2, cell: 'C2' }), finding({ sheet: 'Biểu 02', row: 2, cell: 'B2' })]);
    host.sheet('Biểu 02').cellForWrite(2, 3).fill = '#00B050';
    expect(await access.clearMarks()).toBe(1);
    expect(host.cellAt('Biểu 02', 'C2').fill).toBe('#00B050');
    expect(host.cellAt('Biểu 02', 'B2').fill).toBeNull();
  });

  it('skips a protected sheet, and clears its marks once it is unprotected', async () => {
    const host = workbook();
    const access = officeAccessOn(host);
    await access.markFindings([finding({ sheet: 'Biểu 02', row: 2, cell: 'C2' })]);
    host.sheet('Biểu 02').protected = true;
    const marked = await access.markFindings([finding({ sheet: 'Biểu 01', row: 2, cell: 'C2' }), finding({ sheet: 'Biểu 02', row: 2, cell: 'B2' })]);
    expect(marked).toBe(1);
    expect(host.cellAt('Biểu 02', 'B2').fill).toBeNull();
    expect(await access.clearMarks()).toBe(1);
    // Still marked and still recorded: the sheet is protected.
    expect(host.cellAt('Biểu 02', 'C2').fill).toBe(MARK_FILL);
    host.sheet('Biểu 02').protected = false;
    expect(await access.clearMarks()).toBe(1);
    expect(host.cellAt('Biểu 02', 'C2').fill).toBeNull();
  });

  it('cannot mark without workbook settings (ExcelApi 1.4), since it could never unmark', async () => {
    const host = doubleFromGrids({ A: [[1]] }, { apiVersion: '1.3' });
    expect(await problemOf(officeAccessOn(host).markFindings([finding({ sheet: 'A', row: 1, cell: 'A1' })]))).toEqual({
      kind: 'unsupported',
      requirement: 'ExcelApi 1.4',
    });
    expect(host.cellAt('A', 'A1').fill).toBeNull();
  });

  it('marks many cells in a few syncs', async () => {
    const rows = Array.from({ length: 3_000 }, (_, r) => [`Dòng ${r + 1}`, r, r * 2]);
    const host = doubleFromGrids({ 'Số liệu': rows });
    const access = officeAccessOn(host);
    const findings = rows.flatMap((_, r) => [finding({ sheet: 'Số liệu', row: r + 1, cell: `B${r + 1}` }), finding({ sheet: 'Số liệu', row: r + 1, cell: `C${r + 1}` })]);
    host.resetStats();
    expect(await access.markFindings(findings)).toBe(6_000);
    console.log(`mark 6,000 cells: ${host.roundTrips} round trips, largest request ${host.maxRequestBytes} B`);
    expect(host.maxRequestBytes).toBeLessThan(5_000_000);
    expect(host.roundTrips).toBeLessThanOrEqual(6);
    expect(await access.clearMarks()).toBe(6_000);
    expect(host.cells('Số liệu').every((cell) => cell.fill === null)).toBe(true);
  });
});
