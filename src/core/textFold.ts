/** Folding text for matching: the same words match whatever the accents, case, spacing or Unicode form. */

/**
 * Remembers a pure function's results for the texts it was last given. A check folds the same few
 * labels and headers again and again (100,000 generated rows: 589,000 folds of 1,532 texts, 485,000
 * cleanings of 7,654), and each fold makes three or four strings: the CPU profile showed folding
 * and its garbage among the engine's largest costs. Emptied when full, so it never grows past a
 * bound whatever the workbook.
 */
function remembered(compute: (text: string) => string, capacity = 20_000): (text: string) => string {
  const results = new Map<string, string>();
  return (text) => {
    let result = results.get(text);
    if (result === undefined) {
      if (results.size >= capacity) results.clear();
      result = compute(text);
      results.set(text, result);
    }
    return result;
  };
}

/** NFC, every kind of space (line breaks, non-breaking, figure, BOM) as one plain space, trimmed. */
export const cleanText = remembered((text) =>
  text
    .normalize('NFC')
    .replace(/[\s\u00a0\u2007\u202f\ufeff]+/g, ' ')
    .trim(),
);

/** Lower-case without diacritics ("Ước thực hiện" → "uoc thuc hien"), for keyword matching only. */
export function foldText(text: string): string {
  return foldCleanText(cleanText(text));
}

/** foldText for a text already cleaned (labels and headers read through SheetGrid). */
export const foldCleanText = remembered((clean) =>
  clean
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd'),
);

/** foldText with punctuation as spaces: the words alone ("Tổng hợp - 2020" → "tong hop 2020"). */
export function foldWords(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
