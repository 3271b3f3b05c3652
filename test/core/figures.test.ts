import { describe, expect, it } from 'vitest';
import type { CheckSettings } from '../../src/core/settings';
import type { CellValue } from '../../src/core/snapshot';
import { check, header2023, indicatorAt, sheet, type SheetOptions } from '../helpers/sheets';

/** One indicator row under the standard header: row 2, prior D, plan E, actual F. */
function one(label: string, unit: string, prior: CellValue, plan: CellValue, actual: CellValue, settings?: Partial<CheckSettings>) {
  return indicatorAt(check(sheet('Biểu 01', [[...header2023], ['1', label, unit, prior, plan, actual]]), settings), 2);
}

function table(rows: readonly (readonly CellValue[])[], options?: SheetOptions) {
  return check(sheet('Biểu 01', [[...header2023], ...rows], options));
}

describe('percent of plan and status', () => {
  it('computes actual / plan × 100 for a higher-is-better indicator', () => {
    const enrol = one('Tuyển sinh và đào tạo nghề nghiệp', 'người', null, 40000, 40512);
    expect(enrol.direction).toBe('higher');
    expect(enrol.percentOfPlan).toBeCloseTo(101.28, 6);
    expect(enrol.status).toBe('achieved');
    expect(one('Tạo việc làm tăng thêm', 'lao động', null, 19000, 14048)).toMatchObject({ status: 'missed' });
    expect(one('Tạo việc làm tăng thêm', 'lao động', null, 19000, 14048).percentOfPlan).toBeCloseTo(73.94, 2);
  });

  it('grades with the default thresholds: achieved from 100 %, nearly from 90 %, missed below', () => {
    const status = (actual: number) => one('Số lao động được giải quyết việc làm', 'người', null, 1000, actual).status;
    expect(status(1000)).toBe('achieved');
    expect(status(999)).toBe('nearly');
    expect(status(900)).toBe('nearly');
    expect(status(899)).toBe('missed');
  });

  it('grades with the thresholds from the settings', () => {
    const settings = { achievedThreshold: 95, nearlyThreshold: 80 };
    const status = (actual: number) => one('Số lao động được giải quyết việc làm', 'người', null, 1000, actual, settings).status;
    expect(status(950)).toBe('achieved');
    expect(status(949)).toBe('nearly');
    expect(status(800)).toBe('nearly');
    expect(status(799)).toBe('missed');
  });

  it('has no target when the plan is a zero the form filled in, but a lower-is-better target of 0 is judged', () => {
    expect(one('Diện tích lúa hè thu', 'Ha', 0, 0, 230)).toMatchObject({ status: 'no-target', percentOfPlan: null });
    expect(one('Số vụ tai nạn lao động', 'vụ', 2, 0, 0)).toMatchObject({ status: 'achieved', direction: 'lower' });
    expect(one('Số vụ tai nạn lao động', 'vụ', 2, 0, 1)).toMatchObject({ status: 'missed' });
  });

  it('has no target when there is no plan', () => {
    expect(one('Số người tham gia BHXH', 'người', null, null, 263050)).toMatchObject({ status: 'no-target', percentOfPlan: null, plan: null });
  });
});

describe('direction', () => {
  it('is lower-is-better for poverty and unemployment rates, and for drug addicts', () => {
    expect(one('Tỷ lệ hộ nghèo', '%', 4.35, null, 3.02).direction).toBe('lower');
    expect(one('Tỷ lệ thất nghiệp khu vực thành thị', '%', null, null, 2.4).direction).toBe('lower');
    expect(one('Số người nghiện ma túy có hồ sơ quản lý', 'người', null, null, 1200).direction).toBe('lower');
  });

  it('is higher-is-better for the reduction of the poverty rate and for drug rehabilitation', () => {
    const reduction = one('Mức giảm tỷ lệ hộ nghèo', '%', null, 1, 1.33);
    expect(reduction.direction).toBe('higher');
    expect(reduction.percentOfPlan).toBeCloseTo(133, 6);
    expect(reduction.status).toBe('achieved');
    expect(one('Cai nghiện ma túy', 'lượt người', null, 900, 900)).toMatchObject({ direction: 'higher', percentOfPlan: 100, status: 'achieved' });
  });

  it('passes lower-is-better on to an "of which" part of a lower-is-better total', () => {
    const result = table([
      ['1', 'Tỷ lệ thất nghiệp', '%', null, 3, 2.4],
      [null, 'Trong đó: khu vực thành thị', '%', null, 3, 2.9],
    ]);
    expect(indicatorAt(result, 3).direction).toBe('lower');
  });
});

describe('targets that are not a plain number', () => {
  it('judges a ceiling "<3" met or not met, with no percent of plan', () => {
    const met = one('Tỷ lệ thất nghiệp khu vực thành thị', '%', null, '<3', 2.4);
    expect(met).toMatchObject({ status: 'achieved', percentOfPlan: null, plan: null, planText: '<3', direction: 'lower' });
    expect(one('Tỷ lệ thất nghiệp khu vực thành thị', '%', null, '<3', 3.2)).toMatchObject({ status: 'missed', percentOfPlan: null });
    expect(one('Tỷ lệ thất nghiệp khu vực thành thị', '%', null, '<3', 3)).toMatchObject({ status: 'missed' });
    expect(one('Tỷ lệ tai nạn lao động chết người', '‰', null, 'dưới 1', 0.8)).toMatchObject({ status: 'achieved', percentOfPlan: null, planText: 'dưới 1' });
  });

  it('judges a ceiling "dưới 1" met by an actual written "<1": both say below 1', () => {
    expect(one('Tỷ lệ tai nạn lao động chết người', '‰', null, 'dưới 1', '<1')).toMatchObject({ status: 'achieved', percentOfPlan: null });
    expect(one('Tỷ lệ tai nạn lao động chết người', '‰', null, 'dưới 1', '<2')).toMatchObject({ status: 'missed' });
  });

  it('gives a structure and its shares no percent of plan and no status: they describe a composition', () => {
    const result = table([
      ['1', 'Cơ cấu kinh tế', '%', 100, 100, 100], // 2
      [null, '- Nông, lâm nghiệp và thủy sản', '%', 30, 28, 25], // 3
      [null, '- Công nghiệp và xây dựng', '%', 35, 37, 40], // 4
      [null, '- Dịch vụ', '%', 35, 35, 35], // 5
    ]);
    for (const row of [2, 3, 4]) expect(indicatorAt(result, row)).toMatchObject({ percentOfPlan: null, status: 'no-target' });
    expect(indicatorAt(result, 4).yoyPoints).toBeCloseTo(5, 9);
  });

  it('judges a lower-is-better indicator with a numeric plan achieved when actual ≤ plan, with no percent of plan', () => {
    expect(one('Tỷ lệ hộ nghèo', '%', 4.35, 3.5, 3.02)).toMatchObject({ status: 'achieved', percentOfPlan: null, plan: 3.5 });
    expect(one('Tỷ lệ hộ nghèo', '%', 4.35, 3.5, 3.5)).toMatchObject({ status: 'achieved', percentOfPlan: null });
    expect(one('Tỷ lệ hộ nghèo', '%', 4.35, 3.5, 3.8)).toMatchObject({ status: 'missed', percentOfPlan: null });
  });

  it('judges a floor "≥ 75" met or not met', () => {
    expect(one('Tỷ lệ lao động qua đào tạo', '%', null, '≥ 75', 76)).toMatchObject({ status: 'achieved', percentOfPlan: null, planText: '≥ 75' });
    expect(one('Tỷ lệ lao động qua đào tạo', '%', null, '≥ 75', 74)).toMatchObject({ status: 'missed' });
  });
});

describe('year on year', () => {
  it('is a relative change in percent for counts and amounts', () => {
    const abroad = one('Đi làm việc ở nước ngoài theo hợp đồng', 'người', 1982, null, 2749);
    expect(abroad.yoyPercent).toBeCloseTo(38.7, 1);
    expect(abroad.yoyPoints).toBeNull();
    expect(one('Quỹ Đền ơn đáp nghĩa các cấp huy động', 'triệu đồng', 8000, null, 7000).yoyPercent).toBeCloseTo(-12.5, 6);
  });

  it('is a change in percentage points for rates in %', () => {
    const trained = one('Tỷ lệ lao động qua đào tạo', '%', 72, 73, 73);
    expect(trained.yoyPoints).toBeCloseTo(1, 9);
    expect(trained.yoyPercent).toBeNull();
    expect(one('Tỷ lệ hộ nghèo', '%', 4.35, null, 3.02).yoyPoints).toBeCloseTo(-1.33, 9);
  });
});

describe('numbers as people type them', () => {
  it('reads 0.73 in a cell formatted "0%" in a % row as 73', () => {
    const result = check(
      sheet('Biểu 01', [[...header2023], ['2', 'Tỷ lệ lao động qua đào tạo', '%', 0.72, 0.7, 0.73]], {
        numberFormats: { D2: '0%', E2: '0%', F2: '0%' },
      }),
    );
    const trained = indicatorAt(result, 2);
    expect(trained).toMatchObject({ prior: 72, plan: 70, actual: 73, kind: 'rate' });
    expect(trained.yoyPoints).toBeCloseTo(1, 9);
    expect(trained.percentOfPlan).toBeCloseTo(104.29, 2);
  });

  it('reads "13.225" typed in a người row as thirteen thousand, and "45,5" as a decimal', () => {
    const result = table([
      ['1', 'Số lao động được giải quyết việc làm', 'người', '1.982', '13.000', '13.225'],
      ['2', 'Tỷ lệ lao động qua đào tạo', '%', '44,8', '45', '45,5'],
    ]);
    expect(indicatorAt(result, 2)).toMatchObject({ prior: 1982, plan: 13000, actual: 13225 });
    expect(indicatorAt(result, 3)).toMatchObject({ prior: 44.8, plan: 45, actual: 45.5 });
    expect(result.findings).toEqual([]);
  });

  it('reads "13.225" people as thousands even where the column looks English ("2.5" ha above it)', () => {
    const result = table([
      ['1', 'Diện tích trồng mới', 'ha', null, '2.5', '2.75'],
      ['2', 'Số lao động được giải quyết việc làm', 'người', null, '13.000', '13.225'],
    ]);
    expect(indicatorAt(result, 2)).toMatchObject({ plan: 2.5, actual: 2.75 });
    expect(indicatorAt(result, 3)).toMatchObject({ plan: 13000, actual: 13225 });
  });

  it('uses the number of a qualified actual ("trên 4.730") for the percent of plan', () => {
    const result = table([['1', 'Số lao động được giải quyết việc làm', 'người', '4.100', '4.500', 'trên 4.730']]);
    const jobs = indicatorAt(result, 2);
    expect(jobs).toMatchObject({ actual: 4730, plan: 4500, status: 'achieved' });
    expect(jobs.percentOfPlan).toBeCloseTo(105.11, 2);
    expect(jobs.yoyPercent).toBeCloseTo(15.37, 2);
  });

  it('gives a range plan ("120-150") as text and judges against its bounds', () => {
    const result = table([['1', 'Số doanh nghiệp được kiểm tra', 'doanh nghiệp', null, '120-150', 135]]);
    expect(indicatorAt(result, 2)).toMatchObject({ plan: null, planText: '120-150', percentOfPlan: null, status: 'achieved' });
    const below = table([['1', 'Số doanh nghiệp được kiểm tra', 'doanh nghiệp', null, '120-150', 110]]);
    expect(indicatorAt(below, 2).status).toBe('missed');
  });
});
