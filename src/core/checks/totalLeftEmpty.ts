import { cellAddress } from '../address';
import type { TableRow } from '../rows/tableRows';
import { withoutFloatNoise } from '../values/floatNoise';
import { findingOf, ruleMeta, type FindingOf, type RuleContext, type TableRule } from './rule';

/**
 * total-left-empty: a total whose adding formula fills some of the table's figure columns
 * (=SUM(E61:E66) in E60:G60) is left empty in others whose parts are filled (H61:O66). The
 * totals that add that row then leave it out in those columns. Inferred from the formulas beside
 * it, so a warning; only in columns whose other totals are adding formulas too (a column of
 * growth rates leaves its totals empty on purpose).
 */
const meta = ruleMeta({
  id: 'total-left-empty',
  scope: 'table',
  severity: 'warning',
  description: "A total left empty in some columns while its adding formula fills the others and its parts are filled.",
  messages: {
    totalEmpty: {
      vi: 'Dòng tổng để trống ở {{empty}}, trong khi {{filled}} là công thức cộng các dòng bên dưới ({{formula}}) và các dòng đó có số ở cả những cột để trống: điền công thức tổng vào {{empty}}, nếu không các tổng cộng dòng này sẽ bỏ sót nó.',
      en: 'The total is empty in {{empty}} while {{filled}} adds the rows below ({{formula}}) and those rows are filled in the empty columns too: fill in the total in {{empty}}, or the totals that add this row leave it out.',
    },
  },
});

export const totalLeftEmpty: TableRule<typeof meta> = {
  meta,
  check(context) {
    const adding = columnsWithAddingFormulas(context);
    const findings: FindingOf<typeof meta>[] = [];
    for (const total of context.rows) {
      const finding = emptyTotal(context, total, adding);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

/** The figure columns in which some total of the table is an adding formula. */
function columnsWithAddingFormulas(context: RuleContext): ReadonlySet<number> {
  const adding = new Set<number>();
  for (const { row } of context.rows) for (const column of context.formulaSums.get(row)?.keys() ?? []) adding.add(column);
  return new Set(context.figureColumns.filter((column) => adding.has(column)));
}

function emptyTotal(context: RuleContext, total: TableRow, adding: ReadonlySet<number>): FindingOf<typeof meta> | null {
  const byColumn = context.formulaSums.get(total.row);
  if (!byColumn) return null;
  const filled = context.figureColumns.filter((column) => byColumn.has(column));
  if (filled.length === 0) return null;
  const parts = byColumn.get(filled[0]!)!;
  // The row's adding formulas must agree on the rows below they add.
  if (parts[0]! <= total.row || filled.some((column) => byColumn.get(column)!.join() !== parts.join())) return null;
  const empty: number[] = [];
  let expected: number | null = null;
  for (const column of context.figureColumns) {
    if (byColumn.has(column) || !adding.has(column) || !isEmpty(context, total.row, column)) continue;
    const sum = filledSum(context, parts, column);
    if (sum === null) continue;
    empty.push(column);
    expected ??= sum;
  }
  if (empty.length === 0) return null;
  return findingOf(meta, context.sheet, {
    messageId: 'totalEmpty',
    row: total.row,
    column: empty[0]!,
    expected,
    found: null,
    data: { empty: runsOf(total.row, empty), filled: runsOf(total.row, filled), formula: context.formulaAt(total.row, filled[0]!)! },
  });
}

function isEmpty(context: RuleContext, row: number, column: number): boolean {
  return context.valueAt(row, column) === null && context.formulaAt(row, column) === null;
}

/** The parts' sum in the column when every part holds a number and one at least is not 0; else null. */
function filledSum(context: RuleContext, parts: readonly number[], column: number): number | null {
  let sum = 0;
  let nonZero = false;
  for (const row of parts) {
    const value = context.valueAt(row, column);
    if (typeof value !== 'number') return null;
    sum += value;
    nonZero ||= value !== 0;
  }
  return nonZero ? withoutFloatNoise(sum) : null;
}

/** The row's cells in the columns, as ranges of neighbouring columns: "H60:O60", "E60:F60, H60". */
function runsOf(row: number, columns: readonly number[]): string {
  const runs: string[] = [];
  for (let start = 0; start < columns.length; ) {
    let end = start;
    while (end + 1 < columns.length && columns[end + 1] === columns[end]! + 1) end++;
    const first = cellAddress(row, columns[start]!);
    runs.push(end === start ? first : `${first}:${cellAddress(row, columns[end]!)}`);
    start = end + 1;
  }
  return runs.join(', ');
}
