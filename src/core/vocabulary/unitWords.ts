/**
 * Units of measure as the sheets write them. Lower case NFC with accents, single spaces, "/"
 * without spaces around it, ", " after a comma (units.ts normalises a unit text so); a unit word
 * is the whole unit, once scale words and a leading 1000 are taken off ("nghìn tỷ đồng",
 * "1000 con"). Several words count the same thing: a "lao động" is a person.
 */
import type { UnitKind } from '../report';

export interface UnitWord {
  readonly word: string;
  readonly kind: UnitKind;
  /** What it counts once the scale is removed: 'đồng', 'người', 'ha', 'tấn'… */
  readonly base: string;
  /** Multiplier to the base: tạ is 0.1 of a tấn. */
  readonly scale: number;
}

export const unitWords: readonly UnitWord[] = [
  { word: 'đồng', kind: 'amount', base: 'đồng', scale: 1 },
  { word: 'đ', kind: 'amount', base: 'đồng', scale: 1 },
  { word: 'vnđ', kind: 'amount', base: 'đồng', scale: 1 },
  { word: 'vnd', kind: 'amount', base: 'đồng', scale: 1 },
  { word: 'usd', kind: 'amount', base: 'usd', scale: 1 },
  { word: '%', kind: 'rate', base: '%', scale: 1 },
  { word: 'phần trăm', kind: 'rate', base: '%', scale: 1 },
  { word: '‰', kind: 'rate', base: '‰', scale: 1 },
  { word: 'phần nghìn', kind: 'rate', base: '‰', scale: 1 },
  { word: 'điểm', kind: 'index', base: 'điểm', scale: 1 },
  { word: 'chỉ số', kind: 'index', base: 'chỉ số', scale: 1 },
  { word: 'hệ số', kind: 'index', base: 'hệ số', scale: 1 },
  { word: 'người', kind: 'count', base: 'người', scale: 1 },
  { word: 'lao động', kind: 'count', base: 'người', scale: 1 },
  { word: 'người lao động', kind: 'count', base: 'người', scale: 1 },
  { word: 'nhân khẩu', kind: 'count', base: 'người', scale: 1 },
  { word: 'trẻ em', kind: 'count', base: 'người', scale: 1 },
  { word: 'học sinh', kind: 'count', base: 'người', scale: 1 },
  { word: 'học viên', kind: 'count', base: 'người', scale: 1 },
  { word: 'sinh viên', kind: 'count', base: 'người', scale: 1 },
  { word: 'hộ', kind: 'count', base: 'hộ', scale: 1 },
  { word: 'hộ gia đình', kind: 'count', base: 'hộ', scale: 1 },
  { word: 'xã', kind: 'count', base: 'xã', scale: 1 },
  { word: 'phường', kind: 'count', base: 'xã', scale: 1 },
  { word: 'xã, phường', kind: 'count', base: 'xã', scale: 1 },
  { word: 'xã/phường', kind: 'count', base: 'xã', scale: 1 },
  { word: 'xã, phường, thị trấn', kind: 'count', base: 'xã', scale: 1 },
  { word: 'xã/phường/thị trấn', kind: 'count', base: 'xã', scale: 1 },
  { word: 'xã, thị trấn', kind: 'count', base: 'xã', scale: 1 },
  { word: 'xã/thị trấn', kind: 'count', base: 'xã', scale: 1 },
  { word: 'tấn', kind: 'count', base: 'tấn', scale: 1 },
  { word: 'tạ', kind: 'count', base: 'tấn', scale: 0.1 },
  { word: 'yến', kind: 'count', base: 'tấn', scale: 0.01 },
  { word: 'kg', kind: 'count', base: 'tấn', scale: 0.001 },
  { word: 'ha', kind: 'count', base: 'ha', scale: 1 },
  { word: 'héc ta', kind: 'count', base: 'ha', scale: 1 },
  { word: 'm2', kind: 'count', base: 'ha', scale: 1e-4 },
  { word: 'm²', kind: 'count', base: 'ha', scale: 1e-4 },
  { word: 'km2', kind: 'count', base: 'ha', scale: 100 },
  { word: 'km²', kind: 'count', base: 'ha', scale: 100 },
  { word: 'km', kind: 'count', base: 'km', scale: 1 },
  { word: 'm', kind: 'count', base: 'km', scale: 0.001 },
  { word: 'm3', kind: 'count', base: 'm3', scale: 1 },
  { word: 'm³', kind: 'count', base: 'm3', scale: 1 },
];

/** Things counted one by one, each its own base ("1000 con" is a thousand con). */
export const countedThings: readonly string[] = [
  'lượt', 'lượt người', 'suất', 'đội', 'hồ sơ', 'con', 'cơ sở', 'doanh nghiệp', 'hợp tác xã',
  'dự án', 'quả', 'cây', 'lần', 'cuộc', 'vụ', 'ca', 'trường hợp', 'đối tượng', 'gia đình',
  'mô hình', 'công trình', 'căn', 'nhà', 'trường', 'lớp', 'thôn', 'tổ chức', 'dân',
  'ngày', 'tháng', 'năm',
];

/** Counted bases that are measured, so a whole number in them may still be a rounded one. */
export const measuredBases: readonly string[] = ['tấn', 'ha', 'km', 'm3'];

/** Words in front of a unit that multiply it, followed by a space: "triệu đồng", "nghìn tỷ đồng". */
export const scaleWords: ReadonlyArray<{ readonly word: string; readonly factor: number }> = [
  { word: 'nghìn', factor: 1e3 },
  { word: 'ngàn', factor: 1e3 },
  { word: 'vạn', factor: 1e4 },
  { word: 'triệu', factor: 1e6 },
  { word: 'tỷ', factor: 1e9 },
  { word: 'tỉ', factor: 1e9 },
];

/** Short forms, matched with their spaces and dots taken out: "Tr.đ", "trđ", "tr. đồng". */
export const unitShortForms: ReadonlyArray<{ readonly written: string; readonly unit: string }> = [
  { written: 'trđ', unit: 'triệu đồng' },
  { written: 'trđồng', unit: 'triệu đồng' },
  { written: 'tỷđ', unit: 'tỷ đồng' },
];

/**
 * Words that announce the unit of a whole table above it, before a colon: "Đơn vị tính: Người",
 * "ĐVT: triệu đồng". Any case. A bare "Đơn vị:" may introduce an agency, so there only a known
 * unit counts (`knownUnitOnly`).
 */
export const tableUnitWords: ReadonlyArray<{ readonly phrase: string; readonly knownUnitOnly: boolean }> = [
  { phrase: 'đơn vị tính', knownUnitOnly: false },
  { phrase: 'đvt', knownUnitOnly: false },
  { phrase: 'đơn vị', knownUnitOnly: true },
];

/**
 * A unit cell that repeats the unit of the row above ("Dầu mỏ thô | \"" under "Than đá | Nghìn tấn"):
 * ditto marks and "như trên" (as above). Whole cell, lower case, spaces trimmed.
 */
export const dittoMarks: readonly string[] = ['"', '“', '”', "''", '〃', 'nt', '-nt-', 'n.t', 'như trên'];
