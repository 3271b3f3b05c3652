/**
 * The letters of Vietnamese: twelve vowels, each with five tone marks, and the consonants. The
 * legacy tables and the syllable check are generated from these, so no toned letter is typed twice.
 */

export const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type Vowel = (typeof vowels)[number];

/** In the order the legacy tables list them: huyền, hỏi, ngã, sắc, nặng. */
export const tones = ['grave', 'hook', 'tilde', 'acute', 'dotBelow'] as const;
export type Tone = (typeof tones)[number];

const combiningTone: Record<Tone, string> = {
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  acute: '\u0301',
  dotBelow: '\u0323',
};

const consonants = ['b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 't', 'v', 'x'] as const;

/** The precomposed (NFC) lowercase letter: tonedLetter('ư', 'acute') is "ứ". */
export function tonedLetter(vowel: Vowel, tone: Tone): string {
  return (vowel + combiningTone[tone]).normalize('NFC');
}

export interface LetterParts {
  /** The letter without its tone, lowercase: "ơ" for "Ở". */
  readonly base: string;
  readonly tone: Tone | null;
}

const partsOfLetter: ReadonlyMap<string, LetterParts> = new Map<string, LetterParts>([
  ...consonants.map((c) => [c, { base: c, tone: null }] as const),
  ...vowels.map((v) => [v, { base: v, tone: null }] as const),
  ...vowels.flatMap((v) => tones.map((tone) => [tonedLetter(v, tone), { base: v, tone }] as const)),
]);

/** Base and tone of a lowercase Vietnamese letter; undefined for anything else (f, j, w, z, ç, ø…). */
export function letterParts(lowercaseLetter: string): LetterParts | undefined {
  return partsOfLetter.get(lowercaseLetter);
}

export function isVowel(letter: string): letter is Vowel {
  return (vowels as readonly string[]).includes(letter);
}

