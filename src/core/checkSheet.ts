import { columnLetter } from './address';
import { resolveBreakdowns } from './breakdowns';
import { rules } from './checks';
import type { RuleContext } from './checks';
import { computeFigures, plainNumber, qualifiedNumber } from './figures';
import { detectLayout, type TableLayout } from './layout/detectLayout';
import { settleComparisonsByEvidence } from './layout/comparisonEvidence';
import type { ColumnRole, Direction, Finding, IndicatorResult, SheetResult, UnitKind } from './report';
import { placeRows, type RowPlace } from './rows/hierarchy';
import { figureRoles, readTableRows, type TableRow } from './rows/tableRows';
import { RowTable } from './rowTable';
import { createTextReadings, type TextReadings } from './textReadings';
import type { CheckSettings } from './settings';
import { SheetGrid } from './sheetGrid';
import type { SheetSnapshot } from './snapshot';
import type { Unit } from './units';
import type { Figure } from './values';
import { sayPlain, sheetText } from '../text/strings';

export interface SheetCheck {
  sheet: SheetResult;
  indicators: IndicatorResult[];
  findings: Finding[];
}

/**
 * Checks one sheet: layout, rows, hierarchy, figures, rules. Pure; never reads anything else.
 * A run over several sheets passes them one `readings`, as they repeat the same texts.
 */
export function checkSheet(snapshot: SheetSnapshot, settings: CheckSettings, readings: TextReadings = createTextReadings()): SheetCheck {
  const grid = new SheetGrid(snapshot, readings.cleanText);
  const detected = detectLayout(grid, settings.sheetOverrides[snapshot.name]);
  if (!detected.found) return skipped(snapshot.name, sayPlain(settings.language, detected.reason));
  const layout = settleComparisonsByEvidence(grid, detected.layout);

  const allRows = readTableRows(grid, layout, readings);
  const rows = allRows.filter((r) => !r.markerOnly);
  if (!rows.some((r) => figureRoles.some((role) => r.figures[role] !== undefined))) {
    return skipped(snapshot.name, sayPlain(settings.language, sheetText.noIndicatorRows));
  }
  const places = placeRows(allRows);
  const structure = resolveBreakdowns(rows, places);
  const firstRow = rows[0]!.row;
  const byRow = new RowTable<TableRow>(firstRow);
  for (const row of rows) byRow.set(row.row, row);
  const directions = new RowTable<Direction>(firstRow);
  const kinds = new RowTable<UnitKind>(firstRow);
  const childrenOf = new RowTable<TableRow[]>(firstRow);
  const indicators: IndicatorResult[] = [];
  for (const row of rows) {
    const place = places.get(row.row);
    const parentRow = place?.parentRow ?? null;
    const breakdown = structure.relationToParent.get(row.row) ?? null;
    // A part of a lower-is-better total ("Trong đó: nữ" under an unemployment rate) is lower-is-better too.
    const inherited = parentRow !== null && breakdown ? directions.get(parentRow) : undefined;
    const direction = readings.direction(row.label) === 'lower' ? 'lower' : (inherited ?? 'higher');
    const unit = structure.effectiveUnits.get(row.row) ?? null;
    const kind = unit?.kind ?? 'other';
    directions.set(row.row, direction);
    kinds.set(row.row, kind);
    if (parentRow !== null && byRow.has(parentRow)) {
      const siblings = childrenOf.get(parentRow);
      if (siblings) siblings.push(row);
      else childrenOf.set(parentRow, [row]);
    }
    if (!row.isSection) indicators.push(indicatorOf(snapshot.name, row, place, unit, { direction, kind, breakdown, settings }));
  }

  const context: RuleContext = {
    sheet: snapshot.name,
    rows,
    structure,
    layout,
    settings,
    directions,
    kinds,
    childrenOf,
    formulaAt: (row, column) => grid.formula(row, column),
  };
  return {
    sheet: {
      name: snapshot.name,
      status: 'checked',
      headerRows: layout.headerRows,
      columns: columnLetters(layout),
    },
    indicators,
    findings: rules.flatMap((rule) => rule.check(context)),
  };
}

function skipped(name: string, reason: string): SheetCheck {
  return { sheet: { name, status: 'skipped', reason }, indicators: [], findings: [] };
}

function columnLetters(layout: TableLayout): Partial<Record<ColumnRole, string>> {
  const letters: Partial<Record<ColumnRole, string>> = {};
  for (const [role, column] of Object.entries(layout.columns)) letters[role as ColumnRole] = columnLetter(column);
  return letters;
}

function indicatorOf(
  sheet: string,
  row: TableRow,
  place: RowPlace | undefined,
  unit: Unit | null,
  context: { direction: Direction; kind: UnitKind; breakdown: IndicatorResult['breakdown']; settings: CheckSettings },
): IndicatorResult {
  const { prior, plan, actual } = row.figures;
  const computed = computeFigures({ prior, plan, actual, kind: context.kind, direction: context.direction }, context.settings);
  return {
    sheet,
    row: row.row,
    code: row.codeText,
    label: row.displayLabel,
    unit: unit?.text ?? row.unitText,
    kind: context.kind,
    level: place?.level ?? 0,
    parentRow: place?.parentRow ?? null,
    breakdown: context.breakdown,
    direction: context.direction,
    prior: qualifiedNumber(prior),
    plan: plainNumber(plan),
    actual: qualifiedNumber(actual),
    nextPlan: qualifiedNumber(row.figures.nextPlan),
    planText: plan && plan.kind !== 'empty' && plainNumber(plan) === null ? planText(plan) : null,
    // computeFigures' key order, which the JSON report has always had.
    percentOfPlan: computed.percentOfPlan,
    status: computed.status,
    yoyPoints: computed.yoyPoints,
    yoyPercent: computed.yoyPercent,
  };
}

function planText(plan: Figure): string | null {
  if (plan.kind === 'number') return plan.text ?? String(plan.value);
  if (plan.kind === 'range' || plan.kind === 'unreadable') return plan.text;
  return null;
}
