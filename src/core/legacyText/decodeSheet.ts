/**
 * Legacy Vietnamese text in a sheet (TCVN3, VNI) decoded to Unicode, and decomposed text composed
 * (NFC), before anything reads the sheet. A cell in a legacy font is read in that font's encoding; any
 * other cell by the sheet's evidence: the encoding whose characteristic characters its texts hold
 * and whose decode of them gives Vietnamese syllables. A decode that does not give Vietnamese
 * syllables is never taken, and text already in Unicode Vietnamese is never decoded.
 */
import { memoize } from '../memo';
import type { CellValue, SheetSnapshot } from '../snapshot';
import { combining, latin1, scanCharacters, unicodeOnly } from './characterScan';
import { legacyEncodingOfFont, type LegacyEncoding } from './legacyFont';
import { decodeTcvn3, hasTcvn3Marker, looksTypedInCapitalFont } from './tcvn3';
import { isVietnameseText, isVietnameseWord } from './vietnameseSyllables';
import { decodeVni, hasVniMarker } from './vni';

type Family = 'tcvn3' | 'vni';

/**
 * How a cell's text is read: in its font's encoding; by the sheet's evidence, every text or only the
 * texts holding the encoding's characteristic characters; as Unicode (composed only).
 */
type Reading = LegacyEncoding | 'evidenceAll' | 'evidenceMarked' | 'unicode';

export function decodeLegacyText(snapshot: SheetSnapshot): SheetSnapshot {
  const { values, styles } = snapshot;
  const composed = memoize((text: string) => text.normalize('NFC'));
  // One cheap scan of every text; the rest of the work is only for the cells it keeps.
  const keptRows: number[] = [];
  const keptColumns: number[] = [];
  const keptTexts: string[] = [];
  /** Per kept cell: a possible legacy text, or Unicode to compose only. */
  const keptLegacy: boolean[] = [];
  const legacyTexts: string[] = [];
  let unicodeCells = 0;
  let legacyFonts = false;
  let decomposed = false;
  for (let r = 0; r < values.length; r++) {
    const row = values[r]!;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value !== 'string') continue;
      let flags = scanCharacters(value);
      if (flags === 0) continue;
      const text = flags & combining ? composed(value) : value;
      if (text !== value) {
        decomposed = true;
        flags = scanCharacters(text);
      }
      const legacy = (flags & latin1) !== 0 && (flags & unicodeOnly) === 0;
      if (flags & unicodeOnly) unicodeCells++;
      if (legacy) {
        legacyTexts.push(text);
        if (!legacyFonts && legacyEncodingOfFont(styles?.[r]?.[c]?.fontName) !== null) legacyFonts = true;
      } else if (text === value) continue;
      keptRows.push(r);
      keptColumns.push(c);
      keptTexts.push(text);
      keptLegacy.push(legacy);
    }
  }
  if (keptTexts.length === 0) return snapshot;

  const decoder = createDecoder();
  const estimate: Record<Family, number> = { tcvn3: legacyCells(legacyTexts, 'tcvn3', decoder), vni: legacyCells(legacyTexts, 'vni', decoder) };
  const family: Family | null = estimate.tcvn3 === 0 && estimate.vni === 0 ? null : estimate.tcvn3 >= estimate.vni ? 'tcvn3' : 'vni';
  // A sheet mostly in legacy text has its few marker-free texts ("Sè" for "Số") decoded too.
  const mostlyLegacy = family !== null && estimate[family] >= unicodeCells;
  if (family === null && !legacyFonts && !decomposed) return snapshot;

  const readers = new Map<Reading, (text: string) => string>();
  const readerOf = (reading: Exclude<Reading, 'unicode'>) => {
    let reader = readers.get(reading);
    if (!reader) {
      reader = memoize((text: string) => readText(text, reading, family, decoder));
      readers.set(reading, reader);
    }
    return reader;
  };

  let decodedValues: (readonly CellValue[])[] | null = null;
  const copiedRows: CellValue[][] = [];
  for (let k = 0; k < keptTexts.length; k++) {
    const row = keptRows[k]!;
    const column = keptColumns[k]!;
    const text = keptTexts[k]!;
    const fontName = styles?.[row]?.[column]?.fontName;
    // Beside legacy fonts, another font is a deliberate choice: its texts are Unicode unless marked.
    const reading: Reading = !keptLegacy[k]
      ? 'unicode'
      : (legacyEncodingOfFont(fontName) ??
        (family === null ? 'unicode' : mostlyLegacy && !(legacyFonts && fontName !== undefined) ? 'evidenceAll' : 'evidenceMarked'));
    const read = reading === 'unicode' ? text : readerOf(reading)(text);
    if (read === values[row]![column]) continue;
    // Rows are copied as they change: the others stay shared with the snapshot.
    const cells = (copiedRows[row] ??= [...values[row]!]);
    cells[column] = read;
    (decodedValues ??= [...values])[row] = cells;
  }
  return decodedValues ? { ...snapshot, values: decodedValues } : snapshot;
}

/** How many texts of a family are looked at for its characters, and how many distinct ones decoded. */
const markerSample = 2000;
const decodeSample = 64;

/**
 * About how many cells hold the family's text: the cells with its characteristic characters, times
 * the share of a sample of them that decodes to Vietnamese (TCVN3 and VNI share many characters).
 * A large sheet is judged on an even sample of its texts.
 */
function legacyCells(texts: readonly string[], family: Family, decoder: Decoder): number {
  const step = Math.ceil(texts.length / markerSample);
  let marked = 0;
  const decodes = new Map<string, boolean>();
  for (let i = 0; i < texts.length; i += step) {
    const text = texts[i]!;
    if (!hasMarker(family, text)) continue;
    marked++;
    if (decodes.size < decodeSample && !decodes.has(text)) decodes.set(text, decoder.decode(encodingOf(family, text), text) !== null);
  }
  const decoded = [...decodes.values()].filter(Boolean).length;
  return decodes.size === 0 ? 0 : (marked * step * decoded) / decodes.size;
}

interface Decoder {
  /** The decoded text when decoding changes the text and gives Vietnamese syllables; otherwise null. */
  decode(encoding: LegacyEncoding, text: string): string | null;
}

/** Checks each distinct word once per sheet: labels repeat their words far more than themselves. */
function createDecoder(): Decoder {
  const acceptsWord = memoize(isVietnameseWord);
  return {
    decode(encoding, text) {
      const decoded = encoding === 'vni' ? decodeVni(text) : decodeTcvn3(text, encoding === 'tcvn3Capitals');
      return decoded !== text && isVietnameseText(decoded, acceptsWord) ? decoded : null;
    },
  };
}

function readText(text: string, reading: Exclude<Reading, 'unicode'>, family: Family | null, decoder: Decoder): string {
  if (reading !== 'evidenceAll' && reading !== 'evidenceMarked') return decoder.decode(reading, text) ?? text;
  if (family === null || (reading === 'evidenceMarked' && !hasMarker(family, text))) return text;
  return decoder.decode(encodingOf(family, text), text) ?? text;
}

function hasMarker(family: Family, text: string): boolean {
  return family === 'tcvn3' ? hasTcvn3Marker(text) : hasVniMarker(text);
}

/** The family's encoding for a text without a font: TCVN3 typed in a capital font shows in its ASCII letters. */
function encodingOf(family: Family, text: string): LegacyEncoding {
  if (family === 'vni') return 'vni';
  return looksTypedInCapitalFont(text) ? 'tcvn3Capitals' : 'tcvn3';
}
