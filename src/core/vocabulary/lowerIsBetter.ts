/**
 * Indicators where a lower figure is better (docs/domain.md, "What to compute"). Folded text
 * (textFold), found anywhere in the label, even inside a longer word: these phrases are long
 * enough not to occur by chance. Extend the table when a department reports another one.
 */
export const lowerIsBetter: readonly string[] = [
  'ho ngheo',
  'ho can ngheo',
  'ty le ngheo',
  'that nghiep',
  'thieu viec lam',
  'tai nan lao dong',
  'vu tai nan',
  'tu vong',
  'so nguoi chet',
  'bi thuong',
  'nguoi nghien',
  'doi tuong nghien',
  'tre em suy dinh duong',
  'ty le suy dinh duong',
  'tre em bi xam hai',
  'tre em lang thang',
];

/** Phrases that make an indicator higher-is-better although it mentions one of the above. */
export const higherDespite: readonly string[] = [
  'muc giam',
  'giam ty le',
  'thoat ngheo',
  'giam ho ngheo',
  'giam so ho ngheo',
  'ho tro',
  'giai quyet',
  'duoc tro giup',
  'cai nghien',
  'bao hiem that nghiep',
  'tro cap that nghiep',
];
