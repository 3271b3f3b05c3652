/**
 * A pull scanner over one XML part, for worksheets: saxes' events, tag objects and attribute
 * records per element cost more than the rest of reading a large sheet. The reader asks for the
 * next tag, then only for the attributes and text it needs, read straight from the string.
 *
 * Names are reported by local name ("x:c" reads as "c"). It checks what reading depends on: tags
 * nested and closed, attributes quoted, a root element, entities known, comments, CDATA sections
 * and processing instructions ended; it leaves out what saxes checks beyond that (name
 * characters, text outside the root, entities in text nobody asked for).
 */

export class XmlSyntaxError extends Error {
  constructor(message: string, offset: number) {
    super(`malformed XML at offset ${offset}: ${message}`);
    this.name = 'XmlSyntaxError';
  }
}

const LESS = 0x3c;
const GREATER = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const AMPERSAND = 0x26;
const BANG = 0x21;
const QUESTION = 0x3f;
const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function isSpace(code: number): boolean {
  return code === SPACE || code === NEWLINE || code === TAB || code === RETURN;
}

export class XmlCursor {
  /** The current tag's local name. */
  name = '';
  /** The current tag opens an element (else it closes one). */
  opens = false;
  /** The current tag opens an element and closes it too: <c r="A1"/>. */
  empty = false;
  private position = 0;
  private sawRoot = false;
  /** Qualified names of the elements open around the position. */
  private readonly openElements: string[] = [];
  /** The current tag's attributes, four offsets each: name start and end, value start and end. */
  private readonly attributeSpans: number[] = [];
  private attributeCount = 0;

  constructor(private readonly xml: string) {}

  /** How many elements are open after the current tag: the element it opens counts, unless empty. */
  get depth(): number {
    return this.openElements.length;
  }

  /** Moves to the next opening or closing tag; false at the end of the part. */
  next(): boolean {
    const { xml } = this;
    for (;;) {
      const start = xml.indexOf('<', this.position);
      if (start < 0) return this.finish();
      const code = xml.charCodeAt(start + 1);
      if (code === BANG || code === QUESTION) {
        this.position = this.skipMarkup(start);
      } else if (code === SLASH) {
        this.readClosingTag(start);
        return true;
      } else {
        this.readOpeningTag(start);
        return true;
      }
    }
  }

  /** The current tag's attribute `name` (the qualified name, as written), entities decoded. */
  attribute(name: string): string | undefined {
    const spans = this.attributeSpans;
    for (let i = 0; i < this.attributeCount * 4; i += 4) {
      if (spans[i + 1]! - spans[i]! === name.length && this.xml.startsWith(name, spans[i]!)) {
        return decode(this.xml, spans[i + 2]!, spans[i + 3]!, true);
      }
    }
    return undefined;
  }

  /**
   * The character data after the current opening tag up to the next tag, CDATA sections included
   * and comments left out; undefined when there is none, as saxes reports no text event then.
   */
  text(): string | undefined {
    if (!this.opens || this.empty) return undefined;
    const { xml } = this;
    let text: string | undefined;
    for (;;) {
      const start = xml.indexOf('<', this.position);
      if (start < 0) throw new XmlSyntaxError('unexpected end', xml.length);
      if (start > this.position) text = (text ?? '') + decode(xml, this.position, start, false);
      if (xml.startsWith('<![CDATA[', start)) {
        const end = this.indexAfter(']]>', start + 9);
        text = (text ?? '') + decode(xml, start + 9, end - 3, false, false);
        this.position = end;
      } else if (xml.charCodeAt(start + 1) === BANG || xml.charCodeAt(start + 1) === QUESTION) {
        this.position = this.skipMarkup(start);
      } else {
        this.position = start;
        return text;
      }
    }
  }

  /**
   * The text of the current element when it holds exactly one child element, `name`, with no
   * attributes and only plain text in it (no entity, carriage return or markup), and nothing else:
   * the common cell `<c r="B7" s="3"><v>12.5</v></c>`. The cursor then moves on to the element's
   * closing tag, as next() would after reading it. Undefined, the cursor unmoved, for anything else.
   */
  onlyChildText(name: string): string | undefined {
    if (!this.opens || this.empty) return undefined;
    const { xml } = this;
    const open = this.position;
    if (xml.charCodeAt(open) !== LESS || !xml.startsWith(name, open + 1) || xml.charCodeAt(open + 1 + name.length) !== GREATER) return undefined;
    const textStart = open + name.length + 2;
    const textEnd = xml.indexOf('<', textStart);
    if (textEnd <= textStart) return undefined;
    for (let at = textStart; at < textEnd; at++) {
      const code = xml.charCodeAt(at);
      if (code === AMPERSAND || code === RETURN) return undefined;
    }
    // </name></element>, the element's name as it was opened.
    const element = this.openElements[this.openElements.length - 1]!;
    let at = textEnd;
    if (xml.charCodeAt(at + 1) !== SLASH || !xml.startsWith(name, at + 2) || xml.charCodeAt(at + 2 + name.length) !== GREATER) return undefined;
    at += name.length + 3;
    if (xml.charCodeAt(at) !== LESS || xml.charCodeAt(at + 1) !== SLASH || !xml.startsWith(element, at + 2) || xml.charCodeAt(at + 2 + element.length) !== GREATER) return undefined;
    this.openElements.pop();
    this.name = localName(element);
    this.opens = false;
    this.empty = false;
    this.attributeCount = 0;
    this.position = at + element.length + 3;
    return xml.slice(textStart, textEnd);
  }

  private readOpeningTag(start: number): void {
    const { xml } = this;
    if (!this.openElements.length && this.sawRoot) throw new XmlSyntaxError('a second root element', start);
    this.sawRoot = true;
    const nameEnd = this.readName(start + 1);
    const qualified = xml.slice(start + 1, nameEnd);
    this.name = localName(qualified);
    this.opens = true;
    this.attributeCount = 0;
    let at = nameEnd;
    for (;;) {
      const before = at;
      while (isSpace(xml.charCodeAt(at))) at++;
      const code = xml.charCodeAt(at);
      if (code === GREATER) {
        this.empty = false;
        this.openElements.push(qualified);
        this.position = at + 1;
        return;
      }
      if (code === SLASH) {
        if (xml.charCodeAt(at + 1) !== GREATER) throw new XmlSyntaxError('"/" not followed by ">"', at);
        this.empty = true;
        this.position = at + 2;
        return;
      }
      if (at === before) throw new XmlSyntaxError(Number.isNaN(code) ? 'unexpected end' : 'no space before an attribute', at);
      at = this.readAttribute(at);
    }
  }

  /** Records the attribute at `start`; the offset after its closing quote. */
  private readAttribute(start: number): number {
    const { xml } = this;
    let at = start;
    for (let code = xml.charCodeAt(at); code !== EQUALS && !isSpace(code) && code !== GREATER && code !== SLASH; code = xml.charCodeAt(at)) {
      if (Number.isNaN(code)) throw new XmlSyntaxError('unexpected end', at);
      at++;
    }
    const nameEnd = at;
    while (isSpace(xml.charCodeAt(at))) at++;
    if (at === start || xml.charCodeAt(at) !== EQUALS) throw new XmlSyntaxError('an attribute without a value', at);
    at++;
    while (isSpace(xml.charCodeAt(at))) at++;
    const quote = xml.charCodeAt(at);
    if (quote !== QUOTE && quote !== APOSTROPHE) throw new XmlSyntaxError('an attribute value without quotes', at);
    const valueStart = at + 1;
    for (at = valueStart; xml.charCodeAt(at) !== quote; at++) {
      const code = xml.charCodeAt(at);
      if (code === LESS || Number.isNaN(code)) throw new XmlSyntaxError('an attribute value not closed', at);
    }
    const spans = this.attributeSpans;
    const base = this.attributeCount++ * 4;
    spans[base] = start;
    spans[base + 1] = nameEnd;
    spans[base + 2] = valueStart;
    spans[base + 3] = at;
    return at + 1;
  }

  private readClosingTag(start: number): void {
    const { xml } = this;
    const nameEnd = this.readName(start + 2);
    let at = nameEnd;
    while (isSpace(xml.charCodeAt(at))) at++;
    if (xml.charCodeAt(at) !== GREATER) throw new XmlSyntaxError('a closing tag not ended by ">"', at);
    const qualified = xml.slice(start + 2, nameEnd);
    const open = this.openElements.pop();
    if (open !== qualified) throw new XmlSyntaxError(open === undefined ? `</${qualified}> closes nothing` : `</${qualified}> closes <${open}>`, start);
    this.name = localName(qualified);
    this.opens = false;
    this.empty = false;
    this.attributeCount = 0;
    this.position = at + 1;
  }

  /** The end of the name starting at `start`. */
  private readName(start: number): number {
    const { xml } = this;
    let at = start;
    for (let code = xml.charCodeAt(at); !isSpace(code) && code !== GREATER && code !== SLASH && !Number.isNaN(code); code = xml.charCodeAt(at)) at++;
    if (at === start) throw new XmlSyntaxError('a tag without a name', start);
    return at;
  }

  /** Past a comment, CDATA section, processing instruction or declaration starting at `start`. */
  private skipMarkup(start: number): number {
    const { xml } = this;
    if (xml.startsWith('<!--', start)) return this.indexAfter('-->', start + 4);
    if (xml.startsWith('<![CDATA[', start)) return this.indexAfter(']]>', start + 9);
    if (xml.charCodeAt(start + 1) === QUESTION) return this.indexAfter('?>', start + 2);
    // <!DOCTYPE …>, with its internal subset in brackets when it has one.
    const bracket = xml.indexOf('[', start);
    const close = xml.indexOf('>', start);
    return bracket >= 0 && bracket < close ? this.indexAfter('>', this.indexAfter(']', bracket)) : this.indexAfter('>', start);
  }

  private indexAfter(token: string, from: number): number {
    const at = this.xml.indexOf(token, from);
    if (at < 0) throw new XmlSyntaxError(`no "${token}" to end the markup`, from);
    return at + token.length;
  }

  private finish(): boolean {
    const open = this.openElements.at(-1);
    if (open !== undefined) throw new XmlSyntaxError(`<${open}> not closed`, this.xml.length);
    if (!this.sawRoot) throw new XmlSyntaxError('no root element', 0);
    this.position = this.xml.length;
    return false;
  }
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/**
 * xml[from, to) as the characters it stands for: entities replaced, line ends normalised to "\n"
 * (XML §2.11), and in an attribute value each tab and line end a space (§3.3.3).
 */
function decode(xml: string, from: number, to: number, attribute: boolean, entities = true): string {
  let plain = true;
  for (let at = from; at < to && plain; at++) {
    const code = xml.charCodeAt(at);
    plain = code !== RETURN && (!entities || code !== AMPERSAND) && (!attribute || (code !== NEWLINE && code !== TAB));
  }
  if (plain) return xml.slice(from, to);
  let text = '';
  let runStart = from;
  for (let at = from; at < to; at++) {
    const code = xml.charCodeAt(at);
    let replacement: string;
    let next = at + 1;
    if (code === AMPERSAND && entities) {
      const end = xml.indexOf(';', at);
      if (end < 0 || end >= to) throw new XmlSyntaxError('an entity without ";"', at);
      replacement = entity(xml.slice(at + 1, end), at);
      next = end + 1;
    } else if (code === RETURN) {
      replacement = attribute ? ' ' : '\n';
      if (xml.charCodeAt(at + 1) === NEWLINE && at + 1 < to) next = at + 2;
    } else if (attribute && (code === NEWLINE || code === TAB)) {
      replacement = ' ';
    } else {
      continue;
    }
    text += xml.slice(runStart, at) + replacement;
    runStart = next;
    at = next - 1;
  }
  return text + xml.slice(runStart, to);
}

function entity(name: string, offset: number): string {
  const named = NAMED_ENTITIES[name];
  if (named !== undefined) return named;
  const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : name.startsWith('#') ? parseInt(name.slice(1), 10) : NaN;
  const digits = name.startsWith('#x') ? /^#x[0-9A-Fa-f]+$/ : /^#[0-9]+$/;
  if (!digits.test(name) || !isXmlChar(code)) throw new XmlSyntaxError(`unknown entity &${name};`, offset);
  return String.fromCodePoint(code);
}

/** XML 1.0 §2.2 Char. */
function isXmlChar(code: number): boolean {
  return (
    code === TAB || code === NEWLINE || code === RETURN || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
  );
}
