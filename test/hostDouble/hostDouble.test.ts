/** The host double must be as strict as Excel where the adapter could go wrong. */
// These tests break Office.js's rules on purpose, to see the double refuse what Excel refuses.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load, office-addins/no-empty-load */
import { describe, expect, it } from 'vitest';
import { OfficeErrorDouble, doubleFromGrids } from '../../src/hostDouble';

const codeOf = async (work: Promise<unknown>): Promise<string> =>
  work.then(
    () => 'no error',
    (error: unknown) => (error instanceof OfficeErrorDouble ? error.code : String(error)),
  );

const codeOfSync = (work: () => unknown): string => {
  try {
    work();
    return 'no error';
  } catch (error) {
    return error instanceof OfficeErrorDouble ? error.code : String(error);
  }
};

describe('ExcelHostDouble', () => {
  it('throws on reading a property before it is loaded and synced, and on empty loads', async () => {
    const host = doubleFromGrids({ A: [[1, 'x']] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('A').getRange('A1:B1');
      expect(codeOfSync(() => range.values)).toBe('PropertyNotLoaded');
      range.load('values');
      expect(codeOfSync(() => range.values)).toBe('PropertyNotLoaded');
      await context.sync();
      expect(range.values).toEqual([[1, 'x']]);
      expect(codeOfSync(() => range.formulas)).toBe('PropertyNotLoaded');
      expect(codeOfSync(() => range.load())).toBe('InvalidArgument');
      expect(codeOfSync(() => context.workbook.worksheets.items)).toBe('PropertyNotLoaded');
    });
    expect(host.roundTrips).toBe(1);
  });

  it('fails API beyond its ExcelApi version at the sync', async () => {
    const host = doubleFromGrids({ A: [[1]] }, { apiVersion: '1.8' });
    expect(host.requirements.supports('1.8')).toBe(true);
    expect(host.requirements.supports('1.10')).toBe(false);
    const code = await codeOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('A').getRange('A1').getCellProperties({ format: { indentLevel: true } });
        await context.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
  });

  it('measures each sync and refuses one over the limit', async () => {
    const host = doubleFromGrids({ A: [['x'.repeat(1000)]] }, { payloadLimit: 2_000 });
    const big = Array.from({ length: 3 }, () => ['y'.repeat(1000)]);
    const request = await codeOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('A').getRange('A1:A3').values = big;
        await context.sync();
      }),
    );
    expect(request).toBe('RequestPayloadSizeLimitExceeded');
    expect(host.cellAt('A', 'A2').value).toBeNull();
    host.sheet('A').cellForWrite(2, 1).value = 'z'.repeat(1500);
    const response = await codeOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('A').getRange('A1:A2').load('values');
        await context.sync();
      }),
    );
    expect(response).toBe('ResponsePayloadSizeLimitExceeded');
    expect(host.syncs.map((sync) => sync.error)).toEqual(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);
  });

  it('reads written text as Excel reads typing, unless it starts with an apostrophe', async () => {
    const host = doubleFromGrids({ A: [[null]] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRange('A1:F1').values = [['1.5', "'1.5", 'TRUE', '=HYPERLINK("#\'A\'!B2","đi tới")', '12%', 'chữ']];
      await context.sync();
    });
    expect(host.cells('A').map((cell) => cell.value)).toEqual([1.5, '1.5', true, 'đi tới', 0.12, 'chữ']);
    expect(host.cellAt('A', 'D1').formula).toBe('=HYPERLINK("#\'A\'!B2","đi tới")');
  });

  it('sets cell properties cell by cell from ExcelApi 1.9, measuring the whole array, refusing what it does not model', async () => {
    const host = doubleFromGrids({ A: [['x', 'y'], ['z', null]] });
    const properties: Excel.SettableCellProperties[][] = [
      [{ format: { fill: { color: '#c6efce' }, font: { bold: true, color: '#006100' } } }, {}],
      [{ hyperlink: { documentReference: "'A'!B1", textToDisplay: 'đi tới' }, format: { font: { underline: 'Single' } } }, {}],
    ];
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRange('A1:B2').setCellProperties(properties);
      await context.sync();
    });
    expect(host.cellAt('A', 'A1')).toMatchObject({ value: 'x', fill: '#C6EFCE', bold: true, fontColor: '#006100' });
    expect(host.cellAt('A', 'B1')).toMatchObject({ value: 'y', fill: null, bold: false });
    expect(host.cellAt('A', 'A2')).toMatchObject({
      value: 'đi tới',
      formula: null,
      underline: 'Single',
      hyperlink: { documentReference: "'A'!B1", textToDisplay: 'đi tới' },
    });
    expect(host.syncs[0]!.requestBytes).toBeGreaterThan(new TextEncoder().encode(JSON.stringify(properties)).length);

    const refused = (apiVersion: string, address: string, cells: Excel.SettableCellProperties[][]) =>
      codeOf(
        doubleFromGrids({ A: [[1]] }, { apiVersion }).run(async (context) => {
          context.workbook.worksheets.getItem('A').getRange(address).setCellProperties(cells);
          await context.sync();
        }),
      );
    expect(await refused('1.17', 'A1', [[{ format: { horizontalAlignment: 'Left' } }]])).toBe('InvalidArgument');
    expect(await refused('1.17', 'A1:A2', [[{}]])).toBe('InvalidArgument');
    expect(await refused('1.8', 'A1', [[{}]])).toBe('ApiNotFound');
  });

  it('refuses writes into a protected sheet and sheet changes in a protected workbook', async () => {
    const host = doubleFromGrids({ A: [[1]], B: [[2]] });
    host.sheet('A').protected = true;
    const write = await codeOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('A').getRange('A1').format.fill.color = '#FF0000';
        await context.sync();
      }),
    );
    expect(write).toBe('AccessDenied');
    host.workbook.protected = true;
    const add = await codeOf(
      host.run(async (context) => {
        context.workbook.worksheets.add('C');
        await context.sync();
      }),
    );
    expect(add).toBe('AccessDenied');
    expect(host.sheetNames()).toEqual(['A', 'B']);
  });

  it('fails every sync in cell edit mode, before anything runs', async () => {
    const host = doubleFromGrids({ A: [[1]] });
    host.cellEditMode = true;
    const code = await codeOf(
      host.run(async (context) => {
        context.workbook.worksheets.add('B');
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidOperationInCellEditMode');
    expect(host.sheetNames()).toEqual(['A']);
  });

  it('records the selection: each sheet keeps its own, activate() switches sheets, select() needs the active sheet', async () => {
    const host = doubleFromGrids({ A: [[1]], 'Biểu 02': [[2]] });
    expect(host.selection).toEqual({ sheet: 'A', address: 'A1' });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Biểu 02');
      sheet.activate();
      sheet.getRange('E19').select();
      await context.sync();
    });
    expect(host.selection).toEqual({ sheet: 'Biểu 02', address: 'E19' });
    expect(host.activeSheet).toBe('Biểu 02');

    await host.run(async (context) => {
      context.workbook.worksheets.getItem('A').activate();
      await context.sync();
    });
    expect(host.selection).toEqual({ sheet: 'A', address: 'A1' });

    const elsewhere = await codeOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Biểu 02').getRange('B2:C3').select();
        await context.sync();
      }),
    );
    expect(elsewhere).toBe('InvalidSelection');
    expect(host.selection).toEqual({ sheet: 'A', address: 'A1' });

    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Biểu 02').activate();
      await context.sync();
    });
    expect(host.selection).toEqual({ sheet: 'Biểu 02', address: 'E19' });
  });

  it('tells subscribers after every sync, good or failed', async () => {
    const host = doubleFromGrids({ A: [[1]] });
    const seen: number[] = [];
    const unsubscribe = host.subscribe(() => seen.push(host.revision));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRange('B1').values = [[2]];
      await context.sync();
    });
    host.failSyncs('GeneralException');
    await codeOf(
      host.run(async (context) => {
        context.workbook.worksheets.add('B');
        await context.sync();
      }),
    );
    unsubscribe();
    host.changed();
    expect(seen).toEqual([1, 2]);
    expect(host.revision).toBe(3);
  });

  it('freezes rows and columns at once with freezeAt (ExcelApi 1.7), as the frozen block counted from A1', async () => {
    const host = doubleFromGrids({ A: [[1]] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('A').freezePanes.freezeAt('A1:C7');
      await context.sync();
    });
    expect([host.sheet('A').frozenRows, host.sheet('A').frozenColumns]).toEqual([7, 3]);
    const old = doubleFromGrids({ A: [[1]] }, { apiVersion: '1.6' });
    expect(await codeOf(old.run(async (context) => {
      context.workbook.worksheets.getItem('A').freezePanes.freezeAt('A1:C7');
      await context.sync();
    }))).toBe('ApiNotFound');
  });

  it('keeps a page layout from ExcelApi 1.9, refusing a zoom that is both a scale and pages, and title rows that are not whole rows', async () => {
    const layoutWith = (apiVersion: string, change: (layout: Excel.PageLayout) => void) =>
      codeOf(
        doubleFromGrids({ A: [[1]] }, { apiVersion }).run(async (context) => {
          change(context.workbook.worksheets.getItem('A').pageLayout);
          await context.sync();
        }),
      );
    expect(await layoutWith('1.9', (layout) => (layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }))).toBe('no error');
    expect(await layoutWith('1.9', (layout) => (layout.zoom = { scale: 80, horizontalFitToPages: 1 }))).toBe('InvalidArgument');
    expect(await layoutWith('1.9', (layout) => layout.setPrintTitleRows('A4:B4'))).toBe('InvalidArgument');
    expect(await layoutWith('1.8', (layout) => (layout.orientation = 'Landscape'))).toBe('ApiNotFound');
  });

  it('adds a chart over a range of its sheet, with a title and a position', async () => {
    const host = doubleFromGrids({ A: [['Biểu', 'TH/KH'], ['B1', 98.5]] });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('A');
      const chart = sheet.charts.add('BarClustered', sheet.getRange('A1:B2'), 'Columns');
      chart.title.text = 'TH/KH';
      chart.setPosition('D2', 'I14');
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.axes.categoryAxis.position = 'Maximum';
      await context.sync();
    });
    expect(host.sheet('A').charts).toEqual([
      {
        type: 'BarClustered',
        source: 'A1:B2',
        seriesBy: 'Columns',
        title: 'TH/KH',
        position: { start: 'D2', end: 'I14' },
        categoryAxis: { reversePlotOrder: true, position: 'Maximum' },
      },
    ]);
  });
});
