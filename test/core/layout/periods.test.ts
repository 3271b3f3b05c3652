import { describe, expect, it } from 'vitest';
import { readComparison } from '../../../src/core/layout/headerWords';
import { namesOnlyPeriodAndYear, periodIn, periodsMatch } from '../../../src/core/layout/periods';

describe('periods of the year in a header', () => {
  it('reads each form as the statistics office writes it, with or without accents', () => {
    expect(periodIn('Thực hiện / tháng 10 / năm / 2019')).toEqual({ kind: 'month', n: 10 });
    expect(periodIn('11 tháng năm 2018')).toEqual({ kind: 'monthsToDate', n: 11 });
    expect(periodIn('Cộng dồn 11 tháng năm 2019')).toEqual({ kind: 'monthsToDate', n: 11 });
    expect(periodIn('6 tháng đầu năm 2023')).toEqual({ kind: 'monthsToDate', n: 6 });
    expect(periodIn('6 thang cuoi nam 2023')).toEqual({ kind: 'lastMonths', n: 6 });
    expect(periodIn('Sơ bộ / quý III / năm / 2023')).toEqual({ kind: 'quarter', n: 3 });
    expect(periodIn('Uoc tinh quy 4 nam 2023')).toEqual({ kind: 'quarter', n: 4 });
    expect(periodIn('Ước tính cả năm 2023')).toEqual({ kind: 'year' });
    expect(periodIn('Thực hiện kỳ này')).toEqual({ kind: 'current' });
    expect(periodIn('Thực hiện cùng kỳ năm trước')).toEqual({ kind: 'samePeriod' });
    expect(periodIn('cùng thời điểm tháng trước')).toEqual({ kind: 'previousPeriod' });
  });

  it('takes the period that starts first: "Tháng 11 và 11 tháng" is the month', () => {
    expect(periodIn('Tháng 11 và 11 tháng năm 2019')).toEqual({ kind: 'month', n: 11 });
    expect(periodIn('11 tháng và tháng 11 năm 2019')).toEqual({ kind: 'monthsToDate', n: 11 });
  });

  it('reads no period in a year alone, a date or a plan', () => {
    expect(['Năm 2019', 'TH 2020', 'Kế hoạch giai đoạn 2016-2020', 'ngày 1/11/2019', ''].map(periodIn)).toEqual([null, null, null, null, null]);
  });

  it('matches the same period only: no period, "Cả năm" and "Kỳ này" as one another', () => {
    expect(periodsMatch({ kind: 'month', n: 11 }, { kind: 'month', n: 11 })).toBe(true);
    expect(periodsMatch({ kind: 'month', n: 11 }, { kind: 'monthsToDate', n: 11 })).toBe(false);
    expect(periodsMatch({ kind: 'month', n: 10 }, { kind: 'month', n: 11 })).toBe(false);
    expect(periodsMatch(null, { kind: 'year' })).toBe(true);
    expect(periodsMatch({ kind: 'current' }, null)).toBe(true);
    expect(periodsMatch(null, { kind: 'quarter', n: 4 })).toBe(false);
  });

  it('reads a heading of a period and a year and nothing else as such', () => {
    expect(['11 tháng / năm 2018', 'Tháng 11 / năm / 2019', 'Năm 2022', 'Quý IV năm 2023'].filter(namesOnlyPeriodAndYear)).toHaveLength(4);
    expect(['2019', 'Tháng 11', 'Năm 2023 / Tổng số', 'Dân số năm 2022', 'Cộng dồn 11 tháng năm 2019 / Cơ cấu (%)'].filter(namesOnlyPeriodAndYear)).toEqual([]);
  });
});

describe('comparison headings read from all their parts', () => {
  it('splits a phrase written over several rows at its ratio word', () => {
    expect(readComparison(['Tháng 11 / năm 2019', 'so với cùng kỳ', 'năm trước (%)'].flatMap((part) => part.split(' / ')))).toEqual({
      numerator: 'thang 11 nam 2019',
      denominator: 'cung ky nam truoc (%)',
    });
  });

  it('takes the base from the row under "so với (%)"', () => {
    expect(readComparison(['Tháng 11 năm 2019', 'so với (%)', 'Tháng 10', 'năm 2019'])).toEqual({
      numerator: 'thang 11 nam 2019',
      denominator: '(%) thang 10 nam 2019',
    });
  });

  it('takes the numerator from the rows under a heading that starts with its ratio', () => {
    expect(readComparison(['So với cùng kỳ năm trước (%)', 'Tháng 11', 'năm 2019'])).toEqual({
      numerator: 'thang 11 nam 2019',
      denominator: 'cung ky nam truoc (%)',
    });
  });

  it('has no denominator where no ratio is named', () => {
    expect(readComparison(['So sánh (%)'])).toEqual({ numerator: 'so sanh (%)', denominator: null });
  });
});
