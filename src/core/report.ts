/**
 * The report of one check: the contract of test/fixtures/report.schema.json (version 1), where a
 * test validates every report against it.
 */
import type { RuleId } from './checks/registry';
import type { SkipReason } from './skipReasons';

export type { RuleId };

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


export interface SheetResult {
  name: string;
  status: 'checked' | 'skipped';
  reason?: string;
  headerRows?: number[];
  columns?: Partial<Record<ColumnRole, string>>;
}

/**
 * A sheet as the engine leaves it: why a sheet was skipped is a code until the wording step turns
 * it into the report's sentence.
 */
export type SheetOutcome =
  | { name: string; status: 'checked'; headerRows: number[]; columns: Partial<Record<ColumnRole, string>> }
  | { name: string; status: 'skipped'; skipReason: SkipReason };

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
  /** The header text over the finding's cell as the sheet shows it ("KH năm 2020"), its header rows joined. */
  columnHeading?: string;
  expected: number | null;
  found: number | null;
  message: string;
}

/** A figure that is only known to lie between two numbers: a sum with a range part ("120-150") among its parts. */
export interface NumberRange {
  readonly low: number;
  readonly high: number;
}

/**
 * A message's placeholders: figures as numbers or ranges of numbers (worded in the reader's
 * language), other words as text.
 */
export type MessageData = Readonly<Record<string, string | number | NumberRange>>;

/**
 * A finding as a rule reports it: the report's Finding without its sentence, but with the id of
 * the rule's message and the data for its placeholders. The wording step makes the sentence, in
 * whichever language is asked for.
 */
export interface RuleFinding<Id extends string = RuleId, MessageId extends string = string> extends Omit<Finding, 'rule' | 'message'> {
  rule: Id;
  messageId: MessageId;
  data: MessageData;
}

/** What the engine finds in a workbook, before the wording step makes the report's sentences. */
export interface ReportData {
  workbook: string;
  sheets: SheetOutcome[];
  indicators: IndicatorResult[];
  findings: RuleFinding[];
}

export interface Report {
  version: 1;
  workbook: string;
  sheets: SheetResult[];
  indicators: IndicatorResult[];
  findings: Finding[];
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

type Placed = Pick<Finding, 'severity' | 'sheet' | 'row' | 'cell'>;

/** Errors first, then by sheet order as given, then by row. */
export function sortFindings<F extends Placed>(findings: readonly F[], sheetOrder: readonly string[]): F[] {
  const sheetIndex = new Map(sheetOrder.map((name, i) => [name, i]));
  return [...findings].sort(
    (a, b) =>
      severityOrder[a.severity] - severityOrder[b.severity] ||
      (sheetIndex.get(a.sheet) ?? 0) - (sheetIndex.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      a.cell.localeCompare(b.cell),
  );
}
