import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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

/** Body rows of the table as objects keyed by header text. */
function tableRecords(sheet: PlannedSheet): Record<string, PlannedCell>[] {
  const header = sheet.rows[sheet.headerRow - 1]!.map((cell) => String(cell.value));
  const body = sheet.rows.slice(sheet.headerRow, sheet.table!.bottom);
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? { value: null }])));
}

describe('the Summary sheet', () => {
  it('is named in the user language and titled with the workbook and the date', () => {
    const sheet = sheetOf('summary');
    expect(sheet.name).toBe('Tổng hợp');
    expect(sheet.rows[0]![0]!.value).toContain('quang-ninh-2020.xlsx');
    expect(sheet.rows[1]![0]!.value).toContain('05/01/2021');
    expect(sheetOf('summary', 'en').name).toBe('Summary');
  });

  it('has one row per indicator under a frozen, filtered header', () => {
    const sheet = sheetOf('summary');
    expect(sheet.headerRow).toBe(4);
    expect(sheet.frozenRows).toBe(4);
    expect(sheet.rows[3]!.map((cell) => cell.value)).toEqual([
      'Biểu', 'TT', 'Chỉ tiêu', 'Đơn vị tính', 'Cùng kỳ năm trước', 'Kế hoạch', 'Thực hiện', 'TH/KH (%)', 'So với cùng kỳ', 'Đánh giá',
    ]);
    expect(sheet.table).toEqual({ top: 4, left: 1, bottom: 7, right: 10 });
    expect(tableRecords(sheet).map((row) => row['Chỉ tiêu']!.value)).toEqual([
      'Tạo việc làm tăng thêm', 'Tỷ lệ hộ nghèo', 'Cai nghiện ma túy',
    ]);
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
    expect(sheet.rows[4]![0]!.value).toMatch(/^Không đọc được chỉ tiêu nào, nên chưa kiểm tra được gì/);
    const findings = plan.sheets.find((planned) => planned.kind === 'findings')!;
    expect(findings.rows.flat().map((cell) => cell.value)).not.toContain('Không phát hiện sai lệch.');
    expect(sheet.table).toEqual({ top: 4, left: 1, bottom: 5, right: 10 });
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
