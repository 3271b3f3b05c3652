/**
 * Small DOM helpers for the package parts we edit (workbook, relationships, content types,
 * styles). New elements take the namespace and prefix of the part's root, so parts written
 * with a prefix ("x:workbook", as some .NET tools do) stay consistent.
 */
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';

export function parseXml(text: string): Document {
  return new DOMParser().parseFromString(text, 'text/xml');
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

export function root(doc: Document): Element {
  const element = doc.documentElement;
  if (!element) throw new Error('XML part without a root element');
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
