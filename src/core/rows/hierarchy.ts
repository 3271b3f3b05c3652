import type { BreakdownWord } from '../vocabulary/breakdownWords';
import type { TableRow } from './tableRows';
import { bulletHabit } from './bulletHabit';
import { RowTable, type RowLookup } from '../rowTable';

/** Where a row sits: its parent, its depth, and the breakdown word that introduced it. */
export interface RowPlace {
  readonly parentRow: number | null;
  readonly level: number;
  /** The word of the breakdown this row belongs to ("Chia ra" on it, on a row above it, or none). */
  readonly word: BreakdownWord | null;
  /** Rows of one parent split into groups where a breakdown word starts a new one. */
  readonly group: number;
  /** The parent's formulas add this row: the structure is the sheet's own, not read from its numbering. */
  readonly byFormula: boolean;
}

interface Open {
  readonly row: TableRow;
  readonly rank: number;
  readonly level: number;
  readonly parent: Open | null;
  /** The group its next child joins (0 before the first), and the word that started it. */
  childGroup: number;
  childWord: BreakdownWord | null;
}

const noFormulaParts: RowLookup<readonly number[]> = { get: () => undefined, has: () => false };

/**
 * Places each row under its parent. A total whose formulas add rows below it (see formulaParts.ts)
 * is their parent, whatever else the sheet shows, and takes no other rows. Otherwise numbered rows
 * go under the nearest row above with a higher scheme (A > I > 1 > 1.1 > a > bullets, the bullets
 * ranked by the sheet's habit, indentation deciding between bullet rows where it disagrees);
 * unnumbered rows follow indentation where the sheet has it, else a breakdown word or a numbered
 * row directly above makes them children of that row, except that a heading (bold, upper case or
 * a formula total) is never a child of a bullet row.
 */
export function placeRows(rows: readonly TableRow[], formulaParts: RowLookup<readonly number[]> = noFormulaParts): RowLookup<RowPlace> {
  const places = RowTable.spanning<RowPlace>(rows);
  const indentsKnown = rows.some((r) => r.indent > 0);
  const ranks = bulletHabit(rows);
  const rankOf = (row: TableRow): number => ranks.get(row.row) ?? row.code?.rank ?? 0;
  const isHeading = headingTest(rows, formulaParts);
  const formulaParent = new Map<number, number>();
  for (const row of rows) for (const part of formulaParts.get(row.row) ?? []) if (part > row.row && !formulaParent.has(part)) formulaParent.set(part, row.row);
  const opened = new Map<number, Open>();
  const schemeAt = new Map(rows.map((r) => [r.row, r.code?.scheme]));
  /**
   * A row a total's formulas leave out is not its part, unless it goes on with the parts' own
   * numbering (the formula then omits a part: formula-omits-row).
   */
  const leftOutOf = (total: TableRow, row: TableRow): boolean => {
    const parts = formulaParts.get(total.row);
    if (!parts || parts.includes(row.row)) return false;
    return row.code === null || schemeAt.get(parts[parts.length - 1]!) !== row.code.scheme;
  };
  /** The latest open row of each dotted or arabic number, where "1.1.1" finds "1.1". */
  const byNumber = new Map<string, Open>();
  let stack: Open[] = [];
  let pendingWord: BreakdownWord | null = null;
  let previous: Open | null = null;
  let groupCounter = 0;
  const top = (): Open | undefined => stack[stack.length - 1];

  for (const row of rows) {
    if (row.markerOnly) {
      pendingWord = row.marker;
      continue;
    }
    const word = row.marker ?? pendingWord;
    // "Phân theo khu vực:" then "Phân theo ngành:" under one total: each starts a breakdown of its own.
    const startsBreakdown = row.marker !== null || pendingWord !== null;
    pendingWord = null;

    let rank: number;
    const byFormula = opened.get(formulaParent.get(row.row) ?? -1);
    if (byFormula) {
      stack = chainOf(byFormula);
      // A numbered part keeps its number's rank, so the rows below it nest as their numbers say.
      rank = row.code ? rankOf(row) : byFormula.rank + 0.5;
    } else if (row.code?.scheme === 'dotted' && byNumber.has(numberAbove(row.code.text))) {
      // Dotted numbers nest by their prefix, even out of order.
      stack = chainOf(byNumber.get(numberAbove(row.code.text))!);
      rank = row.code.rank;
    } else if (row.code) {
      rank = rankOf(row);
      const bullet = ranks.has(row.row);
      for (let open = top(); open; open = top()) {
        // Between bullet rows indentation decides where it disagrees with the bullets' order.
        const byIndent = bullet && indentsKnown && ranks.has(open.row.row) && open.row.indent !== row.indent;
        if (byIndent ? open.row.indent > row.indent : open.rank >= rank) stack.pop();
        else break;
      }
    } else if (indentsKnown && row.indent > 0) {
      while (stack.length > 0 && top()!.row.indent >= row.indent) stack.pop();
      rank = (top()?.rank ?? -1) + 0.5;
    } else if (indentsKnown && word === null && previous !== null && previous.row.indent > 0) {
      // An unindented row after indented ones steps back out of them: the sibling of the row they
      // hang under (or a child of the section heading they hang under).
      while (stack.length > 0 && top()!.row.indent > 0) stack.pop();
      const under = top();
      if (under && !under.row.isSection) stack.pop();
      rank = under ? (under.row.isSection ? under.rank + 0.5 : under.rank) : 0;
    } else if (previous && (word !== null || previous.row.code !== null) && !previous.row.isSection) {
      while (stack.length > 0 && top() !== previous) stack.pop();
      rank = previous.rank + 0.5;
    } else if (previous) {
      // An unnumbered row after an unnumbered row: its sibling.
      while (stack.length > 0 && top()!.rank >= previous.rank) stack.pop();
      rank = previous.rank;
    } else {
      rank = 0;
    }
    if (!byFormula) {
      // A total whose formulas name its parts has no others; a heading is not a bullet row's part.
      const stepOut = (open: Open): boolean =>
        leftOutOf(open.row, row) || (row.code === null && word === null && isHeading(row) && ranks.has(open.row.row));
      let popped = false;
      for (let open = top(); open && stepOut(open); open = top()) {
        stack.pop();
        popped = true;
      }
      if (popped) rank = Math.max(rank, (top()?.rank ?? -1) + 0.5);
    }

    const parent = top() ?? null;
    let group = 0;
    if (parent) {
      if (word !== null && (parent.childWord !== word || startsBreakdown)) {
        parent.childGroup = ++groupCounter;
        parent.childWord = word;
      } else if (parent.childGroup === 0) {
        parent.childGroup = ++groupCounter;
      }
      group = parent.childGroup;
    }
    const open: Open = { row, rank, level: parent ? parent.level + 1 : 0, parent, childGroup: 0, childWord: null };
    places.set(row.row, {
      parentRow: parent?.row.row ?? null,
      level: open.level,
      word: parent ? parent.childWord : null,
      group,
      byFormula: byFormula !== undefined,
    });
    opened.set(row.row, open);
    if (row.code?.scheme === 'dotted' || row.code?.scheme === 'arabic') byNumber.set(row.code.text, open);
    // Numbers start again under each roman numeral or letter: "3.2" under "III" is not under an earlier "3".
    else if (row.code?.scheme === 'roman' || row.code?.scheme === 'letter') byNumber.clear();
    stack.push(open);
    previous = open;
  }
  return places;
}

/** "1.1" for "1.1.2". */
function numberAbove(dotted: string): string {
  return dotted.slice(0, dotted.lastIndexOf('.'));
}

/** The open rows from the top down to this one. */
function chainOf(open: Open): Open[] {
  const chain: Open[] = [];
  for (let at: Open | null = open; at; at = at.parent) chain.unshift(at);
  return chain;
}

/**
 * Whether an unnumbered row is set apart as a heading: a formula total, upper case, or bold in a
 * sheet where not every label is bold (there bold says nothing).
 */
function headingTest(rows: readonly TableRow[], formulaParts: RowLookup<readonly number[]>): (row: TableRow) => boolean {
  const boldSpeaks = rows.some((r) => !r.bold);
  return (row) => formulaParts.has(row.row) || (boldSpeaks && row.bold) || isUpperCase(row.label);
}

/** Upper-case words ("KHU VỰC NÔNG NGHIỆP"), not an acronym alone ("GRDP"). */
function isUpperCase(label: string): boolean {
  return /\s/.test(label.trim()) && label !== label.toLowerCase() && label === label.toUpperCase();
}
