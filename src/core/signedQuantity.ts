import { foldText } from './textFold';
import { namesAnyPhrase } from './vocabulary/matching';
import { signedQuantityWords } from './vocabulary/signedWords';

/** Whether a label names a change, a difference or a balance ("tăng", "chênh lệch", "số dư"), whose figures may be below zero. */
export function namesSignedQuantity(label: string): boolean {
  return namesAnyPhrase(foldText(label), signedQuantityWords);
}
