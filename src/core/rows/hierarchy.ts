import type { BreakdownWord } from '../vocabulary/breakdownWords';
import type { TableRow } from './tableRows';
import { RowTable, type RowLookup } from '../rowTable';

/** Where a row sits: its parent, its depth, and the breakdown word that introduced it. */
export interface RowPlace {
  readonly parentRow: number | null;
  readonly level: number;
  /** The word of the breakdown this row belongs to ("Chia ra" on it, on a row above it, or none). */
  readonly word: BreakdownWord | null;
  /** Rows of one parent split into groups where a breakdown word starts a new one. */
  readonly group: number;
}

interface Open {
  readonly row: TableRow;
  readonly rank: number;
  readonly level: number;
  /** The group its next child joins (0 before the first), and the word that started it. */
  childGroup: number;
  childWord: BreakdownWord | null;
}

/**
 * Places each row under its parent. Numbered rows go under the nearest row above with a higher
 * scheme (A > I > 1 > 1.1 > a > - > +); unnumbered rows follow indentation where the sheet has
 * it, else a breakdown word or a numbered row directly above makes them children of that row.
 */
export function placeRows(rows: readonly TableRow[]): RowLookup<RowPlace> {
  const places = RowTable.spanning<RowPlace>(rows);
  const indentsKnown = rows.some((r) => r.indent > 0);
  const stack: Open[] = [];
  let pendingWord: BreakdownWord | null = null;
  let previous: Open | null = null;
  let groupCounter = 0;

  for (const row of rows) {
    if (row.markerOnly) {
      pendingWord = row.marker;
      continue;
    }
    const word = row.marker ?? pendingWord;
    pendingWord = null;

    let rank: number;
    if (row.code) {
      rank = row.code.rank;
      while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
    } else if (indentsKnown && row.indent > 0) {
      while (stack.length > 0 && stack[stack.length - 1]!.row.indent >= row.indent) stack.pop();
      rank = (stack[stack.length - 1]?.rank ?? -1) + 0.5;
    } else if (indentsKnown && word === null && previous !== null && previous.row.indent > 0) {
      // An unindented row after indented ones steps back out of them: the sibling of the row they
      // hang under (or a child of the section heading they hang under).
      while (stack.length > 0 && stack[stack.length - 1]!.row.indent > 0) stack.pop();
      const top = stack[stack.length - 1];
      if (top && !top.row.isSection) stack.pop();
      rank = top ? (top.row.isSection ? top.rank + 0.5 : top.rank) : 0;
    } else if (previous && (word !== null || previous.row.code !== null) && !previous.row.isSection) {
      while (stack.length > 0 && stack[stack.length - 1] !== previous) stack.pop();
      rank = previous.rank + 0.5;
    } else if (previous) {
      // An unnumbered row after an unnumbered row: its sibling.
      while (stack.length > 0 && stack[stack.length - 1]!.rank >= previous.rank) stack.pop();
      rank = previous.rank;
    } else {
      rank = 0;
    }

    const parent = stack[stack.length - 1] ?? null;
    let group = 0;
    if (parent) {
      if (word !== null && (parent.childWord !== word || row.marker !== null)) {
        parent.childGroup = ++groupCounter;
        parent.childWord = word;
      } else if (parent.childGroup === 0) {
        parent.childGroup = ++groupCounter;
      }
      group = parent.childGroup;
    }
    const open: Open = { row, rank, level: parent ? parent.level + 1 : 0, childGroup: 0, childWord: null };
    places.set(row.row, { parentRow: parent?.row.row ?? null, level: open.level, word: parent ? parent.childWord : null, group });
    stack.push(open);
    previous = open;
  }
  return places;
}
