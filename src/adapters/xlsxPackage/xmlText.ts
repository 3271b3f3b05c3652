/**
 * Escaping for the XML we write into a package. Characters XML 1.0 cannot hold (most control
 * characters, lone surrogates) are written in cell text the way Excel writes them, as _xHHHH_,
 * and a literal "_xHHHH_" in the text is protected the same way, so Excel reads back exactly the
 * text we meant. Elsewhere (formulas, attributes) such characters become spaces.
 */

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const EXCEL_ESCAPE_LIKE = /_(?=x[0-9A-Fa-f]{4}_)/g;
const MARKUP = /[&<>"]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/**
 * Every character the replacements above may touch (a superset: tabs, line breaks and any
 * surrogate too). Most text has none, and one scan for them is far cheaper than the replacements'.
 */
// eslint-disable-next-line no-control-regex
const MAY_CHANGE = /[\u0000-\u001F_&<>"\uD800-\uDFFF\uFFFE\uFFFF]/;
/** The same for NOT_XML alone: formulas always hold quotes, rarely anything XML cannot hold. */
// eslint-disable-next-line no-control-regex
const MAY_NOT_BE_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

function excelEscape(char: string): string {
  return `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

function markup(text: string): string {
  return text.replace(MARKUP, (char) => ENTITIES[char]!);
}

/** Text of a cell (<t>): Excel's escapes for what XML cannot hold, then XML's own. */
export function cellTextXml(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  return markup(text.replace(EXCEL_ESCAPE_LIKE, excelEscape).replace(NOT_XML, excelEscape));
}

/** Formulas and attribute values. */
export function xmlText(text: string): string {
  return markup(MAY_NOT_BE_XML.test(text) ? text.replace(NOT_XML, ' ') : text);
}
