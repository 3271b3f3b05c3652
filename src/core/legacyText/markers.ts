/** Finding an encoding's characteristic characters where they stand for letters. */

/** ASCII letters and the Latin-1 range every legacy code lies in. */
const wordCharacter = /[A-Za-z\u00a1-\u00ff]/;

/**
 * Whether one of `markers` stands next to another letter: in legacy text they are letters of words,
 * while a Unicode text may hold the same characters as symbols on their own ("× 100", "§ 5").
 */
export function hasMarkerInWord(text: string, markers: ReadonlySet<string>): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!markers.has(text[i]!)) continue;
    if (wordCharacter.test(text[i - 1] ?? '') || wordCharacter.test(text[i + 1] ?? '')) return true;
  }
  return false;
}
