import { describe, expect, it } from 'vitest';
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { PAYLOAD_LIMIT_BYTES, doubleFromSnapshots, type ExcelHostDouble } from '../../../src/hostDouble';
import { officeAccessOn, problemOf } from '../../doubles/officeAccess';
import { sheet } from '../../helpers/sheets';

/** A small indicator sheet with formulas, number formats, indents, an error, a merge and an origin away from A1. */
function indicatorSheet(name: string, origin = 'A1'): SheetSnapshot {
  const at = (column: string, row: number) => {
    const o = /^([A-Z]+)(\d+)$/.exec(origin)!;
    const shift = Number(o[2]) - 1;
    const columnShift = o[1]!.charCodeAt(0) - 65;
    return `${String.fromCharCode(column.charCodeAt(0) + columnShift)}${row + shift}`;
  };
  return sheet(
    name,
    [
      ['BIỂU CHỈ TIÊU', null, null, null, null, null],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2022', 'KH 2023', 'TH 2023'],
      ['1', 'Tổng sản phẩm', 'tỷ đồng', 1200.5, 1300, 1310.25],
      [null, 'Nông nghiệp', 'tỷ đồng', 400.5, 450, 455.25],
      [null, 'Công nghiệp', 'tỷ đồng', 800, 850, 855],
      ['2', 'Tỷ lệ', '%', 0.5, 0.6, { error: '#DIV/0!' }],
      ['3', 'Ghi chú', null, true, '1.234,5', null],
    ],
    {
      origin,
      merges: [`${at('A', 1)}:${at('F', 1)}`],
      formulas: { [at('F', 3)]: `=SUM(${at('F', 4)}:${at('F', 5)})`, [at('F', 6)]: `=${at('E', 6)}/0` },
      numberFormats: { [at('D', 3)]: '#,##0.0', [at('D', 6)]: '0%', [at('E', 6)]: '0.0%' },
      indents: { [at('B', 4)]: 1, [at('B', 5)]: 1 },
      bold: [at('B', 3)],
    },
  );
}

/** `rows` rows of 12 columns: a Vietnamese label, a unit, ten figures (some negative, some decimal). */
function bigSheet(name: string, rows: number): SheetSnapshot {
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = [`Chỉ tiêu số ${r + 1} của tỉnh`, r % 3 === 0 ? 'tỷ đồng' : 'người'];
    for (let c = 0; c < 10; c++) row.push(c % 4 === 3 ? -(r * 7 + c) : Math.round((r * 13.37 + c) * 100) / 100);
    values.push(row);
  }
  return sheet(name, values);
}

function readAccess(host: ExcelHostDouble) {
  return officeAccessOn(host);
}

/** What the reader must give back for a snapshot the double was built from. */
function expectSameCells(read: SheetSnapshot, built: SheetSnapshot): void {
  expect(read.name).toBe(built.name);
  expect(read.origin).toEqual(built.origin);
  expect(read.values).toEqual(built.values);
  expect(read.formulas).toEqual(built.formulas);
  expect(read.numberFormats).toEqual(built.numberFormats);
  expect(read.merges).toEqual(built.merges);
}

function report(label: string, host: ExcelHostDouble): void {
  console.log(
    `${label}: ${host.roundTrips} round trips; largest request ${host.maxRequestBytes} B, largest response ${host.maxResponseBytes} B, ` +
      `responses ${host.syncs.map((sync) => sync.responseBytes).join(' + ')} B`,
  );
}

describe('readSheets', () => {
  it('reads three sheets cell by cell in two round trips', async () => {
    const sheets = [indicatorSheet('Biểu 01'), indicatorSheet('Biểu 02', 'C4'), sheet('Trống', [])];
    const host = doubleFromSnapshots(sheets);
    const workbook = await readAccess(host).readSheets(sheets.map((s) => s.name));
    report('3 sheets', host);

    expect(host.roundTrips).toBe(2);
    expectSameCells(workbook.sheets[0]!, sheets[0]!);
    expectSameCells(workbook.sheets[1]!, sheets[1]!);
    expect(workbook.sheets[2]).toMatchObject({ name: 'Trống', values: [], merges: [] });
    // Indent, bold and font name come from getCellProperties (ExcelApi 1.9).
    const styles = workbook.sheets[0]!.styles!;
    expect(styles[3]![1]).toEqual({ indent: 1, bold: false, fontName: 'Calibri' });
    expect(styles[2]![1]).toEqual({ indent: 0, bold: true, fontName: 'Calibri' });
    expect(workbook.sheets[0]!.values[5]![5]).toEqual({ error: '#DIV/0!' });
    expect(workbook.name).toBe('Book1.xlsx');
  });

  it('reads the styles of the label columns, not of the figure columns', async () => {
    const built = indicatorSheet('Biểu 01');
    const host = doubleFromSnapshots([built]);
    const [read] = (await readAccess(host).readSheets(['Biểu 01'])).sheets;
    // STT and Chỉ tiêu come with the values; the figures (D to F) have no style at all.
    expect(read!.styles!.map((row) => row.map((style) => style !== null))).toEqual(
      built.values.map(() => [true, true, false, false, false, false]),
    );
  });

  it('finds the label column further right and reads its indents one round trip later', async () => {
    // Mã số and STT first: the label column is C, found from the text it holds.
    const built = sheet(
      'Biểu 03',
      [
        ['Mã số', 'STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023'],
        [101, 'I', 'Tổng sản phẩm trên địa bàn tỉnh', 'tỷ đồng', 1300, 1310.25],
        [102, '1', 'Nông, lâm nghiệp và thủy sản', 'tỷ đồng', 450, 455.25],
        [103, '2', 'Công nghiệp và xây dựng', 'tỷ đồng', 850, 855],
        [104, 'II', 'Dân số trung bình', 'nghìn người', 1320.5, 1331.2],
      ],
      { indents: { C3: 1, C4: 1 } },
    );
    const host = doubleFromSnapshots([built]);
    const [read] = (await readAccess(host).readSheets(['Biểu 03'])).sheets;
    expect(host.roundTrips).toBe(3);
    expect(read!.styles!.map((row) => row[2]?.indent)).toEqual([0, 0, 1, 1, 0]);
    expect(read!.styles!.every((row) => row[2]?.fontName === 'Calibri')).toBe(true);
    // The unit and figure columns are not read.
    expect(read!.styles!.every((row) => row.slice(3).every((style) => style === null))).toBe(true);
    expect(read!.values).toEqual(built.values);
  });

  it('reads which sheets, rows and columns are hidden in the same two round trips', async () => {
    const shown = sheet('Biểu 01', indicatorSheet('Biểu 01', 'C4').values, { origin: 'C4', hiddenRows: [6, 7], hiddenColumns: ['E', 'F', 'G'] });
    const allHidden = sheet('Nháp', [['x'], ['y']], { hiddenRows: [1, 2], visibility: 'hidden' });
    const host = doubleFromSnapshots([shown, allHidden, sheet('Dữ liệu', [[1]], { visibility: 'veryHidden' }), sheet('Trống', [])]);
    const { sheets } = await readAccess(host).readSheets(host.sheetNames());
    expect(host.roundTrips).toBe(2);
    expect(sheets.map((s) => [s.visibility, s.hiddenRows ?? [], s.hiddenColumns ?? []])).toEqual([
      ['visible', [6, 7], [5, 6, 7]],
      ['hidden', [1, 2], []],
      ['veryHidden', [], []],
      ['visible', [], []],
    ]);
    expectSameCells(sheets[0]!, shown);
  });

  it('reads a sheet with some hidden rows as all visible where rows cannot be read one by one (below ExcelApi 1.9)', async () => {
    const host = doubleFromSnapshots([sheet('Biểu 01', indicatorSheet('Biểu 01').values, { hiddenRows: [3], hiddenColumns: ['A'] })], { apiVersion: '1.8' });
    const [read] = (await readAccess(host).readSheets(['Biểu 01'])).sheets;
    expect(read).toMatchObject({ visibility: 'visible', hiddenRows: [], hiddenColumns: [] });
  });

  it('reads a block of rows with its hidden rows, whatever the block size', async () => {
    const big = { ...bigSheet('Số liệu', 2_000), hiddenRows: [1, 2, 500, 1999], hiddenColumns: [3] };
    const host = doubleFromSnapshots([big], { payloadLimit: 250_000 });
    const [read] = (await officeAccessOn(host, { payloadBudget: 200_000 }).readSheets(['Số liệu'])).sheets;
    expect(host.roundTrips).toBeGreaterThan(3);
    expect(read).toMatchObject({ hiddenRows: [1, 2, 500, 1999], hiddenColumns: [3] });
  });

  it('takes the same number of round trips for 30 sheets as for 3', async () => {
    const three = doubleFromSnapshots([1, 2, 3].map((n) => indicatorSheet(`Biểu ${n}`)));
    await readAccess(three).readSheets(three.sheetNames());
    const thirty = doubleFromSnapshots(Array.from({ length: 30 }, (_, n) => indicatorSheet(`Biểu ${n + 1}`)));
    await readAccess(thirty).readSheets(thirty.sheetNames());
    report('30 sheets', thirty);
    expect(thirty.roundTrips).toBe(three.roundTrips);
  });

  it('reads a 20,000-row sheet in blocks: few round trips, none over 5 MB, every cell right', async () => {
    const big = bigSheet('Số liệu', 20_000);
    for (const apiVersion of ['1.17', '1.8']) {
      const host = doubleFromSnapshots([big], { apiVersion });
      const progress: { done: number; total: number }[] = [];
      const workbook = await readAccess(host).readSheets(['Số liệu'], (p) => progress.push(p));
      report(`20,000 rows x 12 columns, ExcelApi ${apiVersion}`, host);

      expect(host.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      expect(host.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      expect(host.syncs.every((sync) => sync.error === null)).toBe(true);
      // One sync to find the data, then at most one per 4 MB of response (the budget is 4.5 MB), plus the first
      // block sized before anything was measured.
      expect(host.roundTrips).toBeLessThanOrEqual(2 + Math.ceil(host.totalResponseBytes / 4_000_000) + 1);
      expectSameCells(workbook.sheets[0]!, big);
      expect(workbook.sheets[0]!.styles !== undefined).toBe(apiVersion === '1.17');
      // Progress after each sync, in cells, ending at the total.
      expect(progress.length).toBe(host.roundTrips);
      expect(progress.at(-1)).toEqual({ done: 240_000, total: 240_000 });
      expect(progress.every((p, i) => i === 0 || p.done > progress[i - 1]!.done)).toBe(true);
    }
  });

  it('reads a big sheet among small ones without extra round trips for the small ones', async () => {
    const alone = doubleFromSnapshots([bigSheet('Số liệu', 5_000)]);
    await readAccess(alone).readSheets(['Số liệu']);
    const withSmall = doubleFromSnapshots([indicatorSheet('Biểu 01'), bigSheet('Số liệu', 5_000), indicatorSheet('Biểu 02')]);
    const workbook = await readAccess(withSmall).readSheets(withSmall.sheetNames());
    report('5,000 rows and two small sheets', withSmall);
    expect(withSmall.roundTrips).toBeLessThanOrEqual(alone.roundTrips + 1);
    expect(workbook.sheets.map((s) => s.values.length)).toEqual([7, 5_000, 7]);
  });

  it('leaves styles out below ExcelApi 1.9 and merges out below 1.13, and still reads every value', async () => {
    const built = indicatorSheet('Biểu 01');
    for (const [apiVersion, styles, merges] of [
      ['1.13', true, true],
      ['1.12', true, false],
      ['1.8', false, false],
      ['1.1', false, false],
    ] as const) {
      const host = doubleFromSnapshots([built, sheet('Trống', [])], { apiVersion });
      const workbook = await readAccess(host).readSheets(['Biểu 01', 'Trống']);
      const read = workbook.sheets[0]!;
      expect(read.values, apiVersion).toEqual(built.values);
      expect(read.formulas, apiVersion).toEqual(built.formulas);
      expect(read.styles !== undefined, apiVersion).toBe(styles);
      expect(read.merges, apiVersion).toEqual(merges ? built.merges : []);
      // Below 1.4 an empty sheet's used range is A1: still an empty snapshot.
      expect(workbook.sheets[1]!.values, apiVersion).toEqual([]);
      // Below 1.7 the name comes from the document.
      expect(workbook.name).toBe('Book1.xlsx');
    }
  });

  it('retries once with half-size blocks after a payload error', async () => {
    const big = bigSheet('Số liệu', 3_000);
    const host = doubleFromSnapshots([big]);
    host.failSyncs('ResponsePayloadSizeLimitExceeded', { after: 1 });
    const workbook = await readAccess(host).readSheets(['Số liệu']);
    report('3,000 rows after one payload error', host);
    expect(host.syncs.map((sync) => sync.error)).toContain('ResponsePayloadSizeLimitExceeded');
    expectSameCells(workbook.sheets[0]!, big);
  });

  it('fails with payloadTooLarge when half-size blocks fail too', async () => {
    const host = doubleFromSnapshots([bigSheet('Số liệu', 3_000)]);
    host.failSyncs('ResponsePayloadSizeLimitExceeded', { after: 1, count: 2 });
    expect(await problemOf(readAccess(host).readSheets(['Số liệu']))).toEqual({ kind: 'payloadTooLarge' });
  });

  it('sizes blocks to a smaller limit by measuring, without a payload error', async () => {
    const big = bigSheet('Số liệu', 2_000);
    const host = doubleFromSnapshots([big], { payloadLimit: 250_000 });
    const workbook = await officeAccessOn(host, { payloadBudget: 200_000 }).readSheets(['Số liệu']);
    report('2,000 rows with a 250 kB limit', host);
    expect(host.syncs.every((sync) => sync.error === null)).toBe(true);
    expect(host.maxResponseBytes).toBeLessThanOrEqual(250_000);
    expectSameCells(workbook.sheets[0]!, big);
  });

  it('refuses at once a used range too big to be an indicator table, naming the sheet and the range (a stray entry far away)', async () => {
    const host = doubleFromSnapshots([indicatorSheet('Biểu 01'), indicatorSheet('Biểu 02')]);
    host.sheet('Biểu 02').cellForWrite(400_000, 12).value = 'x';
    expect(await problemOf(readAccess(host).readSheets(['Biểu 01', 'Biểu 02']))).toEqual({ kind: 'sheetTooLarge', sheet: 'Biểu 02', range: 'A1:L400000', cells: 4_800_000 });
    expect(host.roundTrips).toBe(1);
  });

  it('asks for fewer sheets only when the sheets are too large together, none by itself', async () => {
    const host = doubleFromSnapshots([indicatorSheet('Biểu 01'), indicatorSheet('Biểu 02')]);
    host.sheet('Biểu 01').cellForWrite(200_000, 10).value = 'x';
    host.sheet('Biểu 02').cellForWrite(200_000, 10).value = 'x';
    expect(await problemOf(readAccess(host).readSheets(['Biểu 01', 'Biểu 02']))).toEqual({ kind: 'payloadTooLarge' });
  });

  it('reports cell edit mode and a missing sheet as AddinErrors', async () => {
    const host = doubleFromSnapshots([indicatorSheet('Biểu 01')]);
    host.cellEditMode = true;
    expect(await problemOf(readAccess(host).readSheets(['Biểu 01']))).toEqual({ kind: 'cellEditMode' });
    host.cellEditMode = false;
    expect(await problemOf(readAccess(host).readSheets(['Không có']))).toMatchObject({ kind: 'unknown', code: 'ItemNotFound' });
  });
});
