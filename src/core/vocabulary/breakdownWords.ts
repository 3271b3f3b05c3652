/**
 * Words that say how the rows below relate to their total (docs/domain.md, "Rows and hierarchy"):
 * "Chia ra:", "Trong đó:", "Bao gồm". Unlike the folded lists, these keep their accents:
 * "Trong độ tuổi" (of working age) is not "Trong đó" (of which). Lower case NFC, single spaces;
 * a phrase must start the label and be followed by its end, a space or one of ":,.-".
 */

/** full: the parts make up the total; partial: "of which"; comprising: full when it adds up. */
export type BreakdownWord = 'full' | 'partial' | 'comprising';

export const breakdownWords: ReadonlyArray<{ readonly phrase: string; readonly word: BreakdownWord }> = [
  { phrase: 'chia ra', word: 'full' },
  { phrase: 'chia theo', word: 'full' },
  { phrase: 'phân theo', word: 'full' },
  { phrase: 'phân ra', word: 'full' },
  { phrase: 'phân theo một số', word: 'partial' },
  { phrase: 'chia theo một số', word: 'partial' },
  { phrase: 'trong đó', word: 'partial' },
  { phrase: 'tr. đó', word: 'partial' },
  { phrase: 'tr.đó', word: 'partial' },
  { phrase: 'trong tổng số', word: 'partial' },
  { phrase: 'trong số đó', word: 'partial' },
  { phrase: 'bao gồm', word: 'comprising' },
  { phrase: 'gồm', word: 'comprising' },
];
