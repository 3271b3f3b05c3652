/**
 * Words that make a row's figure a change, a difference or a balance, which may be below zero
 * even in a unit that counts things: "Dân số tăng thêm", "Tăng/giảm số hộ nghèo", "Chênh lệch",
 * "Số doanh nghiệp so với cùng kỳ", "Di cư thuần". Folded words, matched as whole words anywhere in the label (vocabulary/matching.ts).
 * Short words catch a few others ("tầng" folds to "tang", "lại" to "lai"): a row left unchecked
 * is the safe side.
 */
export const signedQuantityWords: readonly string[] = [
  'tang',
  'giam',
  'chenh lech',
  'hieu so',
  'so voi',
  'so sanh',
  'bien dong',
  'thay doi',
  'can doi',
  'so du',
  'ton',
  'thuan',
  'rong',
  'lai',
  'lo',
  'ket du',
  'boi chi',
  'tham hut',
  'xuat sieu',
  'nhap sieu',
  'di cu',
];
