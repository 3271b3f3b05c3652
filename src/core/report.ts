/**
 * The report of one check: the contract of shared/spec/report.schema.json (version 1),
 * copied into test/fixtures/report.schema.json where a test validates every report against it.
 */

/**
 * Every column a table's layout can name, in the order the layout editor lists them, with what
 * its cells hold: the row's own text (its code, label, unit or note), a figure in the row's unit
 * (these add up over a breakdown and anchor column groups), or a percent stated on the sheet
 * (in percent whatever the row's unit). Findings point at figure columns, the unit and the label.
 */
export const columnRoles = [
  { role: 'code', holds: 'rowText', findingColumn: false },
  { role: 'label', holds: 'rowText', findingColumn: true },
  { role: 'unit', holds: 'rowText', findingColumn: true },
  { role: 'prior', holds: 'figure', findingColumn: true },
  { role: 'plan', holds: 'figure', findingColumn: true },
  { role: 'actual', holds: 'figure', findingColumn: true },
  { role: 'statedPercentOfPlan', holds: 'statedPercent', findingColumn: true },
  { role: 'statedYoY', holds: 'statedPercent', findingColumn: true },
  { role: 'nextPlan', holds: 'figure', findingColumn: true },
  { role: 'note', holds: 'rowText', findingColumn: false },
] as const satisfies readonly { role: string; holds: 'rowText' | 'figure' | 'statedPercent'; findingColumn: boolean }[];

type ColumnRoleEntry = (typeof columnRoles)[number];
export type ColumnRole = ColumnRoleEntry['role'];
type FigureRoleEntry = Extract<ColumnRoleEntry, { holds: 'figure' | 'statedPercent' }>;
/** Columns whose cells hold figures: in the row's unit, or stated percents. */
export type FigureRole = FigureRoleEntry['role'];
export type FindingColumn = Extract<ColumnRoleEntry, { findingColumn: true }>['role'];
const figureEntries = columnRoles.filter((entry): entry is FigureRoleEntry => entry.holds !== 'rowText');

/** Every role's name, in the layout editor's order. */
export const columnRoleNames: readonly ColumnRole[] = columnRoles.map((entry) => entry.role);
export const figureRoles: readonly FigureRole[] = figureEntries.map((entry) => entry.role);
/** Figures in the row's unit: prior, plan, actual, next year's plan. */
export const figureInRowUnitRoles: readonly FigureRole[] = figureEntries.filter((entry) => entry.holds === 'figure').map((entry) => entry.role);
export const statedPercentRoles: readonly FigureRole[] = figureEntries.filter((entry) => entry.holds === 'statedPercent').map((entry) => entry.role);

export function isFigureRole(role: ColumnRole): role is FigureRole {
  return (figureRoles as readonly ColumnRole[]).includes(role);
}

export type UnitKind = 'count' | 'amount' | 'rate' | 'index' | 'other';
export type Direction = 'higher' | 'lower';
export type Status = 'achieved' | 'nearly' | 'missed' | 'no-target';
export type BreakdownKind = 'full' | 'partial';
export type Severity = 'error' | 'warning' | 'info';

export type RuleId =
  | 'sum-mismatch'
  | 'subset-exceeds-total'
  | 'shares-not-100'
  | 'stated-percent-mismatch'
  | 'unit-mismatch'
  | 'formula-omits-row'
  | 'unreadable-value'
  | 'sheet-total-mismatch'
  | 'group-total-mismatch';

export interface SheetResult {
  name: string;
  status: 'checked' | 'skipped';
  reason?: string;
  headerRows?: number[];
  columns?: Partial<Record<ColumnRole, string>>;
}

export interface IndicatorResult {
  sheet: string;
  row: number;
  code: string | null;
  label: string;
  unit: string | null;
  kind: UnitKind;
  level: number;
  parentRow: number | null;
  breakdown: BreakdownKind | null;
  direction: Direction;
  prior: number | null;
  plan: number | null;
  actual: number | null;
  nextPlan: number | null;
  planText: string | null;
  percentOfPlan: number | null;
  yoyPercent: number | null;
  yoyPoints: number | null;
  status: Status;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  row: number;
  cell: string;
  column?: FindingColumn;
  expected: number | null;
  found: number | null;
  message: string;
}

export interface Report {
  version: 1;
  workbook: string;
  sheets: SheetResult[];
  indicators: IndicatorResult[];
  findings: Finding[];
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by sheet order as given, then by row. */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((name, i) => [name, i]));
  return [...findings].sort(
    (a, b) =>
      severityOrder[a.severity] - severityOrder[b.severity] ||
      (sheetIndex.get(a.sheet) ?? 0) - (sheetIndex.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      a.cell.localeCompare(b.cell),
  );
}
