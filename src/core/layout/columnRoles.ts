import { isFigureRole, type ColumnRole, type FigureRole } from '../report';
import type { SheetGrid } from '../sheetGrid';
import { foldText } from '../textFold';
import type { HeaderBlock } from './headerBlock';
import type { FigureKind, RowTextRole } from '../vocabulary/headerWords';
import { denominatorKind, figureKindOf, isComparisonHeader, namesPeriod, readComparison, rowTextRoleOf, yearsIn } from './headerWords';
import { isUnnamed, monthsCovered, namesOnlyPeriodAndYear, periodIn, periodsMatch, type PeriodKey } from './periods';

/** What one column's header says, before roles are settled across the table. */
type ColumnHeading =
  | { kind: RowTextRole }
  | FigureHeading
  | ComparisonHeading
  | { kind: 'unknown' };

/** `spansYears`: a period of years ("giai đoạn 2017-2021"); `period`: the part of the year ("Tháng 11", "11 tháng"). */
interface FigureHeading {
  kind: 'figure';
  figure: FigureKind;
  year: number | null;
  spansYears: boolean;
  period: PeriodKey | null;
}

/** What a stated comparison compares (its numerator's year and period) and with what (its denominator's text). */
interface ComparisonHeading {
  kind: 'comparison';
  numerator: { year: number | null; period: PeriodKey | null };
  denominator: string | null;
}

/** A comparison's base: "other" is a known base the rules do not check (last month, a base year). */
type ComparisonBase = 'plan' | 'prior' | 'other' | null;

export interface ColumnRoles {
  columns: Partial<Record<ColumnRole, number>>;
  /** Every column each figure role was read in, left to right: one per column group. */
  roleColumns: Partial<Record<FigureRole, number[]>>;
  reportYear: number | null;
  /** Stated comparisons whose header names no ratio ("So sánh (%)"): the figures decide. */
  unresolvedComparisons: number[];
  /** Every column whose heading names a figure, whether a role took it or not: other years, other periods, further plans. */
  figureHeadingColumns: number[];
}

export function resolveColumnRoles(grid: SheetGrid, header: HeaderBlock, titleYear: number | null): ColumnRoles {
  const headings = new Map<number, ColumnHeading>();
  const numberFormulas = columnNumberFormulas(grid, header);
  for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
    headings.set(column, readHeading(headerParts(grid, header, column), numberFormulas.get(column) ?? null));
  }
  headings.set(header.labelColumn, { kind: 'label' });

  const reportYear = decideReportYear([...headings.values()], titleYear);
  const figures = [...headings].flatMap(([column, heading]) =>
    heading.kind === 'figure' ? [{ column, heading, role: figureRole(heading.figure, heading.year, reportYear) }] : [],
  );
  const comparisons = [...headings].flatMap(([column, heading]) =>
    heading.kind === 'comparison' ? [{ column, heading, base: comparisonBase(heading, reportYear) }] : [],
  );
  const period = chooseActualPeriod(figures, comparisons, reportYear);

  // Roles are settled first, then taken in column order: the first column that takes a role
  // keeps it (in column groups, the total group comes first).
  const roleOf = new Map<number, ColumnRole | 'unresolved'>();
  for (const [column, heading] of headings) {
    if (heading.kind === 'code' || heading.kind === 'unit' || heading.kind === 'note') roleOf.set(column, heading.kind);
  }
  for (const { column, heading, role } of figures) {
    // An actual or prior of another period than the one settled is left unchecked.
    if (role && (period.covers(heading.period) || (role !== 'actual' && role !== 'prior'))) roleOf.set(column, role);
  }
  const columnsOf = (role: 'plan' | 'prior'): number[] => figures.filter((f) => roleOf.get(f.column) === role).map((f) => f.column);
  const settledFigures = { plan: columnsOf('plan'), prior: columnsOf('prior') };
  const laterBlocks = new Set<number>();
  for (const { column, heading, base } of comparisons) {
    const block = period.blockOf(column, heading.numerator);
    if (block < 0) continue;
    if (block > 0) laterBlocks.add(column);
    const settled = base ?? baseFromNumberRow(numberFormulas.get(column) ?? null, grid, header, headings, reportYear, settledFigures);
    if (settled === 'plan') roleOf.set(column, 'statedPercentOfPlan');
    else if (settled === 'prior') roleOf.set(column, 'statedYoY');
    else if (settled === null) roleOf.set(column, 'unresolved');
  }

  const columns: Partial<Record<ColumnRole, number>> = { label: header.labelColumn };
  const unresolvedComparisons: number[] = [];
  const roleColumns: Partial<Record<FigureRole, number[]>> = {};
  for (const [column, role] of [...roleOf].sort(([a], [b]) => a - b)) {
    if (role === 'unresolved') {
      unresolvedComparisons.push(column);
      continue;
    }
    if (isFigureRole(role)) (roleColumns[role] ??= []).push(column);
    if (columns[role] === undefined && !laterBlocks.has(column)) columns[role] = column;
  }
  preferActualOfPlanPeriod(columns, headings, period);
  return {
    columns,
    roleColumns,
    reportYear,
    unresolvedComparisons: unresolvedComparisons.filter((c) => columns.statedPercentOfPlan !== c && columns.statedYoY !== c),
    figureHeadingColumns: figures.map((f) => f.column),
  };
}

/** The period of the year whose actual the table is checked on, and which columns belong to it. */
interface ActualPeriod {
  /** Whether an actual or prior column of this period covers it. */
  covers(period: PeriodKey | null): boolean;
  /**
   * Which block's actual the stated comparison in a column compares: 0 the table's own, a later
   * block (checked only as a column group), or -1 none.
   */
  blockOf(column: number, numerator: ComparisonHeading['numerator']): number;
}

type ReadFigure = { column: number; heading: FigureHeading; role: ColumnRole | null };

/**
 * When the report year's actual columns differ by period ("Tháng 10", "Tháng 11", "11 tháng"),
 * the actual is the one a stated year-on-year comparison pairs with a prior column of the same
 * period; else the one a prior column has the period of; else the longest (the year, the months to
 * date). A heading that names no
 * period is then taken as this period only where every actual column is of one period. Blocks of
 * one period each, side by side with the same figures ("Cả năm", "Quý I", "Quý II" over KH and
 * TH), are each a table of their own period: column groups check them one by one.
 */
function chooseActualPeriod(
  figures: readonly ReadFigure[],
  comparisons: readonly { heading: ComparisonHeading; base: ComparisonBase }[],
  reportYear: number | null,
): ActualPeriod {
  const blocks = periodBlocks(figures);
  if (blocks) {
    // A comparison between two blocks' figures is its block's; one after the last block's
    // figures is the block its numerator names.
    const blockOf = (column: number, numerator: ComparisonHeading['numerator']): number => {
      const inside = blocks.findIndex((block, index) => index + 1 < blocks.length && column >= block.first && column < blocks[index + 1]!.first);
      const index = inside >= 0 ? inside : blocks.findIndex((block) => periodsMatch(block.period, numerator.period));
      return index >= 0 && yearOf(numerator, reportYear) && periodsMatch(numerator.period, blocks[index]!.period) ? index : -1;
    };
    return { covers: () => true, blockOf };
  }
  const periodsOf = (role: ColumnRole): (PeriodKey | null)[] => figures.filter((f) => f.role === role).map((f) => f.heading.period);
  const actuals = periodsOf('actual');
  const priors = periodsOf('prior');
  const among = (periods: readonly (PeriodKey | null)[], period: PeriodKey | null): boolean => periods.some((p) => periodsMatch(p, period));
  const single = actuals.every((p) => periodsMatch(p, actuals[0] ?? null));
  let chosen: PeriodKey | null = actuals[0] ?? null;
  if (!single) {
    // Failing a pair, the longest period: the year's or the months to date, what a plan is set for.
    chosen = actuals.reduce((longest, p) => (monthsCovered(p) > monthsCovered(longest) ? p : longest), chosen);
    const paired = comparisons.find(
      ({ heading: { numerator }, base }) =>
        base === 'prior' && numerator.period !== null && yearOf(numerator, reportYear) && among(priors, numerator.period) && among(actuals, numerator.period),
    );
    chosen = paired ? paired.heading.numerator.period : (actuals.find((p) => among(priors, p)) ?? chosen);
  }
  // With one actual period, "Cùng kỳ" and "Kỳ này" name it; with none, priors stand as read.
  const covers = (period: PeriodKey | null): boolean => actuals.length === 0 || periodsMatch(period, chosen) || (single && period?.kind === 'current');
  return {
    covers,
    blockOf: (_, numerator) => (yearOf(numerator, reportYear) && (numerator.period === null ? single : covers(numerator.period)) ? 0 : -1),
  };
}

interface PeriodBlock {
  period: PeriodKey | null;
  first: number;
  last: number;
  roles: ColumnRole[];
}

/** The figure columns as blocks of one period each, left to right, every block with the same roles in the same order; null if they are not. */
function periodBlocks(figures: readonly ReadFigure[]): PeriodBlock[] | null {
  const blocks: PeriodBlock[] = [];
  for (const { column, heading, role } of figures) {
    if (!role) continue;
    const block = blocks.find((b) => periodsMatch(b.period, heading.period));
    if (block) {
      block.last = column;
      block.roles.push(role);
    } else blocks.push({ period: heading.period, first: column, last: column, roles: [role] });
  }
  // One figure a period ("Quý IV", "Ước tính năm 2023") is a series of periods, not blocks that each make a table.
  if (blocks.length < 2 || blocks[0]!.roles.length < 2) return null;
  const sameRoles = blocks.every((block) => block.roles.join() === blocks[0]!.roles.join());
  const sideBySide = blocks.every((block, index) => index === 0 || block.first > blocks[index - 1]!.last);
  return sameRoles && sideBySide ? blocks : null;
}

function yearOf(numerator: ComparisonHeading['numerator'], reportYear: number | null): boolean {
  return numerator.year === null || reportYear === null || numerator.year === reportYear;
}

/**
 * What a comparison is against, from its denominator's words: a plan; the prior year's figure of
 * the numerator's own period ("cùng kỳ năm trước", "Tháng 11 năm 2018" under "Tháng 11 năm 2019
 * so với"); or another base (the month before, another period, a base year), left unchecked.
 */
function comparisonBase({ numerator, denominator }: ComparisonHeading, reportYear: number | null): ComparisonBase {
  if (denominator === null) return null;
  const kind = denominatorKind(denominator, reportYear);
  if (kind === 'plan') return 'plan';
  const period = periodIn(denominator);
  const year = yearsIn(denominator)[0] ?? null;
  const numeratorYear = numerator.year ?? reportYear;
  const yearBefore = numeratorYear === null ? null : numeratorYear - 1;
  if (period === null) {
    if (kind === null && year === null) return null;
    // "Tháng 11 năm 2019 so với TH năm 2018": a base that names no period is not the month's.
    if (!isUnnamed(numerator.period)) return 'other';
    if (kind !== null) return kind;
    return year === yearBefore ? 'prior' : 'other';
  }
  if (period.kind === 'previousPeriod') return 'other';
  if (period.kind !== 'samePeriod' && !periodsMatch(period, numerator.period)) return 'other';
  if (year !== null) return year === yearBefore ? 'prior' : 'other';
  return kind === 'prior' ? 'prior' : 'other';
}

/**
 * A period's plan ("Kế hoạch giai đoạn 2017-2021") is held against the period's actual ("Ước
 * thực hiện 2017-2021"), not against the last year of it, which a table of the period's years
 * shows first.
 */
function preferActualOfPlanPeriod(columns: Partial<Record<ColumnRole, number>>, headings: ReadonlyMap<number, ColumnHeading>, period: ActualPeriod): void {
  const plan = columns.plan === undefined ? undefined : headings.get(columns.plan);
  if (plan?.kind !== 'figure' || !plan.spansYears) return;
  for (const [column, heading] of headings) {
    if (heading.kind === 'figure' && heading.figure === 'actual' && heading.spansYears && heading.year === plan.year && period.covers(heading.period)) {
      columns.actual = column;
      return;
    }
  }
}

/** Distinct header texts of a column, top to bottom; merged headings name every column they cover. */
function headerParts(grid: SheetGrid, header: HeaderBlock, column: number): string[] {
  const parts: string[] = [];
  for (const row of header.rows) {
    const text = grid.headerText(row, column);
    if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
  }
  return parts;
}

function readHeading(parts: readonly string[], numberFormula: string | null): ColumnHeading {
  if (parts.length === 0) return { kind: 'unknown' };
  // Statistics tables split one heading over rows, even mid-phrase ("Đơn vị / tính", "Sơ / bộ").
  const joined = parts.join(' ');
  const rowTextRole = rowTextRoleOf(foldText(parts[parts.length - 1]!)) ?? rowTextRoleOf(foldText(joined));
  if (rowTextRole) return { kind: rowTextRole };
  const all = parts.join(' / ');
  if (isComparisonHeader(foldText(all)) || (numberFormula !== null && numberFormula.includes('/'))) {
    const { numerator, denominator } = readComparison(parts);
    return { kind: 'comparison', numerator: { year: yearsIn(numerator)[0] ?? null, period: figurePeriod(numerator) }, denominator };
  }
  const period = figurePeriod(all);
  // The most specific (lowest) heading names the figure; a year may sit above it ("Năm 2023" /
  // "Kế hoạch") or below it, where the lowest is one year of a period ("Thực hiện giai đoạn
  // 2017-2021" / "2017").
  for (let i = parts.length - 1; i >= 0; i--) {
    const figure = figureKindOf(parts[i]!);
    if (figure) {
      const yearPart = [...parts].reverse().find((part) => yearsIn(part).length > 0);
      const year = yearPart === undefined ? null : yearsIn(yearPart)[0]!;
      return { kind: 'figure', figure, year, spansYears: yearPart !== undefined && namesPeriod(yearPart), period };
    }
  }
  const joinedFigure = figureKindOf(joined);
  if (joinedFigure) {
    const year = yearsIn(all)[0] ?? null;
    return { kind: 'figure', figure: joinedFigure, year, spansYears: namesPeriod(all), period };
  }
  // A statistics table writes its actual figures as a period and year alone ("11 tháng năm 2019").
  if (namesOnlyPeriodAndYear(all)) return { kind: 'figure', figure: 'actual', year: yearsIn(all)[0]!, spansYears: namesPeriod(all), period };
  return { kind: 'unknown' };
}

/** A heading's period; "Cùng kỳ" over a figure is the table's own period of another year, as "Kỳ này" is of this one. */
function figurePeriod(text: string): PeriodKey | null {
  const period = periodIn(text);
  return period?.kind === 'samePeriod' ? { kind: 'current' } : period;
}

/**
 * The report year is the year the title names where an actual figure is of that year (a later
 * actual column is then the next period's forecast); else the year of the latest actual figure;
 * failing that, the title's or the plan's year.
 */
function decideReportYear(headings: readonly ColumnHeading[], titleYear: number | null): number | null {
  const yearsOf = (kind: FigureKind): number[] =>
    headings.flatMap((h) => (h.kind === 'figure' && h.figure === kind && h.year !== null ? [h.year] : []));
  const actualYears = yearsOf('actual');
  if (titleYear !== null && actualYears.includes(titleYear)) return titleYear;
  if (actualYears.length > 0) return Math.max(...actualYears);
  if (titleYear !== null) return titleYear;
  const planYears = yearsOf('plan');
  return planYears.length > 0 ? Math.min(...planYears) : null;
}

function figureRole(kind: FigureKind, year: number | null, reportYear: number | null): ColumnRole | null {
  if (kind === 'prior') return 'prior';
  if (year === null || reportYear === null) return kind === 'actual' ? 'actual' : 'plan';
  if (kind === 'actual') {
    if (year === reportYear) return 'actual';
    return year === reportYear - 1 ? 'prior' : null;
  }
  if (year === reportYear) return 'plan';
  return year === reportYear + 1 ? 'nextPlan' : null;
}

/** "4=3/2" under a column: the column numbers of its numerator and denominator. */
function columnNumberFormulas(grid: SheetGrid, header: HeaderBlock): Map<number, string> {
  const formulas = new Map<number, string>();
  if (header.columnNumberRow === null) return formulas;
  for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
    const text = grid.text(header.columnNumberRow, column);
    if (text !== '') formulas.set(column, text.replace(/\s+/g, ''));
  }
  return formulas;
}

/**
 * "5=3/1" under a comparison: its base is the role its denominator column took; a prior or plan
 * column left out for its period is another base, not checked.
 */
function baseFromNumberRow(
  formula: string | null,
  grid: SheetGrid,
  header: HeaderBlock,
  headings: ReadonlyMap<number, ColumnHeading>,
  reportYear: number | null,
  settledFigures: Readonly<Record<'plan' | 'prior', readonly number[]>>,
): ComparisonBase {
  const match = formula ? /=\(?(\w+)\)?\/\(?(\w+)\)?$/.exec(formula) : null;
  if (!match || header.columnNumberRow === null) return null;
  for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
    if (grid.text(header.columnNumberRow, column).replace(/[()]/g, '') !== match[2]) continue;
    const heading = headings.get(column);
    if (heading?.kind !== 'figure') return null;
    const role = figureRole(heading.figure, heading.year, reportYear);
    if (role !== 'plan' && role !== 'prior') return null;
    return settledFigures[role].includes(column) ? role : 'other';
  }
  return null;
}
