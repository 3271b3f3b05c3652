import { describe, expect, it } from 'vitest';
import { XmlCursor, XmlSyntaxError } from '../../../src/adapters/xlsxReader/xmlCursor';
import { scanXml } from '../../../src/adapters/xlsxReader/xmlScan';

/** Every tag as "<name" (opening), "<name/" (empty) or "</name", with its depth after it. */
function tags(xml: string): string[] {
  const cursor = new XmlCursor(xml);
  const seen: string[] = [];
  while (cursor.next()) seen.push(`${cursor.opens ? '<' : '</'}${cursor.name}${cursor.empty ? '/' : ''} ${cursor.depth}`);
  return seen;
}

/** The text of each opening tag named `name`, read as the sheet reader reads it. */
function texts(xml: string, name: string): (string | undefined)[] {
  const cursor = new XmlCursor(xml);
  const found: (string | undefined)[] = [];
  while (cursor.next()) if (cursor.opens && cursor.name === name) found.push(cursor.text());
  return found;
}

function firstTag(xml: string, name: string): XmlCursor {
  const cursor = new XmlCursor(xml);
  while (cursor.next()) if (cursor.opens && cursor.name === name) return cursor;
  throw new Error(`no <${name}>`);
}

describe('XmlCursor: tags', () => {
  it('reports opening, empty and closing tags by local name, with their depth', () => {
    expect(tags('<?xml version="1.0"?>\n<x:row r="1"><x:c r="A1"/><c><v>1</v></c></x:row>')).toEqual([
      '<row 1',
      '<c/ 1',
      '<c 2',
      '<v 3',
      '</v 2',
      '</c 1',
      '</row 0',
    ]);
  });

  it('skips comments, processing instructions, a doctype and CDATA between tags', () => {
    expect(tags('<!DOCTYPE w [<!ENTITY a "b">]><w><!-- <c> --><?pi <c>?><![CDATA[<c>]]><c /></w>')).toEqual(['<w 1', '<c/ 1', '</w 0']);
  });

  it('finds the end of a tag whose attribute value holds ">" or "/", and tags spread over lines', () => {
    expect(tags(`<w><f ref="a>b/c"\n\tsi='1' /><v\n>2</v\n></w>`)).toEqual(['<w 1', '<f/ 1', '<v 2', '</v 1', '</w 0']);
  });
});

describe('XmlCursor: attributes', () => {
  it('reads attributes in any order and either quoting, by their name as written', () => {
    const cursor = firstTag(`<w><c t='s' s = "3"  r="B7" x:r="no"/></w>`, 'c');
    expect([cursor.attribute('r'), cursor.attribute('s'), cursor.attribute('t'), cursor.attribute('x:r')]).toEqual(['B7', '3', 's', 'no']);
    expect(cursor.attribute('ref')).toBeUndefined();
    expect(cursor.attribute('')).toBeUndefined();
  });

  it('decodes entities and turns tabs and line ends into spaces, but not those written as references', () => {
    const cursor = firstTag('<w><f ref="a&amp;b &lt;&gt;&quot;&apos; &#65;&#x42;" t="x\r\ny\tz\rw" si="&#10;&#9;"/></w>', 'f');
    expect(cursor.attribute('ref')).toBe('a&b <>"\' AB');
    expect(cursor.attribute('t')).toBe('x y z w');
    expect(cursor.attribute('si')).toBe('\n\t');
  });

  it('has none on a closing tag', () => {
    const cursor = new XmlCursor('<w a="1"></w>');
    cursor.next();
    expect(cursor.attribute('a')).toBe('1');
    cursor.next();
    expect(cursor.attribute('a')).toBeUndefined();
  });
});

describe('XmlCursor: text', () => {
  it('reads text with entities and character references decoded', () => {
    expect(texts('<w><f>IF(A1&gt;5,"x&amp;y","")&#x1F600;&#233;</f></w>', 'f')).toEqual(['IF(A1>5,"x&y","")😀é']);
  });

  it('joins text around comments and CDATA, keeps CDATA as written, and normalises line ends', () => {
    expect(texts('<w><t>a<!-- x -->b<![CDATA[<&amp;>\r\n]]>c\r\nd\re</t></w>', 't')).toEqual(['ab<&amp;>\nc\nd\ne']);
  });

  it('keeps spaces as written (xml:space or not) and rich-text runs one <t> at a time', () => {
    expect(texts('<is><r><t xml:space="preserve"> Trong </t></r><r><rPr><b/></rPr><t>đó </t></r></is>', 't')).toEqual([' Trong ', 'đó ']);
  });

  it('gives no text for an empty element or one with nothing in it, and an empty CDATA as empty text', () => {
    expect(texts('<w><v/><v></v><v><!-- c --></v><v><![CDATA[]]></v></w>', 'v')).toEqual([undefined, undefined, undefined, '']);
  });

  it('stops at the next tag and carries on from there', () => {
    const cursor = firstTag('<w><v>1<x/>2</v></w>', 'v');
    expect(cursor.text()).toBe('1');
    expect(cursor.next()).toBe(true);
    expect(cursor.name).toBe('x');
  });
});

describe('XmlCursor: an element holding one child\'s text', () => {
  it('reads <c><v>12.5</v></c> in one step and stands on the closing tag, as next() would', () => {
    const cursor = firstTag('<w><x:c r="A1"><v>12.5</v></x:c><d/></w>', 'c');
    expect(cursor.onlyChildText('v')).toBe('12.5');
    expect([cursor.name, cursor.opens, cursor.depth]).toEqual(['c', false, 1]);
    expect(cursor.next()).toBe(true);
    expect(cursor.name).toBe('d');
  });

  it('leaves anything else to be read tag by tag, the cursor unmoved', () => {
    const others = [
      '<w><c><v>1&amp;2</v></c></w>',
      '<w><c><v>1\r\n</v></c></w>',
      '<w><c><v></v></c></w>',
      '<w><c><v t="x">1</v></c></w>',
      '<w><c><f>A1</f><v>1</v></c></w>',
      '<w><c><v>1</v><v>2</v></c></w>',
      '<w><c> <v>1</v></c></w>',
      '<w><c><v><![CDATA[1]]></v></c></w>',
      '<w><c><vv>1</vv></c></w>',
      '<w><c><is><t>a</t></is></c></w>',
      '<w><c><v>1</v ></c></w>',
    ];
    for (const xml of others) {
      const cursor = firstTag(xml, 'c');
      expect(cursor.onlyChildText('v'), xml).toBeUndefined();
      // Unmoved: the next tag is still the cell's first child, opening inside it.
      expect(cursor.next(), xml).toBe(true);
      expect([cursor.opens, cursor.depth], xml).toEqual([true, 3]);
    }
    const empty = firstTag('<w><c/></w>', 'c');
    expect(empty.onlyChildText('v')).toBeUndefined();
    expect(empty.next() && empty.name).toBe('w');
  });

  it('still refuses a cell closed by another element\'s tag', () => {
    const cursor = firstTag('<w><c><v>1</v></w>', 'c');
    expect(cursor.onlyChildText('v')).toBeUndefined();
    expect(() => {
      while (cursor.next());
    }).toThrow(XmlSyntaxError);
  });
});

describe('XmlCursor reads what saxes reads', () => {
  const parts = [
    '<w><c r="A1" t="s"><v>12</v></c><c t=\'str\' r=\'B1\'><f>"a"&amp;"b"</f><v>a&amp;b</v></c></w>',
    '<x:w xmlns:x="urn:x"><x:c r="A&#49;"><x:is><x:r><x:t xml:space="preserve"> a\r\n b </x:t></x:r><x:rPh><x:t>c</x:t></x:rPh></x:is></x:c></x:w>',
    '<?xml version="1.0"?>\n<w>\n  <c r="A1"\n     s="2">\n    <v><![CDATA[1]]><!-- c -->2</v>\n  </c>\n</w>\n',
    '<w><c r="a\tb\r\nc"><v>&lt;&#x10000;&gt;</v></c></w>',
  ];

  /** Each opening tag with its "r" attribute and its text, the way the sheet reader asks. */
  function viaCursor(xml: string): string[] {
    const cursor = new XmlCursor(xml);
    const seen: string[] = [];
    while (cursor.next()) if (cursor.opens) seen.push(`${cursor.name} ${cursor.attribute('r')} ${cursor.text()}`);
    return seen;
  }

  function viaSaxes(xml: string): string[] {
    const seen: { name: string; r: string | undefined; text: string | undefined }[] = [];
    let current: (typeof seen)[number] | undefined;
    scanXml(xml, {
      open(name, attributes) {
        current = { name, r: attributes.r, text: undefined };
        seen.push(current);
      },
      text(text) {
        if (current) current.text = (current.text ?? '') + text;
      },
      close() {
        current = undefined;
      },
    });
    return seen.map(({ name, r, text }) => `${name} ${r} ${text}`);
  }

  for (const [i, xml] of parts.entries()) {
    it(`part ${i + 1}`, () => {
      expect(viaCursor(xml)).toEqual(viaSaxes(xml));
    });
  }
});

describe('XmlCursor: malformed XML throws', () => {
  const cases: Record<string, string> = {
    'an unclosed element': '<worksheet><sheetData><row>',
    'a mismatched closing tag': '<w><c></v></w>',
    'a closing tag without an element': '<w></w></w>',
    'no root element': '<?xml version="1.0"?><!-- nothing -->',
    'a second root': '<w/><w/>',
    'an unquoted attribute': '<w a=1/>',
    'an attribute without a value': '<w a/>',
    'attributes without a space between': '<w a="1"b="2"/>',
    'an attribute value holding "<"': '<w a="<"/>',
    'an unterminated comment': '<w><!-- x </w>',
    'an unterminated tag': '<w><c r="A1"',
    'a tag without a name': '<w>< c/></w>',
  };
  for (const [what, xml] of Object.entries(cases)) {
    it(what, () => {
      expect(() => tags(xml)).toThrow(XmlSyntaxError);
    });
  }

  it('an unknown entity or a reference to no XML character, where text or an attribute is read', () => {
    expect(() => texts('<w><v>&nbsp;</v></w>', 'v')).toThrow(XmlSyntaxError);
    expect(() => texts('<w><v>&#0;</v></w>', 'v')).toThrow(XmlSyntaxError);
    expect(() => texts('<w><v>&#x;</v></w>', 'v')).toThrow(XmlSyntaxError);
    expect(() => texts('<w><v>a &amp b</v></w>', 'v')).toThrow(XmlSyntaxError);
    expect(() => firstTag('<w><c r="&bogus;"/></w>', 'c').attribute('r')).toThrow(XmlSyntaxError);
  });
});
