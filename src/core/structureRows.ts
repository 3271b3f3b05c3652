import { foldCleanText } from './textFold';
import { startsWithPhrase } from './vocabulary/matching';
import { structureWords } from './vocabulary/structureWords';

/** Whether a label names a structure whose shares add up to 100% ("Cơ cấu kinh tế", "Tỷ trọng …"); the label is clean (read through SheetGrid). */
export function namesStructure(label: string): boolean {
  const folded = foldCleanText(label);
  return structureWords.some((phrase) => startsWithPhrase(folded, phrase));
}
