import { cellAddress } from '../address';
import type { Direction, FigureRole, FindingColumn, MessageData, RuleFinding, Severity, UnitKind } from '../report';
import type { CheckSettings } from '../settings';
import type { CellValue } from '../snapshot';
import type { SheetStructure } from '../breakdowns';
import type { TableLayout } from '../layout/detectLayout';
import type { RowLookup } from '../rowTable';
import type { TableRow } from '../rows/tableRows';
import type { FormulaSums } from '../rows/formulaParts';
import type { FormulaCell, ParsedAt } from '../formulas/cycles';
import type { UnitGroups } from '../groupSums';
import type { Wording } from '../wording';
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
  /** A cell's value as the sheet holds it (a formula's result), hidden cells too. */
  readonly valueAt: (row: number, column: number) => CellValue;
  /**
   * The table's columns under its header that hold figures, in order, whatever their role: the
   * years before the report's as well as the prior, plan and actual; not its code, label, unit or note.
   */
  readonly figureColumns: readonly number[];
  /** A cell's formula ("=SUM(E20:E22)"), or null for a typed value. */
  readonly formulaAt: (row: number, column: number) => string | null;
  /** A formula cell's formula parsed once for the sheet, or null where the parser cannot follow it. */
  readonly parsedAt: ParsedAt;
  /** What each row's adding formulas add, by column (see rows/formulaParts.ts). */
  readonly formulaSums: FormulaSums;
  /** The parts each total's formulas agree on, subtotals keeping their own (see rows/formulaParts.ts). */
  readonly formulaParts: RowLookup<readonly number[]>;
  /** A formula cell saved without its result that calculateMissingResults could not calculate either. */
  readonly resultMissing: (row: number, column: number) => boolean;
}

/** The column a role's figures are in (a row has a figure in a role only where the layout has that column). */
export function figureColumn(context: RuleContext, role: FigureRole): number {
  return context.layout.columns[role]!;
}

/**
 * What a rule looks at: one table, the column groups of one sheet ("Toàn huyện" against its
 * communes), the whole of a sheet (its formulas, wherever they are), or the whole workbook (a
 * total sheet against its district sheets).
 */
export type RuleScope = 'table' | 'column-groups' | 'sheet' | 'workbook';

/**
 * What a rule is, as data, in the manner of eslint's rule meta: its id, what it looks at, how
 * serious its findings are, one line on what it checks, and its messages by id. A message is a
 * template whose {{name}} placeholders the wording step fills from a finding's data.
 */
export interface RuleMeta<Id extends string = string, MessageId extends string = string, Scope extends RuleScope = RuleScope> {
  readonly id: Id;
  readonly scope: Scope;
  /** One severity for every message, or one per message where a rule reports several. */
  readonly severity: Severity | Readonly<Record<MessageId, Severity>>;
  readonly description: string;
  readonly messages: Readonly<Record<MessageId, Wording>>;
}

/** Keeps a meta's id and message ids as literal types, from which RuleId and each rule's message ids are derived. */
export function ruleMeta<const Id extends string, const MessageId extends string, const Scope extends RuleScope>(
  meta: RuleMeta<Id, MessageId, Scope>,
): RuleMeta<Id, MessageId, Scope> {
  return meta;
}

export type MessageIdOf<Meta> = Meta extends RuleMeta<string, infer MessageId> ? MessageId : never;
type IdOf<Meta> = Meta extends RuleMeta<infer Id> ? Id : never;

/** A finding a rule with this meta reports. */
export type FindingOf<Meta extends RuleMeta> = RuleFinding<IdOf<Meta>, MessageIdOf<Meta>>;

/** A rule that looks at one table: the rules the check runs on every table it reads. */
export interface TableRule<Meta extends RuleMeta = RuleMeta> {
  readonly meta: Meta;
  readonly check: (context: RuleContext) => FindingOf<Meta>[];
  /**
   * What its findings on a row come from, where that is less than the whole reading: 'cells', the
   * row's cells in the table's figure columns; 'cells-and-units', those and the units in effect. A
   * further reading of the table (a column group's) that shares them checks only the rows the
   * table's own reading did not.
   */
  readonly readsOnly?: 'cells' | 'cells-and-units';
}

/** A rule that looks at a sheet's column groups: the total group against its unit groups. */
export interface ColumnGroupRule<Meta extends RuleMeta = RuleMeta> {
  readonly meta: Meta;
  readonly check: (context: RuleContext, groups: UnitGroups) => FindingOf<Meta>[];
}

/** What a rule on the whole of a sheet may look at: its formulas, beyond its tables too. */
export interface SheetRuleContext {
  readonly sheet: string;
  /** Every formula cell of the sheet, hidden ones too, in sheet order (row by row). */
  readonly formulas: readonly FormulaCell[];
  /** A formula cell's formula parsed, or null where the parser cannot follow it. */
  readonly parsedAt: ParsedAt;
  /** Whether the reader cannot see the cell (always false when hidden content is checked too). */
  readonly isHidden: (row: number, column: number) => boolean;
}

/** A rule that looks at the whole of a checked sheet. */
export interface SheetRule<Meta extends RuleMeta = RuleMeta> {
  readonly meta: Meta;
  readonly check: (context: SheetRuleContext) => FindingOf<Meta>[];
}

/** Where a finding is and what its message says; the rule, severity and cell come from the rule's meta and the place. */
export interface FindingFields<MessageId extends string> {
  readonly messageId: MessageId;
  readonly row: number;
  readonly column: number;
  readonly role?: FindingColumn;
  readonly expected: number | null;
  readonly found: number | null;
  /** The message's placeholders but {{cell}}, which is the finding's own cell. */
  readonly data: MessageData;
  /** Where the evidence behind a finding decides how serious it is (breakdowns.ts, severityOf); else the meta's. */
  readonly severity?: Severity;
}

export function findingOf<Meta extends RuleMeta>(meta: Meta, sheet: string, fields: FindingFields<MessageIdOf<Meta>>): FindingOf<Meta> {
  const { severity } = meta;
  return {
    rule: meta.id as IdOf<Meta>,
    severity: fields.severity ?? (typeof severity === 'string' ? severity : (severity as Record<string, Severity>)[fields.messageId]!),
    sheet,
    row: fields.row,
    cell: cellAddress(fields.row, fields.column),
    ...(fields.role ? { column: fields.role } : {}),
    expected: fields.expected,
    found: fields.found,
    messageId: fields.messageId,
    data: fields.data,
  };
}

export function rowList(rows: readonly TableRow[]): string {
  return rows.map((r) => r.row).join(', ');
}

/** The user's extra tolerance, in units of the last decimal shown. */
export function extraTolerance(context: Pick<RuleContext, 'settings'>, decimals: number): number {
  return 2 * roundingTolerance(decimals) * context.settings.extraToleranceDigits;
}
