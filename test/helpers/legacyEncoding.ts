/**
 * Legacy copies of workbooks for tests: every text encoded in TCVN3 or VNI by inverting the
 * decoder's own tables, and its cell set in the matching font (or left without one, so that the
 * decoder has only the characters to go by).
 */
import ExcelJS from 'exceljs';
import { tcvn3Letters } from '../../src/core/legacyText/tcvn3';
import { vniLetters } from '../../src/core/legacyText/vni';

export type LegacyEncodingName = 'tcvn3' | 'vni';

const tcvn3Codes = new Map([...tcvn3Letters].map(([code, letter]) => [letter, code]));
const vniSequences = new Map([...vniLetters].map(([sequence, letter]) => [letter, sequence]));

/** VNI text of a Unicode text; characters VNI does not change (ASCII, digits, "≥") stay as they are. */
export function encodeVni(text: string): string {
  return [...text.normalize('NFC')].map((char) => vniSequences.get(char) ?? char).join('');
}

/**
 * TCVN3 text of a Unicode text and the font that shows it. A normal font has no capital with a tone:
 * an all-capital text goes to the capital font as lowercase codes (ASCII keeps its capitals, as
 * typed with Caps Lock); any other text with such a capital cannot be encoded.
 */
export function encodeTcvn3(text: string): { text: string; capitals: boolean } {
  const chars = [...text.normalize('NFC')];
  const normal = chars.map((char) => (char < '\u0080' ? char : tcvn3Codes.get(char)));
  if (normal.every((code) => code !== undefined)) return { text: normal.join(''), capitals: false };
  if (text !== text.toUpperCase()) throw new Error(`TCVN3 cannot show "${text}" in one font`);
  return { text: chars.map((char) => (char < '\u0080' ? char : (tcvn3Codes.get(char.toLowerCase()) ?? char))).join(''), capitals: true };
}

function encodeCell(text: string, encoding: LegacyEncodingName): { text: string; font: string } {
  if (encoding === 'vni') return { text: encodeVni(text), font: 'VNI-Times' };
  const { text: encoded, capitals } = encodeTcvn3(text);
  return { text: encoded, font: capitals ? '.VnTimeH' : '.VnTime' };
}

/**
 * A copy of the workbook with every text cell (constants, rich text, formulas' cached results)
 * encoded; `fonts: false` leaves the cells' fonts unnamed.
 */
export async function legacyCopy(workbook: ExcelJS.Workbook, encoding: LegacyEncodingName, options: { fonts: boolean }): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  for (const worksheet of copy.worksheets) {
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        // A merge's other cells show its first cell's value: encode that once.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const text = cellText(cell.value);
        if (text === null) return;
        const encoded = encodeCell(text, encoding);
        cell.value = withText(cell.value, encoded.text);
        // A style object of its own: loaded cells share theirs.
        const { name: _name, ...font } = cell.font ?? {};
        cell.style = { ...cell.style, font: options.fonts ? { ...font, name: encoded.font } : font };
      }),
    );
  }
  return copy;
}

function cellText(value: ExcelJS.CellValue): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  if (value && typeof value === 'object' && 'formula' in value && typeof value.result === 'string') return value.result;
  return null;
}

function withText(value: ExcelJS.CellValue, text: string): ExcelJS.CellValue {
  if (value && typeof value === 'object' && 'formula' in value) return { ...value, result: text };
  return text;
}
