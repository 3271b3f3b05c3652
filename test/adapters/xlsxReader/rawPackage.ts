/**
 * .xlsx packages written part by part, with the project's zip writer, for reader tests: every
 * feature is spelled out in the XML the test shows, instead of left to whatever ExcelJS writes.
 */
import { newEntry, writeZip } from '../../../src/adapters/xlsxPackage/zipArchive';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface RawSheet {
  name: string;
  /** What goes inside <worksheet>: <sheetData>…</sheetData>, <mergeCells>…, <cols>… */
  body: string;
  state?: 'hidden' | 'veryHidden';
  /** A chart sheet: listed in the workbook, not a worksheet. */
  chart?: boolean;
}

export interface RawWorkbook {
  sheets: RawSheet[];
  /** The <si> elements of the shared strings part. */
  sharedStrings?: string[];
  /** The whole styles part, without the XML declaration. */
  styles?: string;
  date1904?: boolean;
}

export function rawPackage(workbook: RawWorkbook): Uint8Array {
  const parts: [string, string][] = [];
  const types = [`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`, `<Default Extension="xml" ContentType="application/xml"/>`];
  const rels: string[] = [];
  const entries: string[] = [];
  workbook.sheets.forEach((sheet, i) => {
    const id = `rId${i + 1}`;
    const state = sheet.state ? ` state="${sheet.state}"` : '';
    entries.push(`<sheet name="${sheet.name}" sheetId="${i + 1}"${state} r:id="${id}"/>`);
    if (sheet.chart) {
      rels.push(`<Relationship Id="${id}" Type="${REL}/chartsheet" Target="chartsheets/sheet${i + 1}.xml"/>`);
      parts.push([`xl/chartsheets/sheet${i + 1}.xml`, `${HEAD}<chartsheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`]);
    } else {
      rels.push(`<Relationship Id="${id}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
      parts.push([`xl/worksheets/sheet${i + 1}.xml`, `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheet.body}</worksheet>`]);
    }
  });
  if (workbook.sharedStrings) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    parts.push(['xl/sharedStrings.xml', `${HEAD}<sst xmlns="${MAIN}" count="${workbook.sharedStrings.length}">${workbook.sharedStrings.join('')}</sst>`]);
  }
  if (workbook.styles) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    parts.push(['xl/styles.xml', HEAD + workbook.styles]);
  }
  const properties = workbook.date1904 ? '<workbookPr date1904="1"/>' : '';
  parts.unshift(
    ['[Content_Types].xml', `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${types.join('')}</Types>`],
    ['_rels/.rels', `${HEAD}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${properties}<sheets>${entries.join('')}</sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `${HEAD}<Relationships xmlns="${PACKAGE_REL}">${rels.join('')}</Relationships>`],
  );
  return writeZip(parts.map(([name, text]) => newEntry(name, text)));
}

/** One sheet's <sheetData> from rows of raw <c> elements, row numbers from 1 unless given. */
export function sheetData(rows: readonly (string | { r: number; attributes?: string; cells: string })[]): string {
  const xml = rows.map((row, i) =>
    typeof row === 'string' ? `<row r="${i + 1}">${row}</row>` : `<row r="${row.r}"${row.attributes ? ` ${row.attributes}` : ''}>${row.cells}</row>`,
  );
  return `<sheetData>${xml.join('')}</sheetData>`;
}
