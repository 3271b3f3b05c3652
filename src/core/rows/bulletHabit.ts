/**
 * Bullets by the sheet's habit (docs/domain.md, "Bullets follow each office's habit"): one office
 * writes "* / - / +", another "- / + / -". Within a block (the rows under one numbered row or
 * heading) the first bullet seen is the first level, the next new one the second, and so on.
 */
import { RowTable, type RowLookup } from '../rowTable';
import type { NumberingScheme } from './numbering';
import type { TableRow } from './tableRows';

/** The rank of the first bullet level: below every numbering scheme (see numbering.ts). */
export const firstBulletRank = 7;

const bulletSchemes: ReadonlySet<NumberingScheme> = new Set<NumberingScheme>(['dash', 'plus', 'star']);

export function isBullet(row: Pick<TableRow, 'code'>): boolean {
  return row.code !== null && bulletSchemes.has(row.code.scheme);
}

/** Each bullet row's rank: the order of first appearance of its bullet within its block. */
export function bulletHabit(rows: readonly TableRow[]): RowLookup<number> {
  const ranks = RowTable.spanning<number>(rows);
  let order: NumberingScheme[] = [];
  for (const row of rows) {
    if (!isBullet(row)) {
      // A numbered row or a heading starts a new block with its own habit.
      if (row.code !== null || row.isSection) order = [];
      continue;
    }
    const scheme = row.code!.scheme;
    let at = order.indexOf(scheme);
    if (at < 0) at = order.push(scheme) - 1;
    ranks.set(row.row, firstBulletRank + at);
  }
  return ranks;
}
