/**
 * Words that start the name of a place ("Xã Ka Đô", "Thị Trấn D'ran", "UBND phường 1", "Miền
 * Bắc"): column groups so named are units whose figures add up to the whole area's. Folded words,
 * punctuation as spaces (textFold.foldWords), at the start of the name only: "Bình quân" holds
 * "quân", "Chỉ số bán TT" holds "tt".
 */
export const placeWords: readonly string[] = [
  'xa',
  'phuong',
  'thi tran',
  'tt',
  'huyen',
  'quan',
  'thi xa',
  'tx',
  'thanh pho',
  'tp',
  'tinh',
  'ubnd',
  'uy ban nhan dan',
  'thon',
  'buon',
  'khu pho',
  'to dan pho',
  'mien',
  'vung',
];
