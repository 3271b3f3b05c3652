/** One pass over a text's character codes: what decides whether it may be legacy-encoded. */

/** A character of U+0080–U+00FF, where every TCVN3 code and VNI mark lies. */
export const latin1 = 1;
/**
 * A character only Unicode Vietnamese text holds: ă đ ĩ ơ ũ ư (Latin Extended-A/B) or a toned letter
 * of U+1EA0–U+1EF9. The legacy encodings use none of them.
 */
export const unicodeOnly = 2;
/** A combining mark: the text is decomposed (NFD) and must be composed before anything else. */
export const combining = 4;

/** The flags above that the text's characters raise; 0 for ASCII. */
export function scanCharacters(text: string): number {
  let flags = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code <= 0xff) flags |= latin1;
    else if (code <= 0x24f || (code >= 0x1ea0 && code <= 0x1ef9)) flags |= unicodeOnly;
    else if ((code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff)) flags |= combining;
  }
  return flags;
}
