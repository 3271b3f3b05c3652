import { describe, expect, it } from 'vitest';
import { yearsIn } from '../../../src/core/layout/headerWords';
import { check, indicatorAt, sheet } from '../../helpers/sheets';

describe('years written relative to the report ("năm (n)", "(n+1)", "năm n-1")', () => {
  it('keeps their distances', () => {
    const [n] = yearsIn('Kết quả năm (n)');
    expect(yearsIn('Kế hoạch năm (n+1)')).toEqual([n! + 1]);
    expect(yearsIn('Thực hiện năm n-1')).toEqual([n! - 1]);
    expect(yearsIn('KẾ HOẠCH NĂM (N + 2)')).toEqual([n! + 2]);
    expect(yearsIn('Phân theo ngành nghề')).toEqual([]);
  });

  it('reads prior, plan and actual from them', () => {
    const result = check(
      sheet('Biểu 02', [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm (n-1)', 'Kế hoạch năm (n)', 'Ước thực hiện năm (n)', 'Kế hoạch năm (n+1)'],
        ['1', 'Tuyển sinh đào tạo nghề', 'Người', 3100, 3300, 3350, 3500],
      ]),
    );
    expect(result.sheet.columns).toMatchObject({ prior: 'D', plan: 'E', actual: 'F', nextPlan: 'G' });
    expect(indicatorAt(result, 2)).toMatchObject({ prior: 3100, plan: 3300, actual: 3350 });
  });
});
