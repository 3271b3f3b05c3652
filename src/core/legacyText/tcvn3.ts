/**
 * TCVN3 (TCVN 5712:1993, "ABC"), the 8-bit Vietnamese encoding of the .VnTime, .VnArial… fonts.
 * Excel holds such text as the Windows-1252 characters of the bytes ("ChØ tiªu" = "Chỉ tiêu").
 * The capital fonts (.VnTimeH…) draw the lowercase codes as capitals.
 */
import { hasMarkerInWord } from './markers';
import { letterParts, tonedLetter, tones, vowels, type Vowel } from './vietnameseLetters';

/**
 * Per vowel: its own code, then its five toned codes in tone order (huyền, hỏi, ngã, sắc, nặng).
 * "ư" is U+00AD, the soft hyphen, which must never be stripped as formatting.
 */
const vowelCodes: Readonly<Record<Vowel, readonly [string, string]>> = {
  a: ['a', 'µ¶·¸¹'],
  ă: ['¨', '»¼½¾Æ'],
  â: ['©', 'ÇÈÉÊË'],
  e: ['e', 'ÌÎÏÐÑ'],
  ê: ['ª', 'ÒÓÔÕÖ'],
  i: ['i', '×ØÜÝÞ'],
  o: ['o', 'ßáâãä'],
  ô: ['«', 'åæçèé'],
  ơ: ['¬', 'êëìíî'],
  u: ['u', 'ïñòóô'],
  ư: ['\u00ad', 'õö÷øù'],
  y: ['y', 'úûüýþ'],
};

/** The normal fonts' only capitals beyond ASCII; a capital with a tone needs a capital font. */
const capitalCodes = { Ă: '¡', Â: '¢', Ê: '£', Ô: '¤', Ơ: '¥', Ư: '¦', Đ: '§' } as const;

/** Every TCVN3 code outside ASCII → its Unicode letter (ASCII stands for itself). */
export const tcvn3Letters: ReadonlyMap<string, string> = new Map<string, string>(
  [
    ...vowels.flatMap((vowel) => {
      const [own, toned] = vowelCodes[vowel];
      return [[own, vowel] as const, ...tones.map((tone, t) => [toned[t]!, tonedLetter(vowel, tone)] as const)];
    }),
    ['®', 'đ'] as const,
    ...Object.entries(capitalCodes).map(([letter, code]) => [code, letter] as const),
  ].filter(([code]) => code > '\u007f'),
);

/** Codes that a Unicode Vietnamese text would not hold: "Ø" is evidence of TCVN3, "ê" is not. */
const markers: ReadonlySet<string> = new Set([...tcvn3Letters.keys()].filter((code) => letterParts(code.toLowerCase()) === undefined));

/** Whether the text holds a TCVN3 code no Unicode Vietnamese has, within a word ("ChØ"; not "× 100"). */
export function hasTcvn3Marker(text: string): boolean {
  return hasMarkerInWord(text, markers);
}

/** tcvn3Letters by character code, for decoding without a lookup per ASCII character. */
const letterOfCode: readonly (string | undefined)[] = Array.from({ length: 0x100 }, (_, code) => tcvn3Letters.get(String.fromCharCode(code)));

/** Unicode text of a TCVN3 text; `capitals` for the capital fonts, which show every letter as a capital. */
export function decodeTcvn3(text: string, capitals: boolean): string {
  let decoded = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const letter = letterOfCode[text.charCodeAt(i)];
    if (letter === undefined) continue;
    decoded += text.slice(copied, i) + letter;
    copied = i + 1;
  }
  decoded += text.slice(copied);
  return capitals ? decoded.toUpperCase() : decoded;
}

/**
 * Whether a text with no font to say so was typed in a capital font: its ASCII letters are all
 * capitals, some word mixes at least two of them with TCVN3 codes ("TØNH"), and it uses none of the
 * normal fonts' capital codes ("¦íc TH/KH" is "Ước TH/KH" in a normal font).
 */
export function looksTypedInCapitalFont(text: string): boolean {
  if (/[a-z]/.test(text)) return false;
  for (const code of Object.values(capitalCodes)) if (text.includes(code)) return false;
  for (const word of text.split(/[^A-Z\u00a0-\u00ff]+/)) {
    const asciiLetters = word.replace(/[^A-Z]/g, '').length;
    if (asciiLetters >= 2 && asciiLetters < word.length && [...word].some((char) => tcvn3Letters.has(char))) return true;
  }
  return false;
}
