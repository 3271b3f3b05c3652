import { describe, expect, it } from 'vitest';
import { check, findingKeys, indicatorAt, sheet } from '../../helpers/sheets';

describe('header variants', () => {
  it('reads "ƯTH/ TH 2020" as the actual of 2020, not as a comparison', () => {
    const result = check(sheet('Biểu', [['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'ƯTH/ TH 2020'], ['1', 'Diện tích lúa', 'ha', 100, 110, 108]]));
    expect(result.sheet).toMatchObject({ columns: { prior: 'D', plan: 'E', actual: 'F' } });
  });

  it('takes a unit written in the figure headers for rows that name none', () => {
    const result = check(
      sheet('Biểu', [['STT', 'Chỉ tiêu', 'TH 2019 (tỷ đồng)', 'KH 2020 (tỷ đồng)', 'TH 2020 (tỷ đồng)'], ['1', 'Thu ngân sách', 1200, 1300, 1350]]),
    );
    expect(indicatorAt(result, 2)).toMatchObject({ unit: 'tỷ đồng', kind: 'amount', prior: 1200, actual: 1350 });
  });

  it('takes the agency block on the right for what it is, not for a header', () => {
    const n = null;
    const result = check(
      sheet('Biểu', [
        ['UBND HUYỆN ĐẠ HUOAI', n, n, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['PHÒNG NÔNG NGHIỆP', n, n, 'Độc lập - Tự do - Hạnh phúc'],
        [n, n, n, 'Biểu số 02 (chỉ tiêu kinh tế)'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'TH 2020'],
        ['1', 'Diện tích lúa', 'ha', 100, 110, 108],
      ]),
    );
    expect(result.sheet).toMatchObject({ headerRows: [4], columns: { label: 'B', prior: 'D', plan: 'E', actual: 'F' } });
  });

  it('reads a header whose texts are typed again in every header row instead of merged', () => {
    const result = check(
      sheet('Biểu', [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn huyện', 'Toàn huyện', 'Toàn huyện'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'ƯTH 2020'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'ƯTH 2020'],
        ['1', 'Diện tích lúa', 'ha', 100, 110, 108],
      ]),
    );
    expect(result.sheet).toMatchObject({ headerRows: [1, 2, 3], columns: { label: 'B', unit: 'C', prior: 'D', plan: 'E', actual: 'F' } });
    expect(indicatorAt(result, 4)).toMatchObject({ prior: 100, plan: 110, actual: 108 });
  });

  it('skips a header repeated further down (a printed page break) instead of reading it as indicators', () => {
    const result = check(
      sheet('Biểu', [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'TH 2020'],
        ['1', 'Diện tích lúa', 'ha', 100, 110, 108],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'TH 2020'],
        ['2', 'Sản lượng lúa', 'tấn', 500, 550, 540],
      ]),
    );
    expect(result.indicators.map((indicator) => indicator.row)).toEqual([2, 4]);
    expect(findingKeys(result)).toEqual([]);
  });

  it('reads several tables on one sheet, each with its own header', () => {
    const n = null;
    const result = check(
      sheet('Biểu', [
        ['Biểu 1: Nông nghiệp'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'TH 2020'],
        ['1', 'Diện tích lúa', 'ha', 100, 110, 108],
        ['2', 'Tổng đàn bò', 'con', 2000, 2100, 2050],
        [],
        ['Biểu 2: Xã hội'],
        ['STT', 'Nội dung', 'Đơn vị tính', 'Kế hoạch 2020', 'Thực hiện 2020', 'Thực hiện 2019'],
        ['1', 'Số lao động được tạo việc làm', 'người', 1000, 1100, 950],
        [n, 'Chia ra: nam', 'người', 500, 600, 500],
        [n, 'nữ', 'người', 500, 500, 450],
      ]),
    );
    expect(result.indicators.map((indicator) => indicator.row)).toEqual([3, 4, 8, 9, 10]);
    expect(indicatorAt(result, 8)).toMatchObject({ plan: 1000, actual: 1100, prior: 950 });
    expect(findingKeys(result)).toEqual([]);
  });
});
