/** Folding text for matching: the same words match whatever the accents, case, spacing or Unicode form. */

/** NFC, every kind of space (line breaks, non-breaking, figure, BOM) as one plain space, trimmed. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u2007\u202f\ufeff]+/g, ' ')
    .trim();
}

/** Lower-case without diacritics ("Ước thực hiện" → "uoc thuc hien"), for keyword matching only. */
export function foldText(text: string): string {
  return foldCleanText(cleanText(text));
}

/** foldText for a text already cleaned (labels and headers read through SheetGrid). */
export function foldCleanText(clean: string): string {
  return clean
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

/** foldText with punctuation as spaces: the words alone ("Tổng hợp - 2020" → "tong hop 2020"). */
export function foldWords(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
