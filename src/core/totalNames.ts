import { foldWords } from './textFold';

/**
 * Names that say a sheet or a column group is the whole of an area, the total of the others
 * ("Toàn tỉnh", "Tổng hợp 2020", "Cả nước"): folded, and followed by nothing or by more words.
 */
const totalNames = [
  'toan tinh',
  'toan huyen',
  'toan thanh pho',
  'toan thi xa',
  'toan quan',
  'toan xa',
  'toan nganh',
  'toan quoc',
  'toan vung',
  'ca tinh',
  'ca huyen',
  'ca nuoc',
  'tong hop',
  'tong cong',
  'tong so',
];

/** Short names count only alone: "TH 2023" is the actuals of 2023, Cộng Hòa and Tổng Bửu are communes. */
const exactTotalNames = new Set(['th', 'tong', 'cong', 'chung']);

/** Whether a sheet's or a column group's name says it is the total of the others. */
export function isTotalName(name: string): boolean {
  const folded = foldWords(name);
  return exactTotalNames.has(folded) || totalNames.some((words) => folded === words || folded.startsWith(`${words} `));
}
