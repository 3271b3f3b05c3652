/**
 * What the words of a table's header mean. Folded text, whole words (see matching.ts), except
 * where a list says otherwise. Add a word as one line in its list; test/core/vocabulary.test.ts
 * reads every entry.
 */
import type { ColumnRole } from '../report';

/** The columns whose heading names what they are; each role's cells hold the row's own text. */
export type RowTextRole = Extract<ColumnRole, 'code' | 'label' | 'unit' | 'note'>;

/**
 * A heading that is the whole header text, once "(", ")", ":" and "*" are dropped: "Chỉ tiêu",
 * "STT", "ĐVT:", "Ghi chú". Dots stay ("S.TT", "Đ.V.T"). A phrase may come after one of `before`
 * and before one of `after` ("Tên các chỉ tiêu chủ yếu").
 */
export interface HeadingWords {
  readonly phrases: readonly string[];
  readonly before?: readonly string[];
  readonly after?: readonly string[];
}

/** In the order they are tried. */
export const rowTextHeadings: Readonly<Record<RowTextRole, HeadingWords>> = {
  code: {
    phrases: [
      'stt',
      's.tt',
      'tt',
      'so tt',
      'so thu tu',
      'ma so',
      'ma',
      'no',
      'no.',
      '#',
    ],
  },
  label: {
    phrases: [
      'chi tieu',
      'ten chi tieu',
      'noi dung',
      'danh muc',
      'danh muc chi tieu',
      'indicator',
      'indicators',
    ],
    before: ['ten', 'cac', 'ten cac'],
    after: ['chu yeu'],
  },
  unit: {
    phrases: [
      'dvt',
      'd.v.t',
      'don vi tinh',
      'don vi',
      'dv tinh',
      'dv',
      'unit',
      'units',
    ],
  },
  note: {
    phrases: [
      'ghi chu',
      'note',
      'notes',
      'nguon',
      'nguon so lieu',
    ],
  },
};

/**
 * Phrases that make a heading the label column's wherever they stand in it ("Nội dung chỉ tiêu",
 * "Tên cơ sở GDNN và tên ngành/nghề đào tạo", "NGÀNH KINH TẾ"), unless the heading also names a
 * kind of figure or a year ("Chỉ tiêu giao năm 2020" is a plan).
 */
export const labelHeadingPhrases: readonly string[] = [
  'chi tieu',
  'noi dung',
  'ten hang hoa',
  'mat hang',
  'nganh kinh te',
  'nganh nghe',
  'ten nganh',
  'ten co so',
  'ten don vi',
  'linh vuc',
];

export type FigureKind = 'actual' | 'plan' | 'prior';

/**
 * Phrases that name a figure column, in priority order: the first found anywhere in the heading
 * wins, so a prior year's phrase beats a plan's, and a plan's beats an actual's
 * ("Thực hiện năm trước" is prior, "Kế hoạch thực hiện" a plan).
 */
export const figurePhrases: ReadonlyArray<{ readonly phrase: string; readonly kind: FigureKind }> = [
  { phrase: 'thuc hien nam truoc', kind: 'prior' },
  { phrase: 'thuc hien cung ky', kind: 'prior' },
  { phrase: 'cung ky nam truoc', kind: 'prior' },
  { phrase: 'cung ky', kind: 'prior' },
  { phrase: 'nam truoc', kind: 'prior' },
  { phrase: 'last year', kind: 'prior' },
  { phrase: 'previous year', kind: 'prior' },
  { phrase: 'prior', kind: 'prior' },
  { phrase: 'chi tieu giao', kind: 'plan' },
  { phrase: 'chi tieu ke hoach', kind: 'plan' },
  { phrase: 'ke hoach', kind: 'plan' },
  { phrase: 'muc tieu', kind: 'plan' },
  { phrase: 'plan', kind: 'plan' },
  { phrase: 'target', kind: 'plan' },
  { phrase: 'uoc thuc hien', kind: 'actual' },
  { phrase: 'uoc tinh', kind: 'actual' },
  { phrase: 'uoc dat', kind: 'actual' },
  { phrase: 'thuc hien', kind: 'actual' },
  { phrase: 'ket qua', kind: 'actual' },
  { phrase: 'so bo', kind: 'actual' },
  { phrase: 'actual', kind: 'actual' },
  { phrase: 'estimate', kind: 'actual' },
];

/**
 * Abbreviations, one word each, glued to a year or not ("TH 2020", "ƯTH2020", "KH", "CK"): tried
 * after every phrase; the first such word in the heading decides.
 */
export const figureAbbreviations: ReadonlyArray<{ readonly word: string; readonly kind: FigureKind }> = [
  { word: 'th', kind: 'actual' },
  { word: 'uth', kind: 'actual' },
  { word: 'uoc', kind: 'actual' },
  { word: 'kh', kind: 'plan' },
  { word: 'ukh', kind: 'plan' },
  { word: 'ck', kind: 'prior' },
  { word: 'nt', kind: 'prior' },
];

/** Words that make a heading a stated comparison ("So sánh (%)", "TH so với KH"); a "%" with a "/" does too. */
export const comparisonWords: readonly string[] = ['so sanh', 'so voi', 'compared', 'vs'];

/**
 * Words that put a comparison's denominator after them, as "/" does: "TH 2020 so với KH" is
 * actual over plan.
 */
export const ratioWords: readonly string[] = ['so voi'];

/**
 * Words that make a title line name the report's year ("KẾT QUẢ … NĂM 2020"). Lower case with
 * accents, found anywhere in the line: "nam" also stands for an unaccented "năm".
 */
export const titleYearWords: readonly string[] = ['năm', 'nam', 'year', 'giai đoạn', 'giai doan'];
