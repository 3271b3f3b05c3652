/**
 * A workbook of one sheet per commune plus a total sheet, built in memory from the real district
 * table test/fixtures/chitieu-nn-dahuoai-2020.xlsx: its sheet "ChitieuNN" holds the "Toàn huyện"
 * group (D–H) and one five-column group per commune (I–M … BB–BF), header rows 4–7, data from
 * row 8. Each group becomes a sheet with the STT, Chỉ tiêu, ĐVT columns and its five columns moved
 * to D–H, under the same header text; cells keep their rows.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { columnLetter } from '../../src/core/address';
import { fixturesDir, readWorkbook } from './workbooks';

export const districtSource = path.join(fixturesDir, 'chitieu-nn-dahuoai-2020.xlsx');
export const totalSheetName = 'Toàn huyện';

const FIRST_GROUP_COLUMN = 4;
const GROUP_WIDTH = 5;
const SHARED_COLUMNS = 3;
const GROUP_TITLE_ROW = 4;
const HEADER_RANGES = ['A4:A6', 'B4:B6', 'C4:C6', 'D4:H4', 'D5:D7', 'E5:E7', 'F5:F7', 'G5:H5', 'G6:G7', 'H6:H7'];

export interface SplitGroup {
  /** The sheet built from the group. */
  sheet: string;
  /** The group's first column in "ChitieuNN" (TH 2019; then KH 2020, ƯTH 2020, two comparisons). */
  sourceColumn: number;
}

export interface DistrictWorkbook {
  /** The original sheet, for expectations computed from its raw cells. */
  source: ExcelJS.Worksheet;
  /** The total group first, then the communes in the source's order. */
  groups: SplitGroup[];
  workbook: ExcelJS.Workbook;
}

/** "Ủy Ban Nhân Dân Xã Ka Đô" → "Xã Ka Đô": the commune's name, short enough for a sheet name. */
function communeName(title: string): string {
  return title.replace(/^Ủy Ban Nhân Dân\s+/i, '').trim();
}

export async function districtWorkbook(): Promise<DistrictWorkbook> {
  const source = (await readWorkbook(districtSource)).getWorksheet('ChitieuNN')!;
  const groups: SplitGroup[] = [];
  for (let column = FIRST_GROUP_COLUMN; column + GROUP_WIDTH - 1 <= source.columnCount; column += GROUP_WIDTH) {
    const title = String(source.getCell(GROUP_TITLE_ROW, column).value ?? '').trim();
    if (title === '') break;
    groups.push({ sheet: column === FIRST_GROUP_COLUMN ? totalSheetName : communeName(title), sourceColumn: column });
  }

  const workbook = new ExcelJS.Workbook();
  for (const group of groups) {
    const sheet = workbook.addWorksheet(group.sheet);
    const columns = [
      ...Array.from({ length: SHARED_COLUMNS }, (_, i) => i + 1),
      ...Array.from({ length: GROUP_WIDTH }, (_, i) => group.sourceColumn + i),
    ];
    source.eachRow({ includeEmpty: false }, (row, r) => {
      columns.forEach((from, i) => {
        const { value } = row.getCell(from);
        // Title rows are merged over the whole width: their text sits in column A only.
        if (value !== null && (r >= GROUP_TITLE_ROW || i === 0)) sheet.getCell(r, i + 1).value = value;
      });
    });
    for (const range of HEADER_RANGES) sheet.mergeCells(range);
    sheet.mergeCells(`A1:${columnLetter(SHARED_COLUMNS + GROUP_WIDTH)}1`);
  }
  return { source, groups, workbook };
}
