/**
 * Whether a text is made of Vietnamese syllables: the test a legacy decode must pass, so that an
 * English or French word is never "decoded" by accident ("Café" is not TCVN3 for "Cafộ").
 */
import { isVowel, letterParts, type Tone } from './vietnameseLetters';

const onsets = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/** Rhymes without a final consonant. */
const openRhymes =
  'a ai ao au ay âu ây e eo ê êu i ia iu iêu yêu o oi ô ôi ơ ơi u ua ui uôi ư ưa ưi ưu ươi ươu y oa oai oao oay oe oeo uê uơ uy uya uyu uây';

/** Vowel cores and the final consonants each takes ("y" for "quýt", "quỳnh" after "qu"). */
const closedRhymes: Readonly<Record<string, string>> = {
  a: 'c ch m n ng nh p t',
  ă: 'c m n ng p t',
  â: 'c m n ng p t',
  e: 'c m n ng p t',
  ê: 'ch m n nh p t',
  i: 'ch m n nh p t',
  o: 'c m n ng p t',
  oo: 'c ng',
  ô: 'c m n ng p t',
  ơ: 'm n p t',
  u: 'c m n ng p t',
  ư: 'c m n ng t',
  iê: 'c m n ng p t',
  yê: 'm n ng t',
  uô: 'c m n ng t',
  ươ: 'c m n ng p t',
  oa: 'c ch m n ng nh p t',
  oă: 'c m n ng t',
  oe: 'm n t',
  uâ: 'n ng t',
  uê: 'ch n nh t',
  uy: 'ch n nh t',
  uyê: 'n t',
  y: 'ch n nh t',
};

const rhymes: ReadonlySet<string> = new Set([
  ...openRhymes.split(' '),
  ...Object.entries(closedRhymes).flatMap(([core, finals]) => finals.split(' ').map((final) => core + final)),
]);

/** A syllable ending in p, t, c or ch takes only sắc or nặng ("tốt", "học"; never "tôt"). */
const stopFinal = /(?:c|ch|p|t)$/;

/**
 * Where a rhyme's tone may sit: on its marked vowel (ươ: on ơ), else on the last vowel before a final
 * consonant, else on the middle of three vowels or the first of two; "oa", "oe", "uy" also take it
 * on the second ("hòa" and "hoà", "thủy" and "thuỷ" are both in use).
 */
function toneSlots(rhyme: string): readonly number[] {
  let vowelCount = 0;
  while (vowelCount < rhyme.length && isVowel(rhyme[vowelCount]!)) vowelCount++;
  const cluster = rhyme.slice(0, vowelCount);
  const marked = Math.max(...['ă', 'â', 'ê', 'ô', 'ơ', 'ư'].map((v) => cluster.lastIndexOf(v)));
  if (marked >= 0) return [marked];
  if (vowelCount < rhyme.length) return [vowelCount - 1];
  if (vowelCount === 3) return [1];
  return ['oa', 'oe', 'uy'].includes(cluster) ? [0, 1] : [0];
}

function rhymeTakes(rhyme: string, tone: Tone | null, toneAt: number): boolean {
  if (!rhymes.has(rhyme)) return false;
  if (stopFinal.test(rhyme)) return tone === 'acute' || tone === 'dotBelow';
  return tone === null || toneSlots(rhyme).includes(toneAt);
}

/** One syllable, any case: onset + rhyme, at most one tone mark, on the vowel that carries it. */
export function isVietnameseSyllable(word: string): boolean {
  let bases = '';
  let tone: Tone | null = null;
  let toneAt = -1;
  for (const char of word.normalize('NFC').toLowerCase()) {
    const parts = letterParts(char);
    if (parts === undefined) return false;
    if (parts.tone !== null) {
      if (tone !== null) return false;
      tone = parts.tone;
      toneAt = bases.length;
    }
    bases += parts.base;
  }
  return onsets.some((onset) => bases.startsWith(onset) && rhymeTakes(bases.slice(onset.length), tone, toneAt - onset.length));
}

/** A capitalised abbreviation without tones ("ĐVT", "ƯTH", "SLĐTBXH"), or the lone "đ" of "tr.đ". */
function isAbbreviation(word: string): boolean {
  if (word.length === 1) return word === 'đ' || word === 'Đ';
  if (word !== word.toUpperCase()) return false;
  return [...word.toLowerCase()].every((char) => letterParts(char)?.tone === null);
}

/** A word of Vietnamese text: a syllable, an ASCII word ("GDP", "Total", "km") or an abbreviation. */
export function isVietnameseWord(word: string): boolean {
  return /^[A-Za-z]+$/.test(word) || isVietnameseSyllable(word) || isAbbreviation(word);
}

/**
 * Whether every word of a text is a Vietnamese word; digits, punctuation and symbols ("%", "/", "-")
 * separate words. The soft hyphen counts as a letter, so a TCVN3 "ư" left undecoded makes its word
 * fail. A caller checking many texts passes `acceptsWord` remembering each distinct word.
 */
export function isVietnameseText(text: string, acceptsWord: (word: string) => boolean = isVietnameseWord): boolean {
  for (const [word] of text.matchAll(/[\p{L}\p{M}\u00ad]+/gu)) if (!acceptsWord(word)) return false;
  return true;
}
