/**
 * Units of measure as the sheets write them ("triệu đồng", "Tạ/Ha", "1000 con", "%"): what they
 * count, at which scale, and whether parts in them can add up to a total.
 */
import type { UnitKind } from './report';
import { cleanText } from './textFold';
import { countedThings, measuredBases, scaleWords, tableUnitWords, unitShortForms, unitWords } from './vocabulary/unitWords';
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

interface Quantity {
  kind: UnitKind;
  base: string;
  scale: number;
}

/** What a unit text means, and whether it is one we know rather than any noun. */
interface Reading extends Quantity {
  known: boolean;
}

/** Every unit word and counted thing, by the word. */
const knownQuantities: ReadonlyMap<string, Quantity> = new Map([
  ...unitWords.map(({ word, kind, base, scale }): [string, Quantity] => [word, { kind, base, scale }]),
  ...countedThings.map((word): [string, Quantity] => [word, { kind: 'count', base: word, scale: 1 }]),
]);
const shortForms: ReadonlyMap<string, string> = new Map(unitShortForms.map(({ written, unit }) => [written, unit]));

const leadingScaleWord = (text: string) => scaleWords.find(({ word }) => text.startsWith(`${word} `));

/** "Đơn vị tính:", "ĐVT:", "Đơn vị:" before a unit, longest first so "Đơn vị tính" is not cut short. */
const tableUnitLine = new RegExp(
  `^\\(?\\s*(${[...tableUnitWords].sort((a, b) => b.phrase.length - a.phrase.length).map(({ phrase }) => phrase).join('|')})\\s*:\\s*(.+?)\\s*\\)?\\.?$`,
  'iu',
);

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
    const { word, factor } = found;
    scale *= factor;
    rest = rest.slice(word.length + 1);
  }
  const quantity = knownQuantities.get(rest);
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
  const text = shortForms.get(normalized.replace(/[\s.]/g, '')) ?? normalized;
  // "xã/phường" is one unit written with a slash, not a ratio.
  const [numerator = '', ...denominators] = text.split('/');
  if (knownQuantities.has(text) || denominators.length === 0 || [numerator, ...denominators].includes('')) {
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
    discrete: kind === 'count' && scale === 1 && !measuredBases.includes(base),
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

/** "Nghìn tấn; Triệu USD": the units a line lists in order, two at least and each one we know; else null. */
export function knownUnitsListed(text: string): Unit[] | null {
  const units = text.split(';').map((part) => knownUnit(part.trim()));
  return units.length >= 2 && units.every((unit) => unit !== null) ? (units as Unit[]) : null;
}

/** The unit a text names, only when it is one we know: "Nghìn ha", "%", "Tỷ đồng". */
export function knownUnit(text: string): Unit | null {
  const parsed = parseWithReading(text);
  return parsed?.known ? parsed.unit : null;
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
  const match = tableUnitLine.exec(cleanText(text));
  if (!match) return null;
  const parsed = parseWithReading(match[2]);
  const knownUnitOnly = tableUnitWords.find(({ phrase }) => phrase === match[1]?.toLowerCase())?.knownUnitOnly ?? false;
  if (!parsed || (!parsed.known && knownUnitOnly)) return null;
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
