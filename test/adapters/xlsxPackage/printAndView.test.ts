/**
 * How the checked copy opens and prints, read from the written package's XML itself (not through
 * a library that could forgive or fill in what is missing): page setup, print titles and area,
 * frozen panes, the sheet it opens on, and the chart's parts and their relationships.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readSnapshots } from '../../../src/adapters/exceljs/readWorkbook';
import { addPlannedSheetsToPackage } from '../../../src/adapters/xlsxPackage/plannedSheetsPackage';
import { checkWorkbook, wordResult } from '../../../src/core';
import { defaultSettings } from '../../../src/core/settings';
import { buildSummaryPlan, type SummaryPlan } from '../../../src/summaryPlan';
import { fixturesDir, readWorkbook } from '../../helpers/workbooks';

const checkedAt = new Date(2024, 2, 1);
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Written {
  zip: JSZip;
  plan: SummaryPlan;
  xml(name: string): Promise<Document>;
  /** The package path of each sheet, by name, from workbook.xml and its relationships. */
  sheetPart(name: string): Promise<string>;
}

async function written(file: string, edit?: (zip: JSZip) => Promise<void>): Promise<Written> {
  let bytes: Uint8Array = new Uint8Array(await readFile(path.join(fixturesDir, file)));
  if (edit) {
    const original = await JSZip.loadAsync(bytes);
    await edit(original);
    bytes = await original.generateAsync({ type: 'uint8array' });
  }
  const workbook = await readWorkbook(path.join(fixturesDir, file));
  const result = checkWorkbook({ name: file, sheets: readSnapshots(workbook) }, defaultSettings);
  const plan = buildSummaryPlan(wordResult(result, 'vi'), { existingSheetNames: workbook.worksheets.map((s) => s.name), checkedAt });
  const zip = await JSZip.loadAsync(addPlannedSheetsToPackage(bytes, plan.sheets));
  const xml = async (name: string) => new DOMParser().parseFromString(await zip.file(name)!.async('string'), 'text/xml');
  return {
    zip,
    plan,
    xml,
    async sheetPart(name) {
      const sheet = elements(await xml('xl/workbook.xml'), 'sheet').find((s) => s.getAttribute('name') === name)!;
      const id = sheet.getAttributeNS(REL, 'id');
      const rel = elements(await xml('xl/_rels/workbook.xml.rels'), 'Relationship').find((r) => r.getAttribute('Id') === id)!;
      return path.posix.join('xl', rel.getAttribute('Target')!);
    },
  };
}

function elements(doc: Document | Element, localName: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS('*', localName) as unknown as ArrayLike<Element>);
}

function only(doc: Document | Element, localName: string): Element {
  const found = elements(doc, localName);
  expect(found, localName).toHaveLength(1);
  return found[0]!;
}

describe('the checked copy as it opens and prints', () => {
  it('prints both sheets A4 landscape, one page wide, as long as needed', async () => {
    const book = await written('quang-ninh-2020.xlsx');
    for (const name of ['Tổng hợp', 'Kiểm tra']) {
      const sheet = await book.xml(await book.sheetPart(name));
      const setup = only(sheet, 'pageSetup');
      expect(setup.getAttribute('orientation'), name).toBe('landscape');
      expect(setup.getAttribute('paperSize'), name).toBe('9');
      expect(setup.getAttribute('fitToWidth'), name).toBe('1');
      expect(setup.getAttribute('fitToHeight'), name).toBe('0');
      expect(only(only(sheet, 'sheetPr'), 'pageSetUpPr').getAttribute('fitToPage'), name).toBe('1');
      // The schema's order: sheetPr first, pageSetup after the margins.
      const children = Array.from(sheet.documentElement!.childNodes as unknown as ArrayLike<Element>)
        .filter((node) => node.nodeType === 1)
        .map((node) => node.localName);
      expect(children[0]).toBe('sheetPr');
      expect(children.indexOf('pageSetup')).toBe(children.indexOf('pageMargins') + 1);
    }
  });

  it('repeats the table header on every page and prints the table columns only', async () => {
    const book = await written('quang-ninh-2020.xlsx');
    const names = elements(await book.xml('xl/workbook.xml'), 'definedName');
    const local = (name: string, position: number) =>
      names.find((n) => n.getAttribute('name') === name && n.getAttribute('localSheetId') === String(position))?.textContent;
    expect(local('_xlnm.Print_Titles', 1)).toBe("'Tổng hợp'!$7:$7");
    expect(local('_xlnm.Print_Area', 1)).toBe("'Tổng hợp'!$A:$K");
    expect(local('_xlnm.Print_Titles', 2)).toBe("'Kiểm tra'!$4:$4");
    expect(local('_xlnm.Print_Area', 2)).toBe("'Kiểm tra'!$A:$J");
  });

  it('freezes rows and columns: the summary at its first figure column, the findings after the cell', async () => {
    const book = await written('quang-ninh-2020.xlsx');
    const summaryPane = only(await book.xml(await book.sheetPart('Tổng hợp')), 'pane');
    expect([summaryPane.getAttribute('xSplit'), summaryPane.getAttribute('ySplit'), summaryPane.getAttribute('topLeftCell')]).toEqual(['3', '7', 'D8']);
    expect(summaryPane.getAttribute('state')).toBe('frozen');
    expect(summaryPane.getAttribute('activePane')).toBe('bottomRight');
    const findingsPane = only(await book.xml(await book.sheetPart('Kiểm tra')), 'pane');
    expect([findingsPane.getAttribute('xSplit'), findingsPane.getAttribute('ySplit'), findingsPane.getAttribute('topLeftCell')]).toEqual(['2', '4', 'C5']);
  });

  it('opens on the findings when there is an error, with only that sheet selected', async () => {
    // The original's sheet was saved selected, as Excel saves the sheet a user last looked at.
    const book = await written('quang-ninh-2020.xlsx', async (zip) => {
      const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      zip.file('xl/worksheets/sheet1.xml', sheet.replace('<sheetView ', '<sheetView tabSelected="1" '));
    });
    expect(book.plan.sheets.find((sheet) => sheet.active)?.name).toBe('Kiểm tra');
    const workbook = await book.xml('xl/workbook.xml');
    expect(only(workbook, 'workbookView').getAttribute('activeTab')).toBe('2');
    const selected: string[] = [];
    for (const name of ['KQ 2020 - KH 2021', 'Tổng hợp', 'Kiểm tra']) {
      const views = elements(await book.xml(await book.sheetPart(name)), 'sheetView');
      if (views.some((view) => view.getAttribute('tabSelected') === '1')) selected.push(name);
    }
    expect(selected).toEqual(['Kiểm tra']);
  });

  it('opens on the summary when nothing is an error', async () => {
    const book = await written('chitieu-nn-dahuoai-2020.xlsx');
    const errors = book.plan.sheets.find((sheet) => sheet.kind === 'findings')!.rows.flat().some((cell) => cell.value === 'Lỗi');
    const active = book.plan.sheets.find((sheet) => sheet.active)!;
    expect(active.kind).toBe(errors ? 'findings' : 'summary');
    const position = elements(await book.xml('xl/workbook.xml'), 'sheet').findIndex((sheet) => sheet.getAttribute('name') === active.name);
    expect(only(await book.xml('xl/workbook.xml'), 'workbookView').getAttribute('activeTab')).toBe(String(position));
  });

  it('adds the chart as a drawing of the summary sheet, related and typed, reading the cells beside the table', async () => {
    const book = await written('quang-ninh-2020.xlsx');
    const summaryPath = await book.sheetPart('Tổng hợp');
    const drawingId = only(await book.xml(summaryPath), 'drawing').getAttributeNS(REL, 'id');
    const sheetRels = elements(await book.xml(path.posix.join(path.posix.dirname(summaryPath), '_rels', `${path.posix.basename(summaryPath)}.rels`)), 'Relationship');
    const drawingRel = sheetRels.find((rel) => rel.getAttribute('Id') === drawingId)!;
    expect(drawingRel.getAttribute('Type')).toBe(`${REL}/drawing`);
    const drawingPath = path.posix.normalize(path.posix.join(path.posix.dirname(summaryPath), drawingRel.getAttribute('Target')!));
    const chartId = only(await book.xml(drawingPath), 'chart').getAttributeNS(REL, 'id');
    const drawingRels = elements(await book.xml(path.posix.join(path.posix.dirname(drawingPath), '_rels', `${path.posix.basename(drawingPath)}.rels`)), 'Relationship');
    const chartRel = drawingRels.find((rel) => rel.getAttribute('Id') === chartId)!;
    expect(chartRel.getAttribute('Type')).toBe(`${REL}/chart`);
    const chartPath = path.posix.normalize(path.posix.join(path.posix.dirname(drawingPath), chartRel.getAttribute('Target')!));
    const chart = await book.xml(chartPath);
    expect(only(chart, 'barDir').getAttribute('val')).toBe('bar');
    const [category, values] = ['cat', 'val'].map((name) => only(only(chart, name), 'f').textContent);
    expect(category).toBe("'Tổng hợp'!$M$8:$M$8");
    expect(values).toBe("'Tổng hợp'!$N$8:$N$8");
    const planned = book.plan.sheets[0]!;
    expect(only(chart, 'numCache').getElementsByTagNameNS('*', 'v')[0]!.textContent).toBe(String(planned.rows[7]![13]!.value));
    const types = await book.xml('[Content_Types].xml');
    const override = (part: string) => elements(types, 'Override').find((o) => o.getAttribute('PartName') === `/${part}`)?.getAttribute('ContentType');
    expect(override(drawingPath)).toBe('application/vnd.openxmlformats-officedocument.drawing+xml');
    expect(override(chartPath)).toBe('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    expect(MAIN).toBe(only(await book.xml(summaryPath), 'worksheet').namespaceURI);
  });
});
