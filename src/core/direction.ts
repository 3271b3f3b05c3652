import type { Direction } from './report';
import { foldCleanText } from './textFold';
import { higherDespite, lowerIsBetter } from './vocabulary/lowerIsBetter';

/** The direction of an indicator from its label (as read through SheetGrid: already clean). */
export function directionOf(label: string): Direction {
  const folded = foldCleanText(label);
  if (higherDespite.some((phrase) => folded.includes(phrase))) return 'higher';
  return lowerIsBetter.some((phrase) => folded.includes(phrase)) ? 'lower' : 'higher';
}
