/** Which legacy encoding a font name says a cell's text is in. */

/** TCVN3 in a normal font, TCVN3 in a capital font (every letter shown as a capital), or VNI. */
export type LegacyEncoding = 'tcvn3' | 'tcvn3Capitals' | 'vni';

/** ".VnTime", ".VnArial" are TCVN3 and ".VnTimeH", ".VnArialH" their capital fonts; "VNI-Times", "VNI-Helve" are VNI. */
export function legacyEncodingOfFont(fontName: string | undefined): LegacyEncoding | null {
  if (fontName === undefined) return null;
  const name = fontName.trim();
  if (/^\.vn/i.test(name)) return name.endsWith('H') ? 'tcvn3Capitals' : 'tcvn3';
  if (/^vni[- ]/i.test(name)) return 'vni';
  return null;
}
