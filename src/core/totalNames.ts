import { foldWords } from './textFold';
import { totalNames } from './vocabulary/totalNames';

/** Whether a sheet's or a column group's name says it is the total of the others. */
export function isTotalName(name: string): boolean {
  const folded = foldWords(name);
  return totalNames.some(({ name: words, matches }) => folded === words || (matches === 'start' && folded.startsWith(`${words} `)));
}
