/** Folding text for matching: the same words match whatever the accents, case, spacing or Unicode form. */

/** NFC, every kind of space (line breaks, non-breaking, figure, BOM) as one plain space, trimmed. */
export function cleanText(text: string): string {
  const normal = text.normalize('NFC');
  // Most texts are clean already: a test is cheaper than a replace that changes nothing.
  return needsSpacing.test(normal) ? normal.replace(/[\s\u00a0\u2007\u202f\ufeff]+/g, ' ').trim() : normal;
}

/** A space of another kind, two in a row, or one at either end (\s holds the non-breaking ones too). */
const needsSpacing = /[^\S ]| {2}|^ | $/;

/** Lower-case without diacritics ("Ước thực hiện" → "uoc thuc hien"), for keyword matching only. */
export function foldText(text: string): string {
  return foldCleanText(cleanText(text));
}

/** foldText for a text already cleaned (labels and headers read through SheetGrid). */
export function foldCleanText(clean: string): string {
  let folded = '';
  for (let i = 0; i < clean.length; i++) {
    const char = foldedLatinChar(clean.charCodeAt(i));
    // Another script, or a sign whose folding depends on its neighbours: the whole text the long way.
    if (char === undefined) return foldSlowly(clean);
    folded += char;
  }
  return folded;
}

function foldSlowly(clean: string): string {
  return clean
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

/**
 * Labels are folded many times over (every rule that reads a label, every reading of a table), so
 * the letters of Vietnamese and other Latin text are folded one by one from a table worked out once
 * by foldSlowly itself. A letter is in the table only when folding it alone leaves no combining mark
 * behind: then a text of such letters folds to its letters' foldings, exactly as foldSlowly folds it.
 */
const latinBlocks = [
  { first: 0x0000, last: 0x036f },
  { first: 0x1e00, last: 0x1eff },
] as const;

const latinFoldings = latinBlocks.map(({ first, last }) =>
  Array.from({ length: last - first + 1 }, (_, i): string | undefined => {
    const folded = foldSlowly(String.fromCharCode(first + i));
    return /\p{M}/u.test(folded) ? undefined : folded;
  }),
);

function foldedLatinChar(code: number): string | undefined {
  for (let b = 0; b < latinBlocks.length; b++) {
    const offset = code - latinBlocks[b]!.first;
    if (offset >= 0 && code <= latinBlocks[b]!.last) return latinFoldings[b]![offset];
  }
  return undefined;
}

/** foldText with punctuation as spaces: the words alone ("Tổng hợp - 2020" → "tong hop 2020"). */
export function foldWords(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
