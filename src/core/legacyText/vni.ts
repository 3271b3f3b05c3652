/**
 * VNI (the VNI-Times, VNI-Helve… fonts, Windows edition): a letter is its base letter followed by
 * mark characters ("Ñôn vò tính" = "Đơn vị tính"). Capitals are the upper case of the lowercase
 * sequences ("aø" is "à", "AØ" is "À").
 */
import { hasMarkerInWord } from './markers';
import { letterParts, tonedLetter, tones, vowels, type Tone, type Vowel } from './vietnameseLetters';

/** How each vowel is typed without a tone. */
const vowelSequences: Readonly<Record<Vowel, string>> = {
  a: 'a',
  ă: 'aê',
  â: 'aâ',
  e: 'e',
  ê: 'eâ',
  i: 'i',
  o: 'o',
  ô: 'oâ',
  ơ: 'ô',
  u: 'u',
  ư: 'ö',
  y: 'y',
};

/** Tone marks in tone order (huyền, hỏi, ngã, sắc, nặng): appended to the vowel's sequence… */
const toneMarks = 'øûõùï';
/** …except that a circumflex or breve mark and the tone are one character… */
const circumflexWithTone = 'àåãáä';
const breveWithTone = 'èúüéë';
/** …and toned i, and ỵ, are single characters. */
const tonedI = 'ìæóíò';

function tonedSequence(vowel: Vowel, tone: Tone): string {
  const t = tones.indexOf(tone);
  if (vowel === 'i') return tonedI[t]!;
  if (vowel === 'y' && tone === 'dotBelow') return 'î';
  const own = vowelSequences[vowel];
  if (own.endsWith('â')) return own.slice(0, -1) + circumflexWithTone[t];
  if (own.endsWith('ê')) return own.slice(0, -1) + breveWithTone[t];
  return own + toneMarks[t];
}

const lowercaseSequences: readonly (readonly [string, string])[] = [
  ...vowels.flatMap((vowel) => [
    [vowelSequences[vowel], vowel] as const,
    ...tones.map((tone) => [tonedSequence(vowel, tone), tonedLetter(vowel, tone)] as const),
  ]),
  ['ñ', 'đ'],
];

/** Every VNI sequence that is not plain ASCII → its Unicode letter, lowercase and capital. */
export const vniLetters: ReadonlyMap<string, string> = new Map(
  lowercaseSequences
    .flatMap(([sequence, letter]) => [[sequence, letter] as const, [sequence.toUpperCase(), letter.toUpperCase()] as const])
    .filter(([sequence]) => /[\u0080-\uffff]/.test(sequence)),
);

/** Mark characters a Unicode Vietnamese text would not hold: "ø" is evidence of VNI, "â" is not. */
const markers: ReadonlySet<string> = new Set(
  [...vniLetters.keys()].flatMap((sequence) => [...sequence]).filter((char) => char > '\u007f' && letterParts(char.toLowerCase()) === undefined),
);

/** Whether the text holds a VNI mark no Unicode Vietnamese has, within a word ("Chæ"). */
export function hasVniMarker(text: string): boolean {
  return hasMarkerInWord(text, markers);
}

/** Unicode text of a VNI text: a base letter and its mark read as one letter, a lone mark as itself. */
export function decodeVni(text: string): string {
  let decoded = '';
  for (let i = 0; i < text.length; i++) {
    // Every sequence holds a character beyond ASCII, in its first or second place.
    if (text.charCodeAt(i) < 0x80 && !(text.charCodeAt(i + 1) >= 0x80)) {
      decoded += text[i];
      continue;
    }
    const pair = vniLetters.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      decoded += pair;
      i++;
    } else {
      decoded += vniLetters.get(text[i]!) ?? text[i];
    }
  }
  return decoded;
}
