import { foldWords } from './textFold';
import { hasPhrase, spacedWords, wordsOf } from './vocabulary/matching';
import { signedQuantityWords } from './vocabulary/signedWords';

/** Whether a label names a change, a difference or a balance ("tăng", "chênh lệch", "số dư"), whose figures may be below zero. */
export function namesSignedQuantity(label: string): boolean {
  const spaced = spacedWords(wordsOf(foldWords(label)));
  return signedQuantityWords.some((phrase) => hasPhrase(spaced, phrase));
}
