/**
 * The report of one check: the contract of shared/spec/report.schema.json (version 1),
 * copied into test/fixtures/report.schema.json where a test validates every report against it.
 */

export type ColumnRole =
  | 'code'
  | 'label'
  | 'unit'
  | 'prior'
  | 'plan'
  | 'actual'
  | 'statedPercentOfPlan'
  | 'statedYoY'
  | 'nextPlan'
  | 'note';

/** Columns whose cells hold figures (the roles a finding can point at, with unit and label). */
export type FigureRole = 'prior' | 'plan' | 'actual' | 'nextPlan' | 'statedPercentOfPlan' | 'statedYoY';
export type FindingColumn = FigureRole | 'unit' | 'label';

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
