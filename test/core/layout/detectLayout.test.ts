import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/snapshot';
import { skipReasons } from '../../../src/core/skipReasons';
import { check, header2023, indicatorAt, sheet } from '../../helpers/sheets';

/** The Thái Nguyên 2023 table: agency block and title, a two-row merged header, a row of column numbers. */
function thaiNguyenTop(dataRows: readonly (readonly CellValue[])[]) {
  const n = null;
  return sheet(
    'Biểu 01',
    [
      ['UBND TỈNH THÁI NGUYÊN', n, n, n, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', n, n, n, 'Độc lập - Tự do - Hạnh phúc'],
      [],
      ['Biểu số 01'],
      ['MỘT SỐ CHỈ TIÊU CHỦ YẾU NGÀNH LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI NĂM 2023'],
      ['(Kèm theo Báo cáo số        /BC-SLĐTBXH ngày      tháng 12 năm 2023 của Sở Lao động - Thương binh và Xã hội)'],
      [],
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2022', 'Năm 2023', n, 'So sánh (%)', n, 'Ghi chú'],
      [n, n, n, n, 'Kế hoạch', 'Ước thực hiện', 'Ước TH/KH', 'Ước TH 2023/TH 2022', n],
      ['A', 'B', 'C', '1', '2', '3', '4=3/2', '5=3/1', '6'],
      ...dataRows,
    ],
    {
      merges: ['A1:C1', 'E1:I1', 'A2:C2', 'E2:I2', 'A4:I4', 'A5:I5', 'A6:I6', 'E8:F8', 'G8:H8', 'A8:A9', 'B8:B9', 'C8:C9', 'D8:D9', 'I8:I9'],
    },
  );
}

describe('header and column roles', () => {
  it('reads a one-row header: number, indicator, unit, prior, plan, actual', () => {
    const result = check(sheet('Biểu 01', [[...header2023], ['1', 'Số lao động được giải quyết việc làm', 'người', 22000, 23000, 23250]]));
    expect(result.sheet).toMatchObject({
      status: 'checked',
      headerRows: [1],
      columns: { code: 'A', label: 'B', unit: 'C', prior: 'D', plan: 'E', actual: 'F' },
    });
    expect(indicatorAt(result, 2)).toMatchObject({ prior: 22000, plan: 23000, actual: 23250, unit: 'người' });
  });

  it('reads a period header by its end year: "KH NQ 2016-2020" is the plan of a 2020 report', () => {
    const result = check(
      sheet('Biểu 01', [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH NQ 2016-2020', 'TH 2020', 'Ước TH giai đoạn 2016 - 2020 so với KH NQ 2016-2020 (%)'],
        ['1', 'Số lao động được giải quyết việc làm', 'người', 22000, 110000, 112000, 101.82],
      ]),
    );
    expect(result.sheet.columns).toMatchObject({ prior: 'D', plan: 'E', actual: 'F', statedPercentOfPlan: 'G' });
  });

  it('reads the Thái Nguyên header: two merged rows, So sánh (%) split into Ước TH/KH and Ước TH 2023/TH 2022, then column numbers', () => {
    const result = check(
      thaiNguyenTop([
        ['I', 'LAO ĐỘNG, VIỆC LÀM VÀ GIÁO DỤC NGHỀ NGHIỆP'],
        ['4', 'Tuyển sinh và đào tạo nghề nghiệp', 'người', null, 40000, 40512, 101.28, null],
      ]),
    );
    expect(result.sheet.status).toBe('checked');
    expect(result.sheet.headerRows).toEqual([8, 9]);
    expect(result.sheet.columns).toEqual({
      code: 'A',
      label: 'B',
      unit: 'C',
      prior: 'D',
      plan: 'E',
      actual: 'F',
      statedPercentOfPlan: 'G',
      statedYoY: 'H',
      note: 'I',
    });
    // Neither the agency block, the title nor the column numbers "A B C 1 2 3" become indicators.
    expect(result.indicators.map((i) => i.row)).toEqual([12]);
    expect(indicatorAt(result, 12)).toMatchObject({ plan: 40000, actual: 40512, status: 'achieved' });
    expect(indicatorAt(result, 12).percentOfPlan).toBeCloseTo(101.28, 2);
  });

  it('reads "TH 2019 | KH 2020 | TH 2020 | KH 2021" as prior, plan, actual, next plan', () => {
    const result = check(
      sheet('KQ 2020 - KH 2021', [
        ['TT', 'Chỉ tiêu', 'ĐVT', 'TH năm 2019', 'KH năm 2020', 'TH năm 2020', 'KH năm 2021'],
        ['3', 'Tạo việc làm tăng thêm', 'lao động', 18500, 19000, 14048, 14000],
      ]),
    );
    expect(result.sheet.columns).toMatchObject({ prior: 'D', plan: 'E', actual: 'F', nextPlan: 'G' });
    const jobs = indicatorAt(result, 2);
    expect(jobs).toMatchObject({ prior: 18500, plan: 19000, actual: 14048, nextPlan: 14000, status: 'missed' });
    expect(jobs.percentOfPlan).toBeCloseTo(73.94, 2);
  });

  it('never takes next year\'s plan (KH 2021) for the plan, even when the report year has none', () => {
    const result = check(
      sheet('KQ 2020', [
        ['TT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'TH 2020', 'KH 2021'],
        ['1', 'Số người tham gia BHXH', 'người', 250000, 263050, 270540],
      ]),
    );
    expect(result.sheet.columns?.plan).toBeUndefined();
    expect(result.sheet.columns).toMatchObject({ prior: 'D', actual: 'E', nextPlan: 'F' });
    expect(indicatorAt(result, 2)).toMatchObject({ plan: null, nextPlan: 270540, status: 'no-target', percentOfPlan: null });
  });

  it('reads "Cùng kỳ" as the prior figure', () => {
    const result = check(
      sheet('6 tháng', [
        ['STT', 'Nội dung', 'ĐVT', 'Cùng kỳ', 'Kế hoạch', 'Thực hiện'],
        ['1', 'Số lao động được giải quyết việc làm', 'người', 10000, 23000, 12500],
      ]),
    );
    expect(result.sheet.columns).toMatchObject({ label: 'B', prior: 'D', plan: 'E', actual: 'F' });
    expect(indicatorAt(result, 2).yoyPercent).toBeCloseTo(25, 6);
  });

  it('reads "TH 2020 so với KH (%)" as the stated percent of plan', () => {
    const result = check(
      sheet('KQ 2020 - KH 2021', [
        ['TT', 'Chỉ tiêu', 'ĐVT', 'TH năm 2019', 'KH năm 2020', 'TH năm 2020', 'TH 2020 so với KH (%)', 'KH năm 2021'],
        ['10', 'Đội hoạt động xã hội tình nguyện', 'đội', null, 25, 25, 100, null],
      ]),
    );
    expect(result.sheet.columns).toMatchObject({ plan: 'E', actual: 'F', statedPercentOfPlan: 'G', nextPlan: 'H' });
    expect(result.sheet.columns?.statedYoY).toBeUndefined();
  });

  it('finds the header below an agency block and title, and reads the report year from the title', () => {
    const result = check(
      sheet('Biểu 02', [
        ['UBND TỈNH QUẢNG NINH', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', null, null, 'Độc lập - Tự do - Hạnh phúc'],
        [],
        ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2020'],
        ['Đơn vị tính: Người'],
        ['TT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
        ['1', 'Tuyển sinh đào tạo nghề', 35000, 37625],
      ]),
    );
    expect(result.sheet.headerRows).toEqual([6]);
    expect(result.indicators.map((i) => i.row)).toEqual([7]);
    // "Đơn vị tính: Người" above the table is the unit of rows that name none.
    expect(indicatorAt(result, 7)).toMatchObject({ unit: 'Người', kind: 'count', plan: 35000, actual: 37625 });
  });

  it('reads a five-year table by the period its title reports on: the period\'s plan, its estimate, the year before its last', () => {
    const n = null;
    const result = check(
      sheet(
        'Tổng hợp',
        [
          ['TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI GIAI ĐOẠN 2017-2021, KẾ HOẠCH GIAI ĐOẠN 2022-2026'],
          ['TT', 'Chỉ tiêu', 'Đơn vị', 'Kế hoạch giai đoạn 2017-2021', 'Thực hiện giai đoạn 2017-2021', n, n, n, n, 'Ước thực hiện/TH 2017-2021', 'Thực hiện giai đoạn 2022-2026'],
          [n, n, n, n, 2017, 2018, 2019, 2020, 2021, n, n],
          ['1', 'Tốc độ tăng trưởng kinh tế', '%', 7, 6.5, 6.8, 7.1, 2.9, 3.2, 5.3, 6.5],
        ],
        { merges: ['A1:K1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:I2', 'J2:J3', 'K2:K3'] },
      ),
    );
    expect(result.sheet.columns).toMatchObject({ plan: 'D', actual: 'J', prior: 'H' });
    expect(indicatorAt(result, 4)).toMatchObject({ plan: 7, actual: 5.3 });
  });

  it('takes the total group\'s columns when the header repeats them per commune ("Toàn huyện", then communes)', () => {
    const n = null;
    const result = check(
      sheet(
        'Biểu 07',
        [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn huyện', n, n, 'Xã Đạ Ròn', n, n, 'Xã Ka Đô', n, n],
          [n, n, n, 'KH 2020', 'ƯTH 2020', 'ƯTH/KH (%)', 'KH 2020', 'ƯTH 2020', 'ƯTH/KH (%)', 'KH 2020', 'ƯTH 2020', 'ƯTH/KH (%)'],
          ['1', 'Diện tích lúa cả năm', 'Ha', 138, 150, 108.7, 22, 17, 77.3, 116, 133, 114.7],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:I1', 'J1:L1'] },
      ),
    );
    expect(result.sheet.columns).toMatchObject({ plan: 'D', actual: 'E', statedPercentOfPlan: 'F' });
    expect(indicatorAt(result, 3)).toMatchObject({ plan: 138, actual: 150 });
    expect(result.findings).toEqual([]);
  });
});

describe('corrections from the settings', () => {
  const unusual = sheet('Biểu riêng', [
    ['TT', 'Chỉ tiêu', 'ĐVT', 'Số liệu giao', 'Số liệu đạt'],
    ['1', 'Tuyển sinh đào tạo nghề', 'người', 35000, 37625],
  ]);

  it('skips a table whose figure columns it cannot name', () => {
    expect(check(unusual).sheet.status).toBe('skipped');
  });

  it('takes the column roles the user set for the sheet', () => {
    const result = check(unusual, { sheetOverrides: { 'Biểu riêng': { columns: { plan: 'D', actual: 'E' } } } });
    expect(result.sheet).toMatchObject({ status: 'checked', columns: { plan: 'D', actual: 'E' } });
    expect(indicatorAt(result, 2)).toMatchObject({ plan: 35000, actual: 37625, status: 'achieved' });
    // Another sheet's correction changes nothing here.
    expect(check(unusual, { sheetOverrides: { 'Biểu 01': { columns: { plan: 'D', actual: 'E' } } } }).sheet.status).toBe('skipped');
  });
});

describe('sheets that are not indicator tables', () => {
  it('skips a form (a header but no actual or plan column) and says why', () => {
    const form = sheet('Đăng ký GDNN', [
      ['TT', 'Nội dung', 'Cơ quan chủ quản', 'Loại hình', 'Ghi chú'],
      ['1', 'Trường Cao đẳng Thái Nguyên', 'UBND tỉnh', 'Công lập', null],
      ['2', 'Trung tâm GDNN huyện Phú Bình', 'UBND huyện', 'Công lập', null],
    ]);
    expect(check(form)).toEqual({
      sheet: { name: 'Đăng ký GDNN', status: 'skipped', reason: skipReasons.noFigureColumns.vi },
      indicators: [],
      findings: [],
      tables: [],
    });
    expect(check(form, { language: 'en' }).sheet.reason).toBe('No actual or plan column: not an indicator table.');
  });

  it('skips a list without an indicator column', () => {
    const list = sheet('Danh sách', [
      ['TT', 'Họ và tên', 'Năm sinh', 'Địa chỉ'],
      ['1', 'Nguyễn Văn A', 1980, 'Phú Bình'],
    ]);
    expect(check(list).sheet).toEqual({ name: 'Danh sách', status: 'skipped', reason: skipReasons.noHeader.vi });
  });

  it('skips an empty sheet and says it is empty', () => {
    expect(check(sheet('Sheet3', [])).sheet).toEqual({ name: 'Sheet3', status: 'skipped', reason: 'Trang tính trống.' });
    expect(check(sheet('Sheet3', []), { language: 'en' }).sheet.reason).toBe('The sheet is empty.');
  });

  it('skips a header with no indicator rows under it', () => {
    const result = check(sheet('Mẫu', [[...header2023], ['1', 'Số lao động được giải quyết việc làm', 'người']]));
    expect(result.sheet).toMatchObject({ status: 'skipped', reason: skipReasons.noIndicatorRows.vi });
  });
});

describe('the user’s corrections of header rows and column roles', () => {
  const tn = () =>
    sheet('Biểu 01', [
      [...header2023, 'TH/KH (%)'],
      ['1', 'Tuyển sinh và đào tạo nghề nghiệp', 'người', 39000, 40000, 40512, 99],
    ]);

  it('moves a role to the letter the user chose', () => {
    expect(check(tn()).sheet.columns).toMatchObject({ plan: 'E', actual: 'F' });
    const corrected = check(tn(), { sheetOverrides: { 'Biểu 01': { columns: { plan: 'D', prior: 'E' } } } });
    expect(corrected.sheet.columns).toMatchObject({ prior: 'E', plan: 'D', actual: 'F' });
    expect(indicatorAt(corrected, 2)).toMatchObject({ plan: 39000, prior: 40000 });
  });

  it('drops a role the user says the sheet does not have', () => {
    const withoutStated = check(tn(), { sheetOverrides: { 'Biểu 01': { columns: { statedPercentOfPlan: '' } } } });
    expect(check(tn()).findings.map((f) => f.rule)).toEqual(['stated-percent-mismatch']);
    expect(withoutStated.sheet.columns).not.toHaveProperty('statedPercentOfPlan');
    expect(withoutStated.findings).toEqual([]);
  });

  it('skips the sheet with a reason when the user removes the indicator column', () => {
    const noLabel = check(tn(), { sheetOverrides: { 'Biểu 01': { columns: { label: '' } } } });
    expect(noLabel.sheet).toMatchObject({ status: 'skipped', reason: skipReasons.noLabelColumn.vi });
  });
});
