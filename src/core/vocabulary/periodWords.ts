/**
 * The periods of a year a header names: "Tháng 11", "11 tháng", "Quý IV", "Cả năm", "Kỳ này".
 * Folded words (see matching.ts); "#" stands for one number word, in digits or Roman numerals
 * ("quý III", "quý 3"), within the kind's range. Where several forms match a text, the one that
 * starts first wins, then the one listed first ("6 tháng đầu năm" before "6 tháng").
 */

/**
 * month: one month ("Tháng 11"); monthsToDate: the months from January ("11 tháng", "Cộng dồn 11
 * tháng", "6 tháng đầu năm"); lastMonths: the months to December ("6 tháng cuối năm"); quarter
 * ("Quý IV"); year ("Cả năm"); current: the table's own period ("Kỳ này"); samePeriod: the same
 * period of another year ("Cùng kỳ"); previousPeriod: the period before ("Tháng trước").
 */
export type PeriodKind = 'month' | 'monthsToDate' | 'lastMonths' | 'quarter' | 'year' | 'current' | 'samePeriod' | 'previousPeriod';

export interface PeriodForm {
  readonly form: string;
  readonly kind: PeriodKind;
}

export const periodForms: readonly PeriodForm[] = [
  { form: 'cong don # thang', kind: 'monthsToDate' },
  { form: 'luy ke # thang', kind: 'monthsToDate' },
  { form: '# thang dau nam', kind: 'monthsToDate' },
  { form: '# thang cuoi nam', kind: 'lastMonths' },
  { form: '# thang', kind: 'monthsToDate' },
  { form: 'thang #', kind: 'month' },
  { form: 'quy #', kind: 'quarter' },
  { form: 'ca nam', kind: 'year' },
  { form: 'ky nay', kind: 'current' },
  { form: 'ky bao cao', kind: 'current' },
  { form: 'cung ky', kind: 'samePeriod' },
  { form: 'thang truoc', kind: 'previousPeriod' },
  { form: 'quy truoc', kind: 'previousPeriod' },
  { form: 'ky truoc', kind: 'previousPeriod' },
];

/** The numbers "#" may stand for, by kind: months 1–12, quarters 1–4. */
export const periodNumberRange: Readonly<Partial<Record<PeriodKind, readonly [number, number]>>> = {
  month: [1, 12],
  monthsToDate: [1, 12],
  lastMonths: [1, 12],
  quarter: [1, 4],
};

/** Roman numerals as the sheets write them ("Quý IV"), folded. */
export const romanNumerals: readonly string[] = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/**
 * Words a heading may hold beside its period and year and still name nothing else ("11 tháng năm
 * 2018", "Tháng 11 / năm / 2019"): such a heading is a figure of that period and year.
 */
export const periodYearWords: readonly string[] = ['nam'];
