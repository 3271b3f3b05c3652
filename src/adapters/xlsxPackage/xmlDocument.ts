/**
 * Small DOM helpers for the package parts we edit (workbook, relationships, content types,
 * styles). New elements take the namespace and prefix of the part's root, so parts written
 * with a prefix ("x:workbook", as some .NET tools do) stay consistent.
 */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';
import { PackageError } from './packageError';

/**
 * The part's document, `partName` naming it in the error when the text is not well-formed XML or
 * its root is not `rootName`. xmldom's own reports (it prints them to the console by default) are
 * kept quiet: a fatal one becomes the PackageError, the rest (an entity a DOCTYPE declares is left
 * as written, never expanded) change nothing the copy needs. The DOCTYPE is dropped and the
 * declaration says UTF-8, as the part is written back: a DOCTYPE makes LibreOffice refuse the copy.
 */
export function parseXml(text: string, partName: string, rootName: string): Document {
  let doc: Document;
  try {
    doc = new DOMParser({ onError: quiet }).parseFromString(text, 'text/xml');
  } catch (error) {
    throw new PackageError(`the part ${partName} is not well-formed XML (${error instanceof Error ? error.message : String(error)})`, 'corrupt');
  }
  const top = doc.documentElement;
  if (top?.localName !== rootName) throw new PackageError(`the part ${partName} has no <${rootName}> root element`, 'corrupt');
  if (doc.doctype) doc.removeChild(doc.doctype);
  declareUtf8(doc.firstChild);
  return doc;
}

/** Fatal errors still throw (xmldom throws them after reporting); the rest are of no use here. */
function quiet(): void {}

function declareUtf8(node: Node | null): void {
  if (node?.nodeType !== PROCESSING_INSTRUCTION || node.nodeName !== 'xml') return;
  const declaration = node as unknown as { data: string };
  declaration.data = declaration.data.replace(ENCODING, 'encoding="UTF-8"');
}

const PROCESSING_INSTRUCTION = 7;
const ENCODING = /encoding\s*=\s*(?:"[^"]*"|'[^']*')/;

/**
 * `text` with its prolog as the copy writes it: no DOCTYPE (never expanded, only removed) and
 * a declaration saying UTF-8, for a part edited as text and written back.
 */
export function plainProlog(text: string): string {
  const prolog = PROLOG.exec(text)?.[0] ?? '';
  const plain = prolog.replace(DOCTYPE, '').replace(ENCODING, 'encoding="UTF-8"');
  return plain === prolog ? text : plain + text.slice(prolog.length);
}

/** What may come before the root element: a declaration, comments, processing instructions, a DOCTYPE. */
const PROLOG = /^\uFEFF?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\]\s*)?>)*/;
const DOCTYPE = /<!DOCTYPE[^[>]*(?:\[[\s\S]*?\]\s*)?>/;

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

export function root(doc: Document): Element {
  const element = doc.documentElement;
  if (!element) throw new PackageError('XML part without a root element');
  return element;
}

/** The direct children of `parent` with this local name. */
export function childrenNamed(parent: Element, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName) found.push(node as Element);
  }
  return found;
}

export function childNamed(parent: Element, localName: string): Element | null {
  return childrenNamed(parent, localName)[0] ?? null;
}

/** A new element in the namespace of `parent`'s document root, with these attributes. */
export function newElement(parent: Element, localName: string, attributes: Record<string, string | number> = {}): Element {
  const doc = parent.ownerDocument!;
  const top = root(doc);
  const element = doc.createElementNS(top.namespaceURI, top.prefix ? `${top.prefix}:${localName}` : localName);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/**
 * The child of `parent` with this name, created where the schema's sequence puts it when missing:
 * before the first existing child whose name comes later in `order`.
 */
export function ensureChild(parent: Element, localName: string, order: readonly string[]): Element {
  const existing = childNamed(parent, localName);
  if (existing) return existing;
  const created = newElement(parent, localName);
  const later = new Set(order.slice(order.indexOf(localName) + 1));
  let before: Element | null = null;
  for (let node = parent.firstChild; node && !before; node = node.nextSibling) {
    if (node.nodeType === 1 && later.has((node as Element).localName ?? '')) before = node as Element;
  }
  parent.insertBefore(created, before);
  return created;
}
