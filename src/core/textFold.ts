/** Folding text for matching: the same words match whatever the accents, case, spacing or Unicode form. */

/** NFC, trimmed, inner white space (including non-breaking spaces and line breaks) collapsed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Lower-case without diacritics ("Ước thực hiện" → "uoc thuc hien"), for keyword matching only. */
export function foldText(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}
