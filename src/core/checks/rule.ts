import { cellAddress } from '../address';
import type { Direction, FigureRole, Finding, RuleId, Severity, UnitKind } from '../report';
import type { CheckSettings } from '../settings';
import type { SheetStructure } from '../breakdowns';
import type { TableLayout } from '../layout/detectLayout';
import type { RowLookup } from '../rowTable';
import type { TableRow } from '../rows/tableRows';
import { formatNumber } from '../../text/formatNumber';
import { roundingTolerance } from '../values';

/** Everything a rule may look at for one sheet; rules only read it. */
export interface RuleContext {
  readonly sheet: string;
  readonly rows: readonly TableRow[];
  readonly structure: SheetStructure;
  readonly layout: TableLayout;
  readonly settings: CheckSettings;
  readonly directions: RowLookup<Direction>;
  readonly kinds: RowLookup<UnitKind>;
  /** Each row's direct children, in sheet order. */
  readonly childrenOf: RowLookup<readonly TableRow[]>;
  /** A cell's formula ("=SUM(E20:E22)"), or null for a typed value. */
  readonly formulaAt: (row: number, column: number) => string | null;
  /** A formula cell saved without its result that calculateMissingResults could not calculate either. */
  readonly resultMissing: (row: number, column: number) => boolean;
}

/** The column a role's figures are in (a row has a figure in a role only where the layout has that column). */
export function figureColumn(context: RuleContext, role: FigureRole): number {
  return context.layout.columns[role]!;
}

/** A validation rule in the manner of R's validate: a name and a function from data to findings. */
export interface Rule {
  readonly id: RuleId;
  readonly check: (context: RuleContext) => Finding[];
}

export function findingAt(
  context: RuleContext,
  fields: { rule: RuleId; severity: Severity; row: number; column: number; role?: Finding['column']; expected: number | null; found: number | null; message: string },
): Finding {
  return {
    rule: fields.rule,
    severity: fields.severity,
    sheet: context.sheet,
    row: fields.row,
    cell: cellAddress(fields.row, fields.column),
    ...(fields.role ? { column: fields.role } : {}),
    expected: fields.expected,
    found: fields.found,
    message: fields.message,
  };
}

/** What show and extraTolerance read: a rule's context, or the settings of a check across sheets. */
type WithSettings = Pick<RuleContext, 'settings'>;

/** A number in a finding's message, in the user's language. */
export function show(context: WithSettings, value: number): string {
  return formatNumber(value, context.settings.language, 4);
}

export function rowList(rows: readonly TableRow[]): string {
  return rows.map((r) => r.row).join(', ');
}

/** The user's extra tolerance, in units of the last decimal shown. */
export function extraTolerance(context: WithSettings, decimals: number): number {
  return 2 * roundingTolerance(decimals) * context.settings.extraToleranceDigits;
}
