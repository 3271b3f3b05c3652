/**
 * Words that make a column group's name a measure or a period ("SẢN LƯỢNG", "CHỈ SỐ BÁN TT",
 * "GIÁ TRỊ SẢN XUẤT (THỰC TẾ)", "Giai đoạn 2016-2020"): such groups are blocks of different
 * quantities or times, each checked on its own, never summed against each other. Folded words,
 * punctuation as spaces (textFold.foldWords), found anywhere in the name. A year, or a known unit
 * in parentheses, says the same: the matcher's business, not the list's.
 */
export const groupMeasureWords: readonly string[] = [
  'san luong',
  'chi so',
  'gia tri',
  'gia so sanh',
  'gia ss',
  'gia thuc te',
  'gia hien hanh',
  'thuc te',
  'dien tich',
  'nang suat',
  'so luong',
  'co cau',
  'ty trong',
  'ty le',
  'toc do',
  'tang truong',
  'binh quan',
  'bqgd',
  'du bao',
  'giai doan',
  'quy',
  'thang',
  'nam',
  'cung ky',
];
