/**
 * The styles part as the snapshot needs it: for each cell format (cellXfs entry), its number
 * format code (custom or built-in by id), its font's bold and name, and its indent.
 *
 * What it tells matches the ExcelJS reader the command line used before, so reports stay the same:
 * format 0 and absent ids give no code, only the built-in ids ExcelJS knows have one, and a cell
 * with style 0 (or none) reads as telling nothing about its look.
 */
import { snapshotStyle, type CellStyle } from '../../core/model';
import { isTrue, scanXml } from './xmlScan';

export interface FontLook {
  bold?: boolean;
  name?: string;
}

export interface CellLook {
  /** Null for General (id 0) and for built-in ids without a code here. */
  numberFormat: string | null;
  /** The format shows a date or time: a number under it reads as a date. */
  isDate: boolean;
  font: FontLook | undefined;
  /** Present when the format sets any alignment (an indent or otherwise). */
  alignment: { indent?: number } | undefined;
  /** Shared by every cell of this format. */
  style: CellStyle | null;
}

export interface Styles {
  /** The look of cellXfs entry `index`; null for 0, a missing entry, or no styles part. */
  look(index: number): CellLook | null;
}

/** Built-in number formats by id (ECMA-376 §18.8.30), the locale-independent ones. */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

const ALIGNMENT_ATTRIBUTES = ['horizontal', 'vertical', 'wrapText', 'shrinkToFit', 'indent', 'textRotation', 'readingOrder'];

interface Xf {
  numFmtId: number;
  fontId: number;
  alignment: { indent?: number } | undefined;
}

export function readStyles(xml: string | null): Styles {
  if (xml === null) return { look: () => null };
  const customFormats = new Map<number, string>();
  const fonts: FontLook[] = [];
  const xfs: Xf[] = [];
  let list = '';
  let font: FontLook | null = null;
  let xf: Xf | null = null;
  scanXml(xml, {
    open(name, attributes) {
      switch (name) {
        case 'fonts':
        case 'cellXfs':
          list = name;
          break;
        case 'numFmt':
          if (attributes.numFmtId !== undefined) customFormats.set(parseInt(attributes.numFmtId, 10), attributes.formatCode ?? '');
          break;
        case 'font':
          if (list === 'fonts') font = {};
          break;
        case 'b':
          // <b val="0"/> says "not bold" (ExcelJS read any <b> as bold).
          if (font) font.bold = attributes.val === undefined || isTrue(attributes.val);
          break;
        case 'name':
          if (font && attributes.val !== undefined) font.name = attributes.val;
          break;
        case 'xf':
          if (list === 'cellXfs') xf = { numFmtId: parseInt(attributes.numFmtId ?? '', 10), fontId: parseInt(attributes.fontId ?? '', 10), alignment: undefined };
          break;
        case 'alignment':
          if (xf && ALIGNMENT_ATTRIBUTES.some((key) => attributes[key])) {
            xf.alignment = attributes.indent ? { indent: parseInt(attributes.indent, 10) } : {};
          }
          break;
      }
    },
    close(name) {
      if (name === 'font' && font) {
        fonts.push(font);
        font = null;
      } else if (name === 'xf' && xf) {
        xfs.push(xf);
        xf = null;
      } else if (name === list) {
        list = '';
      }
    },
  });

  const looks = new Map<number, CellLook | null>();
  const lookOf = (index: number): CellLook | null => {
    const entry = index > 0 ? xfs[index] : undefined;
    if (!entry) return null;
    const numberFormat = entry.numFmtId ? customFormats.get(entry.numFmtId) || BUILT_IN_FORMATS[entry.numFmtId] || null : null;
    const fontLook = Number.isNaN(entry.fontId) ? undefined : fonts[entry.fontId];
    return {
      numberFormat,
      isDate: isDateFormat(numberFormat),
      font: fontLook,
      alignment: entry.alignment,
      style: snapshotStyle(entry.alignment?.indent, fontLook?.bold, fontLook?.name),
    };
  };
  return {
    look(index) {
      let look = looks.get(index);
      if (look === undefined) {
        look = lookOf(index);
        looks.set(index, look);
      }
      return look;
    },
  };
}

/**
 * A code that formats a date or time: y, m, d, h, s or b (Buddhist year) outside quotes,
 * brackets, and the characters a code shows literally (\h) or pads with (_h, *h). ExcelJS did not
 * skip those, so "#,##0\ \h\a" (hectares) turned figures into dates.
 */
export function isDateFormat(code: string | null): boolean {
  if (!code) return false;
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]|"[^"]*"|[\\_*]./g, ''));
}
