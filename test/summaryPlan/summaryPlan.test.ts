import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WordedResult } from '../../src/core/model';
import type { PlannedCell, PlannedSheet } from '../../src/summaryPlan';
import { buildSummaryPlan, uniqueSheetName } from '../../src/summaryPlan';
import { figureFormat, formatDate } from '../../src/summaryPlan/sheetParts';
import { finding, indicator, report, resultOf } from '../helpers/reports';

const checkedAt = new Date(2021, 0, 5, 14, 30);
const SHEET = 'KQ 2020 - KH 2021';

const sample = report({
  workbook: 'quang-ninh-2020.xlsx',
  sheets: [
    { name: SHEET, status: 'checked', columns: { code: 'A', label: 'B', plan: 'D', actual: 'E' } },
    { name: 'Biểu 2', status: 'checked' },
    { name: 'Danh sách', status: 'skipped', reason: 'Không tìm thấy cột tên chỉ tiêu.' },
  ],
  indicators: [
    indicator({ sheet: SHEET, row: 12, code: '1', label: 'Tạo việc làm tăng thêm', unit: 'Người', prior: 15000, plan: 15500, actual: 11450, percentOfPlan: 73.87, yoyPercent: -23.67, status: 'missed' }),
    indicator({ sheet: SHEET, row: 8, label: 'Tỷ lệ hộ nghèo', unit: '%', kind: 'rate', direction: 'lower', prior: 0.39, plan: null, planText: '<0,5', actual: 0.1, yoyPoints: -0.29, status: 'achieved' }),
    indicator({ sheet: 'Biểu 2', row: 5, label: 'Cai nghiện ma túy', actual: 900, plan: 900, percentOfPlan: 100, status: 'achieved' }),
  ],
  findings: [
    finding({ sheet: 'Biểu 2', row: 5, cell: 'C5', severity: 'warning', rule: 'stated-percent-mismatch', message: 'Cảnh báo B2.' }),
    finding({ sheet: SHEET, row: 23, cell: 'E23', expected: 915, found: 900, message: 'Tổng các thành phần là 915, biểu ghi 900.' }),
    finding({ sheet: 'Biểu 2', row: 5, cell: 'D5', severity: 'error', message: 'Lỗi B2.' }),
    finding({ sheet: SHEET, row: 12, cell: 'D12', severity: 'info', message: 'Thông tin.' }),
    finding({ sheet: SHEET, row: 19, cell: 'D19', expected: 35892, found: 35164, message: 'Kế hoạch thành phần.' }),
  ],
});

function planOf(language: 'vi' | 'en' = 'vi', existingSheetNames: string[] = [SHEET, 'Biểu 2', 'Danh sách']) {
  return buildSummaryPlan(resultOf(sample, language), { existingSheetNames, checkedAt });
}

function sheetOf(kind: PlannedSheet['kind'], language: 'vi' | 'en' = 'vi'): PlannedSheet {
  return planOf(language).sheets.find((sheet) => sheet.kind === kind)!;
}

/** Body rows of the table as objects keyed by header text; on the Summary, its indicator rows (not the sheet headings). */
function tableRecords(sheet: PlannedSheet): Record<string, PlannedCell>[] {
  const header = sheet.rows[sheet.headerRow - 1]!.map((cell) => String(cell.value));
  const body = sheet.rows.slice(sheet.headerRow, sheet.table!.bottom).filter((cells) => !isSheetHeading(cells));
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? { value: null }])));
}

/** A Summary row naming a sheet: its name in column B, no unit, no status. */
function isSheetHeading(cells: readonly PlannedCell[]): boolean {
  return cells.length > 8 && cells[1]?.bold === true && cells[8]?.value === null;
}

describe('the Summary sheet', () => {
  it('is named in the user language and titled with the workbook and the date', () => {
    const sheet = sheetOf('summary');
    expect(sheet.name).toBe('Tổng hợp');
    expect(sheet.rows[0]![0]!.value).toContain('quang-ninh-2020.xlsx');
    expect(sheet.rows[1]![0]!.value).toContain('05/01/2021');
    expect(sheetOf('summary', 'en').name).toBe('Summary');
  });

  it('has one row per indicator under a heading row per sheet, below a header frozen with the name columns', () => {
    const sheet = sheetOf('summary');
    expect(sheet.headerRow).toBe(7);
    expect(sheet.frozenRows).toBe(7);
    expect(sheet.frozenColumns).toBe(3);
    expect(sheet.rows[6]!.slice(0, 11).map((cell) => cell.value)).toEqual([
      'TT', 'Chỉ tiêu', 'Đơn vị tính', 'Cùng kỳ năm trước', 'Kế hoạch', 'Thực hiện', 'TH/KH (%)', 'So với cùng kỳ', 'Đánh giá', 'Phát hiện', 'Biểu',
    ]);
    // Header names wrap rather than being cut ("Cùng kỳ năm t").
    expect(sheet.rows[6]!.slice(0, 11).every((cell) => cell.wrap)).toBe(true);
    expect(sheet.table).toEqual({ top: 7, left: 1, bottom: 12, right: 11 });
    const body = sheet.rows.slice(7, 12);
    expect(body.map((cells) => [cells[1]!.value, cells[10]!.value])).toEqual([
      [SHEET, SHEET],
      ['Tạo việc làm tăng thêm', SHEET],
      ['Tỷ lệ hộ nghèo', SHEET],
      ['Biểu 2', 'Biểu 2'],
      ['Cai nghiện ma túy', 'Biểu 2'],
    ]);
    expect(body[0]![1]).toMatchObject({ bold: true, link: { sheet: SHEET } });
  });

  it('keeps the heading rows the sheet has among its indicators, and names them as parents on the Findings sheet', () => {
    const withSections: WordedResult = {
      ...resultOf(report({
        sheets: [{ name: SHEET, status: 'checked' }],
        indicators: [
          indicator({ sheet: SHEET, row: 8, label: 'Tỷ lệ hộ nghèo', level: 1, parentRow: 7 }),
          indicator({ sheet: SHEET, row: 12, label: 'Tạo việc làm tăng thêm', level: 1, parentRow: 11 }),
        ],
        findings: [finding({ sheet: SHEET, row: 12, cell: 'E12' })],
      })),
      sheets: [{
        sheet: SHEET,
        tables: [{
          headerRows: [6],
          columns: { label: 2 },
          sections: [
            { row: 7, code: 'I', label: 'Giảm nghèo', level: 0 },
            { row: 11, code: 'II', label: 'Lao động, việc làm', level: 0 },
          ],
        }],
      }],
    };
    const plan = buildSummaryPlan(withSections, { existingSheetNames: [SHEET], checkedAt });
    const summary = plan.sheets[0]!;
    const names = summary.rows.slice(summary.headerRow, summary.table!.bottom).map((cells) => [cells[0]!.value, cells[1]!.value, cells[1]!.bold === true]);
    expect(names).toEqual([
      [null, SHEET, true],
      ['I', 'Giảm nghèo', true],
      [null, 'Tỷ lệ hộ nghèo', false],
      ['II', 'Lao động, việc làm', true],
      [null, 'Tạo việc làm tăng thêm', false],
    ]);
    const [jobs] = tableRecords(plan.sheets.find((sheet) => sheet.kind === 'findings')!);
    expect(jobs!['Thuộc chỉ tiêu']!.value).toBe('Lao động, việc làm');
  });

  it('wraps the names and indents them by level', () => {
    const plan = buildSummaryPlan(
      resultOf(report({
        sheets: [{ name: SHEET, status: 'checked' }],
        indicators: [
          indicator({ sheet: SHEET, row: 5, label: 'Tuyển sinh', level: 1 }),
          indicator({ sheet: SHEET, row: 6, label: 'Cao đẳng', level: 2, parentRow: 5 }),
          indicator({ sheet: SHEET, row: 7, label: 'Nghề nông thôn', level: 3, parentRow: 6 }),
        ],
      })),
      { existingSheetNames: [SHEET], checkedAt },
    );
    const names = tableRecords(plan.sheets[0]!).map((row) => row['Chỉ tiêu']!);
    expect(names.map((cell) => cell.indent ?? 0)).toEqual([0, 1, 2]);
    expect(names.every((cell) => cell.wrap)).toBe(true);
  });

  it('links each indicator to its label cell, in column A when the label column is unknown', () => {
    const [jobs, , rehab] = tableRecords(sheetOf('summary'));
    expect(jobs!['Chỉ tiêu']!.link).toEqual({ sheet: SHEET, row: 12, column: 2 });
    expect(rehab!['Chỉ tiêu']!.link).toEqual({ sheet: 'Biểu 2', row: 5, column: 1 });
  });

  it('shows figures as numbers with separators, percent of plan with one decimal, a ceiling plan as written', () => {
    const [jobs, poor] = tableRecords(sheetOf('summary'));
    expect(jobs!['Thực hiện']).toMatchObject({ value: 11450, numberFormat: '#,##0' });
    expect(jobs!['TH/KH (%)']).toMatchObject({ value: 73.87, numberFormat: '0.0' });
    expect(poor!['Kế hoạch']!.value).toBe('<0,5');
    expect(poor!['TH/KH (%)']!.value).toBeNull();
  });

  it('shows year-on-year change in percent for counts and in points for rates', () => {
    const [jobs, poor] = tableRecords(sheetOf('summary'));
    expect(jobs!['So với cùng kỳ']).toMatchObject({ value: -23.67, numberFormat: '+0.0" %";-0.0" %";0.0" %"' });
    expect(poor!['So với cùng kỳ']).toMatchObject({ value: -0.29 });
    expect(poor!['So với cùng kỳ']!.numberFormat).toContain('điểm %');
    const [, poorEn] = tableRecords(sheetOf('summary', 'en'));
    expect(poorEn!['Year on year']!.numberFormat).toContain('pts');
  });

  it('counts each row\'s findings and links the count to the first of them on the Findings sheet', () => {
    const plan = planOf();
    const summary = plan.sheets[0]!;
    const findings = plan.sheets.find((sheet) => sheet.kind === 'findings')!;
    const [jobs, poor, rehab] = tableRecords(summary);
    expect(jobs!['Phát hiện']).toMatchObject({ value: '1', link: { sheet: 'Kiểm tra', column: 2 } });
    expect(findings.rows[jobs!['Phát hiện']!.link!.row - 1]![1]!.value).toBe('D12');
    expect(poor!['Phát hiện']!.value).toBeNull();
    // Two findings on Biểu 2 row 5: the error is listed first.
    expect(rehab!['Phát hiện']!.value).toBe('2');
    expect(findings.rows[rehab!['Phát hiện']!.link!.row - 1]![1]!.value).toBe('D5');
  });

  it('says when the figures behind a status are flagged as errors, in its own colour', () => {
    const [jobs, , rehab] = tableRecords(sheetOf('summary'));
    // A warning and an info leave the status as it is; an error does not.
    expect(jobs!['Đánh giá']!.value).toBe('Không đạt');
    expect(rehab!['Đánh giá']).toMatchObject({ value: 'Đạt (số liệu có lỗi)', fill: 'E4DFEC' });
    const [, , rehabEn] = tableRecords(sheetOf('summary', 'en'));
    expect(rehabEn!['Status']!.value).toBe('Achieved (figures flagged)');
  });

  it('opens with an overview: indicators by status, findings by severity', () => {
    const sheet = sheetOf('summary');
    const [names, counts] = [sheet.rows[3]!, sheet.rows[4]!].map((cells) => cells.slice(2).map((cell) => cell.value));
    expect(Object.fromEntries(names!.map((name, i) => [name, counts![i]]))).toEqual({
      'Đạt': 2, 'Gần đạt': 0, 'Không đạt': 1, 'Chưa có kế hoạch': 0, 'Trong đó số liệu có lỗi': 1, 'Lỗi': 3, 'Cảnh báo': 1, 'Thông tin': 1,
    });
  });

  it('charts the median percent of plan of each sheet, from cells right of the printed table', () => {
    const sheet = sheetOf('summary');
    const [chart] = sheet.charts!;
    expect(chart!.categories.left).toBeGreaterThan(sheet.print!.columns.last);
    const cellsOf = (block: { top: number; bottom: number; left: number }) =>
      sheet.rows.slice(block.top - 1, block.bottom).map((cells) => cells[block.left - 1]!.value);
    expect(cellsOf(chart!.categories)).toEqual([SHEET, 'Biểu 2']);
    // One percent per sheet here; a median of one is itself.
    expect(cellsOf(chart!.values)).toEqual([73.87, 100]);
    expect(sheet.rows[chart!.seriesName.row - 1]![chart!.seriesName.column - 1]!.value).toBe('TH/KH trung vị (%)');
  });

  it('has no chart when no indicator has a percent of plan', () => {
    const plan = buildSummaryPlan(resultOf(report({ indicators: [indicator({ sheet: SHEET, row: 5, label: 'Lúa' })] })), { existingSheetNames: [], checkedAt });
    expect(plan.sheets[0]!.charts).toBeUndefined();
  });

  it('colours the status: green achieved, red missed', () => {
    const [jobs, poor] = tableRecords(sheetOf('summary'));
    expect(jobs!['Đánh giá']).toMatchObject({ value: 'Không đạt', fill: 'FFC7CE' });
    expect(poor!['Đánh giá']).toMatchObject({ value: 'Đạt', fill: 'C6EFCE' });
    const [jobsEn] = tableRecords(sheetOf('summary', 'en'));
    expect(jobsEn!['Status']!.value).toBe('Missed');
  });

  it('lists skipped sheets with their reason below the table', () => {
    const sheet = sheetOf('summary');
    const below = sheet.rows.slice(sheet.table!.bottom).map((cells) => cells.map((cell) => cell.value));
    expect(below).toContainEqual(['Danh sách', 'Không tìm thấy cột tên chỉ tiêu.']);
  });

  it('says so when no indicator was found, on both sheets, and never as an all-clear', () => {
    const plan = buildSummaryPlan(resultOf(report(), 'vi'), { existingSheetNames: [], checkedAt });
    const sheet = plan.sheets[0]!;
    expect(sheet.rows[7]![0]!.value).toMatch(/^Không đọc được chỉ tiêu nào, nên chưa kiểm tra được gì/);
    const findings = plan.sheets.find((planned) => planned.kind === 'findings')!;
    expect(findings.rows.flat().map((cell) => cell.value)).not.toContain('Không phát hiện sai lệch.');
    expect(sheet.table).toEqual({ top: 7, left: 1, bottom: 8, right: 11 });
  });
});

describe('the Findings sheet', () => {
  it('lists errors first, then by sheet order of the report, then by row', () => {
    const rows = tableRecords(sheetOf('findings'));
    expect(rows.map((row) => [row['Mức độ']!.value, row['Biểu']!.value, row['Ô']!.value])).toEqual([
      ['Lỗi', SHEET, 'D19'],
      ['Lỗi', SHEET, 'E23'],
      ['Lỗi', 'Biểu 2', 'D5'],
      ['Cảnh báo', 'Biểu 2', 'C5'],
      ['Thông tin', SHEET, 'D12'],
    ]);
  });

  it('links the cell, names the indicator of that row and gives expected and found figures', () => {
    const rows = tableRecords(sheetOf('findings'));
    const rehab = rows.find((row) => row['Ô']!.value === 'D5')!;
    expect(rehab['Ô']!.link).toEqual({ sheet: 'Biểu 2', row: 5, column: 4 });
    expect(rehab['Chỉ tiêu']!.value).toBe('Cai nghiện ma túy');
    const sum = rows.find((row) => row['Ô']!.value === 'E23')!;
    expect(sum['Giá trị tính lại']).toMatchObject({ value: 915, numberFormat: '#,##0' });
    expect(sum['Giá trị trên biểu']!.value).toBe(900);
    expect(sum['Nội dung']!.value).toBe('Tổng các thành phần là 915, biểu ghi 900.');
    expect(sum['Chỉ tiêu']!.value).toBeNull();
  });

  it('puts severity, cell and the wrapped message first, then where it is and the figures', () => {
    const sheet = sheetOf('findings');
    expect(sheet.rows[3]!.map((cell) => cell.value)).toEqual([
      'Mức độ', 'Ô', 'Nội dung', 'Biểu', 'Cột', 'Chỉ tiêu', 'Thuộc chỉ tiêu', 'Giá trị trên biểu', 'Giá trị tính lại', 'Chênh lệch (trên biểu − tính lại)',
    ]);
    expect(tableRecords(sheet).every((row) => row['Nội dung']!.wrap)).toBe(true);
    expect(sheet.frozenColumns).toBe(2);
  });

  it('names the column heading, the parent indicator and the difference found − expected where both exist', () => {
    const withParent = report({
      sheets: [{ name: SHEET, status: 'checked' }],
      indicators: [
        indicator({ sheet: SHEET, row: 5, label: 'Lúa' }),
        indicator({ sheet: SHEET, row: 6, label: 'Diện tích', level: 2, parentRow: 5 }),
      ],
      findings: [
        finding({ sheet: SHEET, row: 6, cell: 'E6', columnHeading: 'KH năm 2020', expected: 120.5, found: 100.2 }),
        finding({ sheet: SHEET, row: 5, cell: 'D5', expected: null, found: 7 }),
      ],
    });
    const plan = buildSummaryPlan(resultOf(withParent), { existingSheetNames: [SHEET], checkedAt });
    // Listed by row: Lúa (row 5) first.
    const [rice, area] = tableRecords(plan.sheets.find((sheet) => sheet.kind === 'findings')!);
    expect(area!['Cột']!.value).toBe('KH năm 2020');
    expect(area!['Chỉ tiêu']!.value).toBe('Diện tích');
    expect(area!['Thuộc chỉ tiêu']!.value).toBe('Lúa');
    expect(area!['Chênh lệch (trên biểu − tính lại)']!.value).toBe(-20.3);
    expect(rice!['Cột']!.value).toBeNull();
    expect(rice!['Thuộc chỉ tiêu']!.value).toBeNull();
    expect(rice!['Chênh lệch (trên biểu − tính lại)']!.value).toBeNull();
  });

  it('marks errors red and warnings yellow', () => {
    const rows = tableRecords(sheetOf('findings'));
    expect(rows[0]!['Mức độ']!.fill).toBe('FFC7CE');
    expect(rows[3]!['Mức độ']!.fill).toBe('FFEB9C');
  });

  it('says "No inconsistencies found" when indicators were read and none is flagged', () => {
    const plan = buildSummaryPlan(resultOf(report({ ...sample, findings: [] }), 'en'), { existingSheetNames: [], checkedAt });
    const sheet = plan.sheets.find((s) => s.kind === 'findings')!;
    expect(sheet.name).toBe('Findings');
    expect(sheet.rows[4]![0]!.value).toBe('No inconsistencies found.');
  });
});

describe('printing and opening', () => {
  it('prints every sheet A4 landscape, one page wide, its table header repeated, its table columns only', () => {
    for (const sheet of planOf().sheets) {
      expect(sheet.print, sheet.name).toEqual({
        orientation: 'landscape',
        paperSize: 'A4',
        fitToWidth: 1,
        titleRows: { first: sheet.headerRow, last: sheet.headerRow },
        columns: { first: 1, last: sheet.table!.right },
      });
    }
  });

  it('opens on the findings when one is an error, else on the summary', () => {
    expect(planOf().sheets.filter((sheet) => sheet.active).map((sheet) => sheet.kind)).toEqual(['findings']);
    const warningsOnly = report({ ...sample, findings: sample.findings.filter((f) => f.severity !== 'error') });
    const plan = buildSummaryPlan(resultOf(warningsOnly), { existingSheetNames: [], checkedAt });
    expect(plan.sheets.filter((sheet) => sheet.active).map((sheet) => sheet.kind)).toEqual(['summary']);
  });
});

describe('sheet names', () => {
  it('avoid names already in the workbook, ignoring case as Excel does', () => {
    const plan = planOf('vi', ['tổng hợp', 'Tổng hợp (2)', 'KIỂM TRA']);
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual(['Tổng hợp (3)', 'Kiểm tra (2)']);
  });

  it('stay within 31 characters and without the characters Excel forbids', () => {
    const long = 'Tổng hợp chỉ tiêu kinh tế xã hội năm 2023';
    expect(uniqueSheetName(long, [long.slice(0, 31)])).toMatch(/^.{1,27} \(2\)$/);
    expect(uniqueSheetName('KQ [2020]: a/b', [])).toBe('KQ 2020 a b');
  });

  it('are always valid and new, whatever the base and the names taken', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 31 }), { maxLength: 8 }), (base, taken) => {
        const name = uniqueSheetName(base, taken);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
        expect(taken.map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
      }),
    );
  });
});

describe('formats', () => {
  it('show a figure with the decimals it has, at most three', () => {
    expect(figureFormat(13225)).toBe('#,##0');
    expect(figureFormat(101.28)).toBe('#,##0.00');
    expect(figureFormat(0.1 + 0.2)).toBe('#,##0.0');
    expect(figureFormat(1 / 3)).toBe('#,##0.000');
  });

  it('write dates day first', () => {
    expect(formatDate(new Date(2023, 11, 31))).toBe('31/12/2023');
  });
});
