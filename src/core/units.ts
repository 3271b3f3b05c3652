/**
 * Units of measure as the sheets write them ("triệu đồng", "Tạ/Ha", "1000 con", "%"): what they
 * count, at which scale, and whether parts in them can add up to a total.
 */
import type { UnitKind } from './report';
import { cleanText } from './textFold';
import { withoutFloatNoise } from './values/floatNoise';

export interface Unit {
  /** As written, trimmed. */
  text: string;
  /** Lower-case NFC, single spaces: "triệu đồng", "%", "tạ/ha", "lượt người". */
  normalized: string;
  kind: UnitKind;
  /** What it counts once the scale is removed: 'đồng', 'người', 'ha', 'tấn', '%', 'tấn/ha'… */
  base: string;
  /** Multiplier to the base: triệu đồng 1e6, 1000 con 1e3, tạ 0.1 (of a tấn). */
  scale: number;
  /** Whether parts in this unit can add up to a total. */
  additive: boolean;
  /** Whole things counted one by one (people, households, files): a figure in it is exact, never rounded. */
  discrete: boolean;
}

/** Counted quantities that are measured, so a whole number in them may still be a rounded one. */
const measuredBases = new Set(['tấn', 'ha', 'km', 'm3']);

interface Quantity {
  kind: UnitKind;
  base: string;
  scale: number;
}

/** What a unit text means, and whether it is one we know rather than any noun. */
interface Reading extends Quantity {
  known: boolean;
}

const count = (base: string, scale = 1): Quantity => ({ kind: 'count', base, scale });

/** Words the sheets use as units. Several words count the same thing (a "lao động" is a person). */
const knownQuantities: Readonly<Record<string, Quantity>> = {
  'đồng': { kind: 'amount', base: 'đồng', scale: 1 },
  'đ': { kind: 'amount', base: 'đồng', scale: 1 },
  'vnđ': { kind: 'amount', base: 'đồng', scale: 1 },
  'vnd': { kind: 'amount', base: 'đồng', scale: 1 },
  'usd': { kind: 'amount', base: 'usd', scale: 1 },
  '%': { kind: 'rate', base: '%', scale: 1 },
  'phần trăm': { kind: 'rate', base: '%', scale: 1 },
  '‰': { kind: 'rate', base: '‰', scale: 1 },
  'phần nghìn': { kind: 'rate', base: '‰', scale: 1 },
  'điểm': { kind: 'index', base: 'điểm', scale: 1 },
  'chỉ số': { kind: 'index', base: 'chỉ số', scale: 1 },
  'hệ số': { kind: 'index', base: 'hệ số', scale: 1 },
  'người': count('người'),
  'lao động': count('người'),
  'người lao động': count('người'),
  'nhân khẩu': count('người'),
  'trẻ em': count('người'),
  'học sinh': count('người'),
  'học viên': count('người'),
  'sinh viên': count('người'),
  'hộ': count('hộ'),
  'hộ gia đình': count('hộ'),
  'xã': count('xã'),
  'phường': count('xã'),
  'xã, phường': count('xã'),
  'xã/phường': count('xã'),
  'xã, phường, thị trấn': count('xã'),
  'xã/phường/thị trấn': count('xã'),
  'xã, thị trấn': count('xã'),
  'xã/thị trấn': count('xã'),
  'tấn': count('tấn'),
  'tạ': count('tấn', 0.1),
  'yến': count('tấn', 0.01),
  'kg': count('tấn', 0.001),
  'ha': count('ha'),
  'héc ta': count('ha'),
  'm2': count('ha', 1e-4),
  'm²': count('ha', 1e-4),
  'km2': count('ha', 100),
  'km²': count('ha', 100),
  'km': count('km'),
  'm': count('km', 0.001),
  'm3': count('m3'),
  'm³': count('m3'),
  ...Object.fromEntries(
    [
      'lượt', 'lượt người', 'suất', 'đội', 'hồ sơ', 'con', 'cơ sở', 'doanh nghiệp', 'hợp tác xã',
      'dự án', 'quả', 'cây', 'lần', 'cuộc', 'vụ', 'ca', 'trường hợp', 'đối tượng', 'gia đình',
      'mô hình', 'công trình', 'căn', 'nhà', 'trường', 'lớp', 'thôn', 'tổ chức', 'dân',
      'ngày', 'tháng', 'năm',
    ].map((word) => [word, count(word)]),
  ),
};

const scaleWords: readonly (readonly [string, number])[] = [
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['vạn', 1e4],
  ['triệu', 1e6],
  ['tỷ', 1e9],
  ['tỉ', 1e9],
];

const leadingScaleWord = (text: string) => scaleWords.find(([word]) => text.startsWith(`${word} `));

/** Short forms written without spaces or with dots: "Tr.đ", "trđ". */
const shortForms: Readonly<Record<string, string>> = {
  'trđ': 'triệu đồng',
  'trđồng': 'triệu đồng',
  'tỷđ': 'tỷ đồng',
};

function normalizeUnitText(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s*,\s*/g, ', ');
}

/** A unit without "/": scale words and a leading 1000 ("nghìn tỷ đồng", "1000 con") multiply the base. */
function readSimple(text: string): Reading {
  let rest = text;
  let scale = 1;
  const numeric = /^(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(\D.*)$/.exec(rest);
  const factor = (numeric?.[1] ?? '').replace(/[.,]/g, '');
  // Only powers of ten from 1000 up: "(2 lần)" after a label is a figure, not a unit.
  if (numeric && /^10{3,}$/.test(factor)) {
    scale = Number(factor);
    rest = numeric[2] ?? '';
  }
  for (let found = leadingScaleWord(rest); found; found = leadingScaleWord(rest)) {
    const [word, factor] = found;
    scale *= factor;
    rest = rest.slice(word.length + 1);
  }
  const quantity = knownQuantities[rest];
  if (quantity) return { ...quantity, scale: withoutFloatNoise(scale * quantity.scale), known: true };
  // Any other noun counts things ("bộ", "chiếc"); with a scale in front it is surely a unit.
  return { kind: 'count', base: rest, scale, known: scale !== 1 };
}

/** "tạ/ha", "triệu đồng/người", "người/vạn dân": a ratio, never summed; the scales still convert. */
function readRatio(numeratorText: string, denominatorTexts: readonly string[]): Reading {
  const numerator = readSimple(numeratorText);
  const denominators = denominatorTexts.map(readSimple);
  return {
    kind: 'other',
    base: [numerator, ...denominators].map((part) => part.base).join('/'),
    scale: withoutFloatNoise(denominators.reduce((scale, part) => scale / part.scale, numerator.scale)),
    known: numerator.known && denominators.every((part) => part.known),
  };
}

function readUnit(normalized: string): Reading {
  const text = shortForms[normalized.replace(/[\s.]/g, '')] ?? normalized;
  // "xã/phường" is one unit written with a slash, not a ratio.
  const [numerator = '', ...denominators] = text.split('/');
  if (knownQuantities[text] || denominators.length === 0 || [numerator, ...denominators].includes('')) {
    return readSimple(text);
  }
  return readRatio(numerator, denominators);
}

function toUnit(text: string, normalized: string, reading: Reading): Unit {
  const { kind, base, scale } = reading;
  return {
    text,
    normalized,
    kind,
    base,
    scale,
    additive: kind === 'count' || kind === 'amount',
    discrete: kind === 'count' && scale === 1 && !measuredBases.has(base),
  };
}

function parseWithReading(text: string | null | undefined): { unit: Unit; known: boolean } | null {
  const trimmed = (text ?? '').trim();
  const normalized = normalizeUnitText(trimmed).replace(/^\((.*)\)$/, '$1').trim();
  if (normalized === '') return null;
  const reading = readUnit(normalized);
  return { unit: toUnit(trimmed, normalized, reading), known: reading.known };
}

/** The unit a unit cell holds; any noun is taken as a unit that counts things. Null for a blank cell. */
export function parseUnit(text: string | null | undefined): Unit | null {
  return parseWithReading(text)?.unit ?? null;
}

/**
 * A unit in parentheses at the end of a label or header: "Tạo việc làm (nghìn người)",
 * "Kinh phí (triệu đồng)". Only a unit we know counts: "(trợ cấp thất nghiệp)" is part of a label.
 * The text before it keeps its leading spaces, which may carry the row's level.
 */
export function unitInText(text: string): { unit: Unit; textWithoutUnit: string } | null {
  const match = /\(([^()]*)\)\s*$/.exec(text);
  if (!match) return null;
  const textWithoutUnit = text.slice(0, match.index).trimEnd();
  const parsed = parseWithReading(match[1]);
  if (!parsed?.known || textWithoutUnit.trim() === '') return null;
  return { unit: parsed.unit, textWithoutUnit };
}

/**
 * The unit of a whole table, stated above it: "Đơn vị tính: Người", "ĐVT: triệu đồng",
 * "Đơn vị: tỷ đồng". A bare "Đơn vị:" may introduce an agency, so only a known unit counts there.
 */
export function unitAboveTable(text: string): Unit | null {
  const match = /^\(?\s*(đơn vị tính|đvt|đơn vị)\s*:\s*(.+?)\s*\)?\.?$/iu.exec(cleanText(text));
  if (!match) return null;
  const parsed = parseWithReading(match[2]);
  if (!parsed || (!parsed.known && match[1]?.toLowerCase() === 'đơn vị')) return null;
  return parsed.unit;
}

/** Whether figures in the two units measure the same thing, so one converts into the other. */
export function sameQuantity(a: Unit, b: Unit): boolean {
  return a.kind === b.kind && a.base === b.base;
}

/** A figure in `from` expressed in `to`: 1500 triệu đồng is 1.5 tỷ đồng. */
export function convert(value: number, from: Unit, to: Unit): number {
  if (!sameQuantity(from, to)) {
    throw new Error(`Cannot convert "${from.normalized}" to "${to.normalized}": they measure different things.`);
  }
  return withoutFloatNoise(value * (from.scale / to.scale));
}
