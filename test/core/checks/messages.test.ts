import { describe, expect, it } from 'vitest';
import type { Finding, RuleId } from '../../../src/core/report';
import type { Language } from '../../../src/core/settings';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { check, checkAll, header2023, sheet } from '../../helpers/sheets';

const n = null;

/** Quảng Ninh's rows 19-25 in place: enrolment (plan does not add up) and drug rehabilitation (actual does not). */
const quangNinh = sheet(
  'KQ 2020 - KH 2021',
  [
    [...header2023], // 18
    ['8', 'Tuyển sinh đào tạo nghề', 'người', n, 35164, 37625], // 19
    [n, 'Chia ra: - Cao đẳng và trung cấp', 'người', n, 6103, 6347], // 20
    [n, '- Sơ cấp và đào tạo nghề dưới 3 tháng', 'người', n, 29789, 31278], // 21
    [n, 'Trong đó: đào tạo nghề cho lao động nông thôn', 'người', n, 1933, 2281], // 22
    ['9', 'Cai nghiện ma túy', 'lượt người', n, 900, 900], // 23
    [n, 'Chia ra: - Cai nghiện tập trung tại Cơ sở cai nghiện ma túy tỉnh', 'lượt người', n, 700, 715], // 24
    [n, '- Cai nghiện tại cộng đồng', 'lượt người', n, 200, 200], // 25
  ],
  { origin: 'A18', indents: { B20: 1, B21: 1, B22: 2, B24: 1, B25: 1 } },
);

/** One sheet with a finding of every rule. */
const everyRule: SheetSnapshot = sheet(
  'Biểu 02',
  [
    [...header2023, 'TH 2023 so với KH (%)'], // 1
    ['1', 'Cai nghiện ma túy', 'lượt người', n, 900, 900, 100], // 2  sum-mismatch on F2
    [n, 'Chia ra: - Cai nghiện tập trung', 'lượt người', n, 700, 715, 102], // 3
    [n, '- Cai nghiện tại cộng đồng', 'lượt người', n, 200, 200, 100], // 4
    ['2', 'Số lao động được giải quyết việc làm', 'người', n, 23000, 23250, 120], // 5  stated-percent-mismatch on G5
    [n, 'Trong đó: Đi làm việc ở nước ngoài theo hợp đồng', 'người', n, n, 25000, n], // 6  subset-exceeds-total on F6
    ['3', 'Cơ cấu lao động', '%', n, n, 100, n], // 7
    [n, '- Nông, lâm nghiệp và thủy sản', '%', n, n, 27.5, n], // 8  shares-not-100 on F8
    [n, '- Công nghiệp và xây dựng', '%', n, n, 37.4, n], // 9
    [n, '- Dịch vụ', '%', n, n, 30, n], // 10
    ['4', 'Kinh phí hỗ trợ', 'triệu đồng', n, n, 2500, n], // 11  unit-mismatch on C11
    [n, 'Chia ra: - Ngân sách tỉnh', 'tỷ đồng', n, n, 1.5, n], // 12
    [n, '- Ngân sách huyện', 'triệu đồng', n, n, 1000, n], // 13
    ['5', 'Tuyển sinh đào tạo nghề', 'người', n, 40000, 40512, 101.28], // 14  formula-omits-row on F14
    [n, 'Chia ra: - Cao đẳng', 'người', n, n, 6347, n], // 15
    [n, '- Trung cấp', 'người', n, n, 2887, n], // 16
    [n, '- Sơ cấp', 'người', n, n, 31278, n], // 17
    ['6', 'Đội hoạt động xã hội tình nguyện', 'đội', n, 25, 'x', n], // 18  unreadable-value on F18
    ['7', 'Tổ chức cai nghiện phục hồi', 'người', n, 1000, 1087, 108.7], // 19
  ],
  { formulas: { F14: '=SUM(F15:F16)' } },
);

function findingsIn(language: Language): Finding[] {
  return check(everyRule, { language }).findings;
}

describe('findings', () => {
  it('name the sheet, the cell, the column, what was expected and what was found', () => {
    const { findings } = check(quangNinh);
    expect(findings).toEqual([
      {
        rule: 'sum-mismatch',
        severity: 'error',
        sheet: 'KQ 2020 - KH 2021',
        row: 19,
        cell: 'E19',
        column: 'plan',
        columnHeading: 'KH 2023',
        expected: 35892,
        found: 35164,
        message: 'Số tổng 35.164 ở ô E19 khác tổng các thành phần (35.892, dòng 20, 21): kiểm tra lại số tổng hoặc các dòng thành phần.',
      },
      {
        rule: 'sum-mismatch',
        severity: 'error',
        sheet: 'KQ 2020 - KH 2021',
        row: 23,
        cell: 'F23',
        column: 'actual',
        columnHeading: 'TH 2023',
        expected: 915,
        found: 900,
        message: 'Số tổng 900 ở ô F23 khác tổng các thành phần (915, dòng 24, 25): kiểm tra lại số tổng hoặc các dòng thành phần.',
      },
    ]);
  });

  it('speak English, with English number grouping, when the language is en', () => {
    const [enrol, rehab] = check(quangNinh, { language: 'en' }).findings;
    expect(enrol!.message).toBe('The total 35,164 in E19 differs from the sum of its parts (35,892, rows 20, 21): check the total or its parts.');
    expect(rehab!.message).toBe('The total 900 in F23 differs from the sum of its parts (915, rows 24, 25): check the total or its parts.');
  });

  it('come from every rule, each on the cell to look at', () => {
    const cells = Object.fromEntries(findingsIn('vi').map((f) => [f.rule, f.cell]));
    expect(cells).toEqual<Partial<Record<RuleId, string>>>({
      'sum-mismatch': 'F2',
      'stated-percent-mismatch': 'G5',
      'subset-exceeds-total': 'F6',
      'shares-not-100': 'F8',
      'unit-mismatch': 'C11',
      'formula-omits-row': 'F14',
      'unreadable-value': 'F18',
    });
  });

  it('say the same thing in Vietnamese and in English, each naming its cell', () => {
    const vi = findingsIn('vi');
    const en = findingsIn('en');
    expect(en.map(({ message: _, ...rest }) => rest)).toEqual(vi.map(({ message: _, ...rest }) => rest));
    const vietnameseWords = /số|dòng|ô |lớn hơn|không|kiểm tra|tổng/i;
    // Rules about several rows name the rows; the others name the cell.
    const namesRows = (rule: RuleId) => rule === 'unit-mismatch' || rule === 'shares-not-100';
    vi.forEach((finding, i) => {
      const english = en[i]!.message;
      const where = namesRows(finding.rule) ? /(dòng|rows?) \d+/i : new RegExp(`\\b${finding.cell}\\b`);
      expect(finding.message).toMatch(where);
      expect(english).toMatch(where);
      expect(finding.message).toMatch(vietnameseWords);
      expect(english).not.toMatch(vietnameseWords);
      expect(english).not.toBe(finding.message);
    });
  });

  it('spell out each rule\'s figures in Vietnamese', () => {
    const byRule = Object.fromEntries(findingsIn('vi').map((f) => [f.rule, f.message]));
    expect(byRule['subset-exceeds-total']).toBe('Số "trong đó" 25.000 ở ô F6 lớn hơn số tổng 23.250 (dòng 5): một phần không thể lớn hơn tổng.');
    expect(byRule['stated-percent-mismatch']).toBe(
      'Tỷ lệ so với kế hoạch ghi ở ô G5 là 120%, nhưng thực hiện/kế hoạch của dòng này là 101,09%: sửa lại tỷ lệ hoặc số liệu.',
    );
    expect(byRule['shares-not-100']).toContain('94,9%');
    expect(byRule['unit-mismatch']).toBe(
      'Dòng 12 tính bằng tỷ đồng trong khi dòng tổng tính bằng triệu đồng: đã quy đổi trước khi cộng; nên thống nhất một đơn vị.',
    );
    expect(byRule['formula-omits-row']).toBe('Công thức ở ô F14 không cộng dòng 17: kiểm tra lại công thức tổng.');
    expect(byRule['unreadable-value']).toBe('Không đọc được "x" ở ô F18 thành số: nhập lại thành số (ví dụ 1.234,5).');
  });

  it('come errors first, then by sheet in workbook order, then by row', () => {
    const report = checkAll('bao-cao.xlsx', [everyRule, quangNinh]);
    const order = report.findings.map((f) => `${f.severity} ${f.sheet}!${f.cell}`);
    expect(order).toEqual([
      'error Biểu 02!F2',
      'error Biểu 02!G5',
      'error Biểu 02!F6',
      'error Biểu 02!F8',
      'error KQ 2020 - KH 2021!E19',
      'error KQ 2020 - KH 2021!F23',
      'warning Biểu 02!C11',
      'warning Biểu 02!F14',
      'warning Biểu 02!F18',
    ]);
  });
});
