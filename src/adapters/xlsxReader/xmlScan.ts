/**
 * One pass over an XML part with saxes (a streaming parser: no tree is built), reporting
 * elements by local name, so parts written with a prefix ("x:c", as some .NET tools write) read
 * like the usual ones. Malformed XML throws. For the small parts (workbook, styles,
 * relationships); worksheets and shared strings, which grow with the workbook, are read with
 * XmlCursor.
 */
import { SaxesParser } from 'saxes';

export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  open?(name: string, attributes: Attributes): void;
  /** Character data (entities already decoded), CDATA included. */
  text?(text: string): void;
  close?(name: string): void;
}

export function scanXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false, xmlns: false });
  const { open, text, close } = handlers;
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  parser.write(xml).close();
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute in some namespace ("r:id"), whatever prefix the part gave it. */
export function prefixedAttribute(attributes: Attributes, name: string): string | undefined {
  for (const key in attributes) if (key.endsWith(`:${name}`)) return attributes[key];
  return undefined;
}

/** xsd:boolean as SpreadsheetML writes it. */
export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/**
 * Cell text with Excel's escapes (_xHHHH_) for characters XML cannot hold turned back into the
 * characters, as Excel shows them; "_x005F_" escapes a literal underscore.
 */
export function unescapeCellText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
