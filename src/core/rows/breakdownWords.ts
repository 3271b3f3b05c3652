import { cleanText } from '../textFold';

/**
 * Words that say how the rows below relate to their total (domain.md, "Rows and hierarchy").
 * full: the parts make up the total; partial: "of which"; comprising: full when it adds up.
 * Matched with their accents: "Trong độ tuổi" (of working age) is not "Trong đó" (of which).
 */
export type BreakdownWord = 'full' | 'partial' | 'comprising';

const markers: ReadonlyArray<readonly [RegExp, BreakdownWord]> = [
  [/^(chia ra|chia theo|phân theo|phân ra)(?=$|[\s:,.-])/, 'full'],
  [/^(trong đó|tr\.\s?đó|trong tổng số|trong số đó)(?=$|[\s:,.-])/, 'partial'],
  [/^(bao gồm|gồm)(?=$|[\s:,.-])/, 'comprising'],
];

export interface LabelMarker {
  word: BreakdownWord;
  /** The label after the marker and its punctuation; "" when the row is only "Chia ra:". */
  rest: string;
}

/** "Chia ra: - BHXH bắt buộc" → full, "- BHXH bắt buộc"; the bullet stays for the numbering. */
export function splitBreakdownMarker(label: string): LabelMarker | null {
  // Every marker starts with c, t, p, b or g: most labels are decided by their first letter.
  if (!/^[ctpbgCTPBG]/.test(label.trimStart())) return null;
  const clean = cleanText(label);
  const lower = clean.toLowerCase();
  for (const [pattern, word] of markers) {
    const match = pattern.exec(lower);
    if (!match) continue;
    const rest = clean.slice(match[0].length).replace(/^\s*[:：,]?\s*/, '');
    return { word, rest: rest.trim() };
  }
  return null;
}
