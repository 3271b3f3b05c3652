/**
 * Adds the styles the planned sheets need to the package's styles part, after the workbook's own
 * (which keep their numbers, so no original cell changes look), and says which cellXfs entry
 * each look got.
 */
import type { Document, Element } from '@xmldom/xmldom';
import type { PlannedCell } from '../../summaryPlan';
import { cellStyleOf, isLink, type CellStyle } from './cellStyle';
import { childNamed, childrenNamed, ensureChild, newElement, parseXml, root, serializeXml } from './xmlDocument';

/** CT_Stylesheet's sequence. */
const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** Number formats every Excel knows by number; a custom entry is added for any other code. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
const FIRST_CUSTOM_FORMAT = 164;

/** A styles part with only what Excel requires, for a workbook we create from nothing. */
export const EMPTY_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/**
 * The package's styles part, to which looks are added one by one as cells need them: each gets
 * the next cellXfs entry, after the workbook's own and after those added before it.
 */
export class StylesPart {
  private readonly doc: Document;
  private readonly fonts: Element;
  private readonly fills: Element;
  private readonly borders: Element;
  private readonly cellXfs: Element;
  private readonly numberFormats: { idOf(code: string): number };
  private readonly fontIds = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();

  /** `partName`: where the text comes from, for the error when it is not a styles part. */
  constructor(stylesXml: string, partName: string) {
    this.doc = parseXml(stylesXml, partName, 'styleSheet');
    const sheet = root(this.doc);
    const part = (name: string) => ensureChild(sheet, name, STYLESHEET_ORDER);
    this.fonts = part('fonts');
    this.fills = part('fills');
    this.borders = part('borders');
    this.cellXfs = part('cellXfs');
    ensureDefaults(this.fonts, this.fills, this.borders, this.cellXfs);
    this.numberFormats = numberFormatIds(sheet);
  }

  /** Adds a cellXfs entry for `style`; returns its index. */
  add(style: CellStyle): number {
    const { fonts, fills, cellXfs } = this;
    const fontKey = `${style.bold}|${style.underline}|${style.fontColor ?? ''}`;
    const fontId = style.bold || style.underline || style.fontColor ? remember(this.fontIds, fontKey, () => addFont(fonts, style)) : 0;
    const fillId = style.fill ? remember(this.fillIds, style.fill, () => addFill(fills, style.fill!)) : 0;
    const numFmtId = style.numberFormat ? this.numberFormats.idOf(style.numberFormat) : 0;
    const xf = newElement(cellXfs, 'xf', { numFmtId, fontId, fillId, borderId: 0, xfId: 0 });
    if (numFmtId) xf.setAttribute('applyNumberFormat', '1');
    if (fontId) xf.setAttribute('applyFont', '1');
    if (fillId) xf.setAttribute('applyFill', '1');
    if (style.wrap || style.indent) {
      xf.setAttribute('applyAlignment', '1');
      const alignment = newElement(cellXfs, 'alignment');
      if (style.indent) {
        alignment.setAttribute('horizontal', 'left');
        alignment.setAttribute('indent', String(style.indent));
      }
      if (style.wrap) alignment.setAttribute('wrapText', '1');
      xf.appendChild(alignment);
    }
    cellXfs.appendChild(xf);
    return childrenNamed(cellXfs, 'xf').length - 1;
  }

  /** The part's text with what was added. */
  xml(): string {
    for (const list of [this.fonts, this.fills, this.borders, this.cellXfs]) list.setAttribute('count', String(countOfChildren(list)));
    return serializeXml(this.doc);
  }
}

/**
 * The cellXfs index of each cell's look, the look added to the styles part the first time a cell
 * has it (as SharedStrings numbers texts): the cells are looked at once, as their XML is written.
 * Looks are found by their parts in turn (number format, font colour, fill, indent, then the
 * bold, underline and wrap flags) rather than by a key text made for each cell: a large
 * workbook's summary has a million cells and a few dozen looks.
 */
export function cellStyleIndex(part: StylesPart): (cell: PlannedCell) => number {
  const byFormat = new Map<string, Map<string, Map<string, Map<number, number[]>>>>();
  return (cell) => {
    const flags = (cell.bold ? 1 : 0) | (isLink(cell) ? 2 : 0) | (cell.wrap ? 4 : 0);
    const indent = cell.indent ?? 0;
    if (!flags && !indent && !cell.numberFormat && !cell.fontColor && !cell.fill) return 0;
    const byColor = remember(byFormat, cell.numberFormat ?? '', () => new Map());
    const byFill = remember(byColor, cell.fontColor ?? '', () => new Map());
    const byIndent = remember(byFill, cell.fill ?? '', () => new Map());
    const byFlags = remember(byIndent, indent, () => []);
    return (byFlags[flags] ??= part.add(cellStyleOf(cell)));
  };
}

/** The value under `key`, made and kept there the first time it is asked for. */
function remember<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function countOfChildren(list: Element): number {
  let count = 0;
  for (let node = list.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) count++;
  return count;
}

/** Excel refuses a styles part without a font, the two reserved fills, a border and an xf. */
function ensureDefaults(fonts: Element, fills: Element, borders: Element, cellXfs: Element): void {
  if (!countOfChildren(fonts)) {
    const font = newElement(fonts, 'font');
    font.appendChild(newElement(fonts, 'sz', { val: 11 }));
    font.appendChild(newElement(fonts, 'name', { val: 'Calibri' }));
    fonts.appendChild(font);
  }
  for (const pattern of ['none', 'gray125'].slice(countOfChildren(fills))) {
    const fill = newElement(fills, 'fill');
    fill.appendChild(newElement(fills, 'patternFill', { patternType: pattern }));
    fills.appendChild(fill);
  }
  if (!countOfChildren(borders)) borders.appendChild(newElement(borders, 'border'));
  if (!countOfChildren(cellXfs)) cellXfs.appendChild(newElement(cellXfs, 'xf', { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, xfId: 0 }));
}

/** The workbook's default font (the first), made bold, underlined or coloured as asked. */
function addFont(fonts: Element, style: CellStyle): number {
  const base = childNamed(fonts, 'font')!;
  const font = base.cloneNode(true) as Element;
  for (const name of ['b', 'u', 'color']) for (const child of childrenNamed(font, name)) font.removeChild(child);
  // CT_Font is a choice in any order; Excel itself writes b and u first.
  const first = font.firstChild;
  if (style.underline) font.insertBefore(newElement(fonts, 'u'), first);
  if (style.bold) font.insertBefore(newElement(fonts, 'b'), font.firstChild);
  if (style.fontColor) font.appendChild(newElement(fonts, 'color', { rgb: `FF${style.fontColor}` }));
  fonts.appendChild(font);
  return countOfChildren(fonts) - 1;
}

function addFill(fills: Element, color: string): number {
  const fill = newElement(fills, 'fill');
  const pattern = newElement(fills, 'patternFill', { patternType: 'solid' });
  pattern.appendChild(newElement(fills, 'fgColor', { rgb: `FF${color}` }));
  pattern.appendChild(newElement(fills, 'bgColor', { indexed: 64 }));
  fill.appendChild(pattern);
  fills.appendChild(fill);
  return countOfChildren(fills) - 1;
}

/** Ids of number format codes: built-in, already in the workbook, or added. */
function numberFormatIds(sheet: Element): { idOf(code: string): number } {
  const existing = childNamed(sheet, 'numFmts');
  const known = new Map<string, number>(Object.entries(BUILT_IN_FORMATS));
  let next = FIRST_CUSTOM_FORMAT;
  for (const format of existing ? childrenNamed(existing, 'numFmt') : []) {
    const id = Number(format.getAttribute('numFmtId'));
    const code = format.getAttribute('formatCode');
    if (code !== null && !known.has(code)) known.set(code, id);
    next = Math.max(next, id + 1);
  }
  return {
    idOf(code) {
      const found = known.get(code);
      if (found !== undefined) return found;
      const list = ensureChild(sheet, 'numFmts', STYLESHEET_ORDER);
      list.appendChild(newElement(list, 'numFmt', { numFmtId: next, formatCode: code }));
      list.setAttribute('count', String(countOfChildren(list)));
      known.set(code, next);
      return next++;
    },
  };
}
