/**
 * How the vocabulary lists are matched: the one convention, stated once.
 *
 * Unless a list says otherwise, a list's phrases are folded text (textFold.foldText: NFC, lower
 * case, no accents, "đ" as "d") and match whole words: the text is cut into words of letters or of
 * digits ("ƯTH2020" → "uth", "2020"), punctuation dropping out, and a phrase matches where its
 * words stand together. Years, numbers and signs around a phrase are the matcher's business,
 * never the list's. Lists that match otherwise say so in their own header: breakdown words and
 * qualifiers keep their accents, total names must start the name, lower-is-better phrases are
 * found anywhere in the label, structure words start it.
 */

/** The words of a folded text, letters apart from digits: "uth2020 (%)" → ["uth", "2020"]. */
export function wordsOf(folded: string): string[] {
  return folded.match(/[a-z]+|\d+/g) ?? [];
}

/** Words joined with a space before, between and after: the form `hasPhrase` searches. */
export function spacedWords(words: readonly string[]): string {
  return ` ${words.join(' ')} `;
}

/** Whether a phrase stands as whole words in text spaced by `spacedWords`. */
export function hasPhrase(spaced: string, phrase: string): boolean {
  return spaced.includes(` ${phrase} `);
}

/** Whether folded text holds one of the phrases as whole words ("binh quan dau nguoi" in a label). */
export function namesAnyPhrase(folded: string, phrases: readonly string[]): boolean {
  const spaced = spacedWords(wordsOf(folded));
  return phrases.some((phrase) => hasPhrase(spaced, phrase));
}

/** Whether folded text starts with the phrase, not followed by a letter, digit or "_" ("co cau" in "co cau (%)"). */
export function startsWithPhrase(folded: string, phrase: string): boolean {
  return folded.startsWith(phrase) && !/[a-z0-9_]/i.test(folded.charAt(phrase.length));
}
