/**
 * Names that say a sheet or a column group is the whole of an area, the total of the others
 * ("Toàn tỉnh", "Tổng hợp 2020", "Cả nước"). Folded words, punctuation as spaces
 * (textFold.foldWords). `start`: the name starts with the phrase, alone or followed by more words;
 * `whole`: short names that count only alone ("TH 2023" is the actuals of 2023, Cộng Hòa and
 * Tổng Bửu are communes).
 */
export const totalNames: ReadonlyArray<{ readonly name: string; readonly matches: 'start' | 'whole' }> = [
  { name: 'toan tinh', matches: 'start' },
  { name: 'toan huyen', matches: 'start' },
  { name: 'toan thanh pho', matches: 'start' },
  { name: 'toan thi xa', matches: 'start' },
  { name: 'toan quan', matches: 'start' },
  { name: 'toan xa', matches: 'start' },
  { name: 'toan nganh', matches: 'start' },
  { name: 'toan quoc', matches: 'start' },
  { name: 'toan vung', matches: 'start' },
  { name: 'ca tinh', matches: 'start' },
  { name: 'ca huyen', matches: 'start' },
  { name: 'ca nuoc', matches: 'start' },
  { name: 'tong hop', matches: 'start' },
  { name: 'tong cong', matches: 'start' },
  { name: 'tong so', matches: 'start' },
  { name: 'th', matches: 'whole' },
  { name: 'tong', matches: 'whole' },
  { name: 'cong', matches: 'whole' },
  { name: 'chung', matches: 'whole' },
];
