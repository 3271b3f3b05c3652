import { unitInText } from './units';
import { namesAnyPhrase, startsWithPhrase, wordsOf } from './vocabulary/matching';
import { groupMeasureWords } from './vocabulary/groupMeasureWords';
import { placeWords } from './vocabulary/placeWords';
import { foldWords } from './textFold';

/** What a column group's name says it is: a place (a unit of the area), a measure or period, or neither. */
export type GroupNameReading = 'place' | 'measure' | 'neither';

/** Years a header may name: a year makes a group a period ("Năm 2019", "TH 2020"), whatever else it says. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

export function readGroupName(name: string): GroupNameReading {
  const folded = foldWords(name);
  const words = wordsOf(folded);
  if (words.some(isYear) || unitInText(name) !== null) return 'measure';
  if (placeWords.some((phrase) => startsWithPhrase(folded, phrase))) return 'place';
  return namesAnyPhrase(folded, groupMeasureWords) ? 'measure' : 'neither';
}

function isYear(word: string): boolean {
  const year = Number(word);
  return word.length === 4 && year >= FIRST_YEAR && year <= LAST_YEAR;
}
