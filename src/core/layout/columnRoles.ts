import { isFigureRole, type ColumnRole, type FigureRole } from '../report';
import type { SheetGrid } from '../sheetGrid';
import { foldText } from '../textFold';
import type { HeaderBlock } from './headerBlock';
import type { FigureKind, RowTextRole } from '../vocabulary/headerWords';
import { comparisonDenominator, figureKindOf, isComparisonHeader, namesPeriod, rowTextRoleOf, yearsIn } from './headerWords';

/** What one column's header says, before roles are settled across the table. */
type ColumnHeading =
  | { kind: RowTextRole }
  | { kind: 'figure'; figure: FigureKind; year: number | null; period: boolean }
  | { kind: 'comparison'; text: string }
  | { kind: 'unknown' };

export interface ColumnRoles {
  columns: Partial<Record<ColumnRole, number>>;
  /** Every column each figure role was read in, left to right: one per column group. */
  roleColumns: Partial<Record<FigureRole, number[]>>;
  reportYear: number | null;
  /** Stated comparisons whose header names no ratio ("So sánh (%)"): the figures decide. */
  unresolvedComparisons: number[];
}

export function resolveColumnRoles(grid: SheetGrid, header: HeaderBlock, titleYear: number | null): ColumnRoles {
  const headings = new Map<number, ColumnHeading>();
  const numberFormulas = columnNumberFormulas(grid, header);
  for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
    headings.set(column, readHeading(headerParts(grid, header, column), numberFormulas.get(column) ?? null));
  }
  headings.set(header.labelColumn, { kind: 'label' });

  const reportYear = decideReportYear([...headings.values()], titleYear);
  const columns: Partial<Record<ColumnRole, number>> = { label: header.labelColumn };
  const unresolvedComparisons: number[] = [];
  const roleColumns: Partial<Record<FigureRole, number[]>> = {};
  // The first column that takes a role keeps it: in column groups, the total group comes first.
  const assign = (role: ColumnRole, column: number): void => {
    if (isFigureRole(role)) (roleColumns[role] ??= []).push(column);
    if (columns[role] === undefined) columns[role] = column;
  };
  for (const [column, heading] of headings) {
    switch (heading.kind) {
      case 'code':
      case 'unit':
      case 'note':
        assign(heading.kind, column);
        break;
      case 'figure': {
        const role = figureRole(heading.figure, heading.year, reportYear);
        if (role) assign(role, column);
        break;
      }
      case 'comparison': {
        const formulaDenominator = comparisonFromNumberRow(numberFormulas.get(column) ?? null, grid, header, headings, reportYear);
        const denominator = comparisonDenominator(heading.text, reportYear) ?? formulaDenominator;
        if (denominator === 'plan') assign('statedPercentOfPlan', column);
        else if (denominator === 'prior') assign('statedYoY', column);
        else unresolvedComparisons.push(column);
        break;
      }
      default:
        break;
    }
  }
  preferActualOfPlanPeriod(columns, headings);
  return {
    columns,
    roleColumns,
    reportYear,
    unresolvedComparisons: unresolvedComparisons.filter((c) => columns.statedPercentOfPlan !== c && columns.statedYoY !== c),
  };
}

/**
 * A period's plan ("Kế hoạch giai đoạn 2017-2021") is held against the period's actual ("Ước
 * thực hiện 2017-2021"), not against the last year of it, which a table of the period's years
 * shows first.
 */
function preferActualOfPlanPeriod(columns: Partial<Record<ColumnRole, number>>, headings: ReadonlyMap<number, ColumnHeading>): void {
  const plan = columns.plan === undefined ? undefined : headings.get(columns.plan);
  if (plan?.kind !== 'figure' || !plan.period) return;
  for (const [column, heading] of headings) {
    if (heading.kind === 'figure' && heading.figure === 'actual' && heading.period && heading.year === plan.year) {
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
  const rowTextRole = rowTextRoleOf(foldText(parts[parts.length - 1]!));
  if (rowTextRole) return { kind: rowTextRole };
  const all = parts.join(' / ');
  if (isComparisonHeader(foldText(all)) || (numberFormula !== null && numberFormula.includes('/'))) {
    return { kind: 'comparison', text: parts[parts.length - 1]! };
  }
  // The most specific (lowest) heading names the figure; a year may sit above it ("Năm 2023" /
  // "Kế hoạch") or below it, where the lowest is one year of a period ("Thực hiện giai đoạn
  // 2017-2021" / "2017").
  for (let i = parts.length - 1; i >= 0; i--) {
    const figure = figureKindOf(parts[i]!);
    if (figure) {
      const yearPart = [...parts].reverse().find((part) => yearsIn(part).length > 0);
      const year = yearPart === undefined ? null : yearsIn(yearPart)[0]!;
      return { kind: 'figure', figure, year, period: yearPart !== undefined && namesPeriod(yearPart) };
    }
  }
  return { kind: 'unknown' };
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

function comparisonFromNumberRow(
  formula: string | null,
  grid: SheetGrid,
  header: HeaderBlock,
  headings: ReadonlyMap<number, ColumnHeading>,
  reportYear: number | null,
): FigureKind | null {
  const match = formula ? /=\(?(\w+)\)?\/\(?(\w+)\)?$/.exec(formula) : null;
  if (!match || header.columnNumberRow === null) return null;
  for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
    if (grid.text(header.columnNumberRow, column).replace(/[()]/g, '') !== match[2]) continue;
    const heading = headings.get(column);
    if (heading?.kind !== 'figure') return null;
    const role = figureRole(heading.figure, heading.year, reportYear);
    return role === 'plan' ? 'plan' : role === 'prior' ? 'prior' : null;
  }
  return null;
}
