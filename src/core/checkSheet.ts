import { columnLetter } from './address';
import { resolveBreakdowns } from './breakdowns';
import { rules } from './checks';
import type { RuleContext } from './checks';
import { directionOf } from './direction';
import { computeFigures, plainNumber, qualifiedNumber } from './figures';
import { detectLayout, type TableLayout } from './layout/detectLayout';
import { settleComparisonsByEvidence } from './layout/comparisonEvidence';
import type { ColumnRole, Direction, Finding, IndicatorResult, SheetResult, UnitKind } from './report';
import { placeRows, type RowPlace } from './rows/hierarchy';
import { readTableRows, type TableRow } from './rows/tableRows';
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

/** Checks one sheet: layout, rows, hierarchy, figures, rules. Pure; never reads anything else. */
export function checkSheet(snapshot: SheetSnapshot, settings: CheckSettings): SheetCheck {
  const grid = new SheetGrid(snapshot);
  const detected = detectLayout(grid, settings.sheetOverrides[snapshot.name]);
  if (!detected.found) return skipped(snapshot.name, sayPlain(settings.language, detected.reason));
  const layout = settleComparisonsByEvidence(grid, detected.layout);

  const allRows = readTableRows(grid, layout);
  const rows = allRows.filter((r) => !r.markerOnly);
  if (!rows.some((r) => Object.keys(r.figures).length > 0)) {
    return skipped(snapshot.name, sayPlain(settings.language, sheetText.noIndicatorRows));
  }
  const places = placeRows(allRows);
  const structure = resolveBreakdowns(rows, places);
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const directions = new Map<number, Direction>();
  // Labels repeat ("- Diện tích" under every crop): fold each distinct one once.
  const labelDirections = new Map<string, Direction>();
  const directionOfLabel = (label: string): Direction => {
    let direction = labelDirections.get(label);
    if (!direction) labelDirections.set(label, (direction = directionOf(label)));
    return direction;
  };
  const kinds = new Map<number, UnitKind>();
  const childrenOf = new Map<number, TableRow[]>();
  for (const row of rows) {
    const parentRow = places.get(row.row)?.parentRow ?? null;
    // A part of a lower-is-better total ("Trong đó: nữ" under an unemployment rate) is lower-is-better too.
    const inherited = parentRow !== null && structure.relationToParent.get(row.row) ? directions.get(parentRow) : undefined;
    directions.set(row.row, directionOfLabel(row.label) === 'lower' ? 'lower' : (inherited ?? 'higher'));
    kinds.set(row.row, structure.effectiveUnits.get(row.row)?.kind ?? 'other');
    if (parentRow !== null && byRow.has(parentRow)) {
      const siblings = childrenOf.get(parentRow);
      if (siblings) siblings.push(row);
      else childrenOf.set(parentRow, [row]);
    }
  }

  const context: RuleContext = { sheet: snapshot.name, rows, structure, layout, settings, directions, kinds, childrenOf };
  return {
    sheet: {
      name: snapshot.name,
      status: 'checked',
      headerRows: layout.headerRows,
      columns: columnLetters(layout),
    },
    indicators: rows
      .filter((r) => !r.isSection)
      .map((row) =>
        indicatorOf(snapshot.name, row, places.get(row.row), structure.effectiveUnits.get(row.row) ?? null, {
          direction: directions.get(row.row)!,
          kind: kinds.get(row.row)!,
          breakdown: structure.relationToParent.get(row.row) ?? null,
          settings,
        }),
      ),
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
  const figure = (role: keyof TableRow['figures']): Figure | undefined => row.figures[role]?.figure;
  const computed = computeFigures(
    { prior: figure('prior'), plan: figure('plan'), actual: figure('actual'), kind: context.kind, direction: context.direction },
    context.settings,
  );
  const plan = figure('plan');
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
    prior: qualifiedNumber(figure('prior')),
    plan: plainNumber(plan),
    actual: qualifiedNumber(figure('actual')),
    nextPlan: qualifiedNumber(figure('nextPlan')),
    planText: plan && plan.kind !== 'empty' && plainNumber(plan) === null ? planText(plan) : null,
    ...computed,
  };
}

function planText(plan: Figure): string | null {
  if (plan.kind === 'number') return plan.text ?? String(plan.value);
  if (plan.kind === 'range' || plan.kind === 'unreadable') return plan.text;
  return null;
}
