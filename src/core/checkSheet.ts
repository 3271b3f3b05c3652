import { cellAddress, columnLetter, parseCellAddress } from './address';
import { resolveBreakdowns } from './breakdowns';
import { columnGroupRules, sheetRules, tableRules } from './checks/registry';
import type { RuleContext, SheetRuleContext } from './checks/rule';
import { groupSums, totalGroupAddsUp, type GroupRows, type UnitGroups } from './groupSums';
import { groupNaming } from './layout/groupNaming';
import type { ColumnGroups } from './layout/columnGroups';
import { computeFigures, plainNumber, qualifiedNumber } from './figures';
import { calculateMissingResults } from './formulas';
import type { FormulaCell } from './formulas/cycles';
import { readsOnlyBlanks } from './formulas/readsOnlyBlanks';
import { detectTables, type TableLayout } from './layout/detectLayout';
import { settleComparisonsByEvidence } from './layout/comparisonEvidence';
import { decodeLegacyText } from './legacyText/decodeSheet';
import type { SectionRow } from './model';
import { columnRoles, figureRoles, type ColumnRole, type Direction, type IndicatorResult, type RuleFinding, type SheetOutcome, type UnitKind } from './report';
import { placeRows, type RowPlace } from './rows/hierarchy';
import { formulaChildren, partsAreNoHeadings, readFormulaSums, readTableFormulas, type TableColumns, type TableFormulas } from './rows/formulaParts';
import { readTableRows, rereadFigures, type TableRow } from './rows/tableRows';
import { RowTable, type RowLookup } from './rowTable';
import { createTextReadings, type TextReadings } from './textReadings';
import { foldWords } from './textFold';
import { extraTolerance } from './checks/rule';
import type { CheckSettings } from './settings';
import { SheetGrid } from './sheetGrid';
import type { CellPosition, SheetSnapshot } from './snapshot';
import type { Unit } from './units';
import type { Figure } from './values';
import type { SkipReason } from './skipReasons';

export interface SheetCheck {
  sheet: SheetOutcome;
  indicators: IndicatorResult[];
  findings: RuleFinding[];
  /** Each table read, in sheet order: what the checks across sheets and the summary plan need. */
  tables: readonly CheckedTable[];
}

/** One table of a sheet as the check read it. */
export interface CheckedTable {
  readonly headerRows: readonly number[];
  /** Each role's column, 1-based. */
  readonly columns: Readonly<Partial<Record<ColumnRole, number>>>;
  /** The rows read, with their figures as shown: checks across sheets (district sets) need their rounding. */
  readonly rows: readonly TableRow[];
  /** The unit each row is checked in (its own, or its total's). */
  readonly units: RowLookup<Unit | null>;
  /** Its heading rows, shown ones only unless hidden content is asked for. */
  readonly sections: readonly SectionRow[];
}

/**
 * Checks one sheet: layout, rows, hierarchy, figures, rules. Pure; never reads anything else.
 * A run over several sheets passes them one `readings`, as they repeat the same texts, and the
 * workbook's sheet names (`sheetNames`, folded words): a column group named as another sheet is a place.
 */
export function checkSheet(
  source: SheetSnapshot,
  settings: CheckSettings,
  readings: TextReadings = createTextReadings(),
  sheetNames: ReadonlySet<string> = new Set(),
): SheetCheck {
  return runSteps(checkSheetInSteps(source, settings, readings, sheetNames));
}

/**
 * checkSheet in steps, with the same result: it pauses (yields) between its larger parts (the
 * layout, each table's reading and rules, each column group), so that a caller on a page's only
 * thread can let the page paint and take clicks between them.
 */
export function* checkSheetInSteps(
  source: SheetSnapshot,
  settings: CheckSettings,
  readings: TextReadings = createTextReadings(),
  sheetNames: ReadonlySet<string> = new Set(),
): Generator<void, SheetCheck, void> {
  if (isHiddenSheet(source) && !settings.includeHidden) return skipped(source.name, 'hiddenSheet');
  // Formulas saved without their results (files written by scripts) are calculated first, on the
  // text as saved, so that their texts are decoded with the rest; see resultMissing.
  const calculation = calculateMissingResults(source);
  const snapshot = decodeLegacyText(calculation.snapshot);
  const resultMissing = missingResults([...calculation.uncalculated, ...(source.lostFormulas ?? [])]);
  const grid = new SheetGrid(snapshot, readings.cleanText);
  // Tables are found from what the reader sees; their rows are then read whole, hidden ones too,
  // as a visible total may add up hidden parts.
  const shown = settings.includeHidden ? grid : grid.visibleOnly();
  const detected = detectTables(shown, settings.sheetOverrides[snapshot.name], readings.labelHeading);
  if (!detected.found) return skipped(snapshot.name, detected.reason);
  yield;

  const layouts: TableLayout[] = [];
  const tables: AnalysedTable[] = [];
  const findings: RuleFinding[] = [];
  for (const detectedLayout of detected.tables) {
    const layout = settleComparisonsByEvidence(grid, detectedLayout);
    const table = analyseTable(snapshot.name, grid, layout, settings, readings, resultMissing);
    yield;
    if (!table) continue;
    layouts.push(layout);
    tables.push(table);
    findings.push(...tableRules.flatMap((rule) => rule.check(table.context)));
    yield;
    if (layout.groups) {
      const ownName = foldWords(snapshot.name);
      const isPlaceElsewhere = (name: string) => {
        const folded = foldWords(name);
        return folded !== ownName && sheetNames.has(folded);
      };
      findings.push(...(yield* columnGroupFindings(grid, layout, layout.groups, table, readings, resultMissing, isPlaceElsewhere)));
    }
    findings.push(...otherFigureColumnFindings(grid, layout, table, readings, resultMissing));
    yield;
  }
  if (tables.length === 0) return skipped(snapshot.name, 'noIndicatorRows');
  // The one place hidden content leaves the report: what is read in hidden cells may still be
  // the parts of a visible total, but is not itself reported.
  const hiddenRow = (row: number) => !settings.includeHidden && grid.isHiddenRow(row);
  const hiddenCell = (row: number, column: number) => !settings.includeHidden && grid.isHidden(row, column);
  const sheetContext: SheetRuleContext = {
    sheet: snapshot.name,
    formulas: formulaCells(snapshot),
    parsedAt: (row, column) => grid.expression(row, column),
    isHidden: hiddenCell,
  };
  findings.push(...sheetRules.flatMap((rule) => rule.check(sheetContext)));
  return {
    sheet: {
      name: snapshot.name,
      status: 'checked',
      headerRows: layouts.flatMap((layout) => layout.headerRows),
      // A sheet of several tables reports the first one's columns; each table is read by its own.
      columns: columnLetters(layouts[0]!),
    },
    indicators: tables.flatMap((table) => table.indicators).filter((indicator) => !hiddenRow(indicator.row)),
    findings: withoutRepeats(findings)
      .filter((finding) => !hiddenCell(finding.row, findingColumn(finding)))
      .map((finding) => withColumnHeading(grid, layouts, finding)),
    tables: tables.map((table, i) => ({
      headerRows: layouts[i]!.headerRows,
      columns: layouts[i]!.columns,
      rows: table.context.rows,
      units: table.outline.effectiveUnits,
      sections: table.sections.filter((section) => !hiddenRow(section.row)),
    })),
  };
}

/** One reading of the table through one set of figure columns: what the rules look at. */
interface AnalysedTable {
  context: RuleContext;
  /** Empty when only the findings were wanted (a commune's column group). */
  indicators: IndicatorResult[];
  /** The heading rows; empty with the indicators. */
  sections: SectionRow[];
  /** Every row read, "Chia ra:" rows alone included. */
  allRows: readonly TableRow[];
  /** The rules' rows (context.rows) by worksheet row. */
  byRow: RowLookup<TableRow>;
  /** Where each row sits and the unit it is checked in: a column group with the same outline reuses them. */
  outline: { places: RowLookup<RowPlace>; effectiveUnits: RowLookup<Unit | null> };
  /** The formulas of its rows, cell by cell: every reading of the same rows shares them. */
  formulas: TableFormulas;
}

/** A table of stated comparisons only (indexes "so với cùng kỳ năm trước"): read, though it has nothing to compare them with. */
function statesComparisons(grid: SheetGrid, layout: TableLayout, rows: readonly TableRow[]): boolean {
  return layout.comparisonsWithoutFigures.some((column) => rows.some((row) => typeof grid.value(row.row, column) === 'number'));
}

function analyseTable(
  sheet: string,
  grid: SheetGrid,
  layout: TableLayout,
  settings: CheckSettings,
  readings: TextReadings,
  resultMissing: RuleContext['resultMissing'],
  /** A column group's reading: the total group's rows, re-read through the group's figure columns; no indicators. */
  asGroupOf?: AnalysedTable,
): AnalysedTable | null {
  const withIndicators = asGroupOf === undefined;
  const rowsAsRead = asGroupOf ? rereadFigures(grid, layout, asGroupOf.allRows, readings) : readTableRows(grid, layout, readings);
  const rowsWithFigures = rowsAsRead.filter((r) => !r.markerOnly);
  if (!rowsWithFigures.some((r) => figureRoles.some((role) => r.figures[role] !== undefined)) && !statesComparisons(grid, layout, rowsWithFigures)) return null;
  const columns = tableColumns(grid, layout);
  // A reading of the total's rows has the total's formulas, cell by cell.
  const formulas = asGroupOf?.formulas ?? readTableFormulas(grid, columns, rowsAsRead);
  const formulaSums = readFormulaSums(formulas, columns, rowsAsRead);
  const formulaParts = formulaChildren(formulaSums, rowsWithFigures, formulas.columnFormulas);
  const addedByFormula = new Set(rowsAsRead.flatMap((total) => formulaParts.get(total.row) ?? []));
  const allRows = partsAreNoHeadings(rowsAsRead, formulaParts).filter((row) => settings.includeHidden || !isHiddenHelperRow(grid, row, addedByFormula));
  const rows = allRows.filter((r) => !r.markerOnly);
  // The outline (places, units in effect) comes from numbers, indents, breakdown words, units and
  // which rows are headings: a group whose figures leave all of those as they are has the total's.
  const outline = asGroupOf && sameOutline(allRows, asGroupOf.allRows) ? asGroupOf.outline : null;
  const places = outline?.places ?? placeRows(allRows, formulaParts);
  // The same rows in every group: parts proven to add up in the total group's columns are the
  // row's full breakdown in a commune's columns too, though the commune filled in only the total.
  const provenInTotalGroup = new Set(asGroupOf?.context.structure.breakdowns.filter((b) => b.evidence === 'sums').map((b) => b.total.row));
  const structure = resolveBreakdowns(rows, places, outline?.effectiveUnits, (totalRow) => provenInTotalGroup.has(totalRow));
  const byRow = RowTable.spanning<TableRow>(rows);
  for (const row of rows) byRow.set(row.row, row);
  const directions = RowTable.spanning<Direction>(rows);
  const kinds = RowTable.spanning<UnitKind>(rows);
  const childrenOf = RowTable.spanning<TableRow[]>(rows);
  const indicators: IndicatorResult[] = [];
  const sections: SectionRow[] = [];
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
    if (withIndicators && !row.isSection) {
      // A structure ("Cơ cấu kinh tế") and its shares describe a composition: no percent of plan, no status.
      const parentLabel = parentRow !== null ? byRow.get(parentRow)?.label : undefined;
      const describesStructure = readings.namesStructure(row.label) || (kind === 'rate' && parentLabel !== undefined && readings.namesStructure(parentLabel));
      const reported = actualNotYetReported(grid, layout, row) ? withoutActual(row) : row;
      indicators.push(indicatorOf(sheet, reported, place, unit, { direction, kind, breakdown, describesStructure, settings }));
    } else if (withIndicators) {
      sections.push({ row: row.row, code: row.codeText, label: row.displayLabel, level: place?.level ?? 0 });
    }
  }
  const context: RuleContext = {
    sheet,
    rows,
    structure,
    layout,
    settings,
    directions,
    kinds,
    childrenOf,
    valueAt: (row, column) => grid.value(row, column),
    // A property of the table, not of one reading of it: a group's or another column's reading shares the table's.
    figureColumns: asGroupOf?.context.figureColumns ?? headedFigureColumns(settings.includeHidden ? grid : grid.visibleOnly(), layout, columns.all, rowsWithFigures),
    formulaAt: (row, column) => grid.formula(row, column),
    parsedAt: (row, column) => grid.expression(row, column),
    formulaSums,
    formulaParts,
    resultMissing,
  };
  return { context, indicators, sections, allRows, byRow, outline: { places, effectiveUnits: structure.effectiveUnits }, formulas };
}

/** An actual of 0 from a formula over blank cells: not reported yet, never "missed, 0 % of plan". */
function actualNotYetReported(grid: SheetGrid, layout: TableLayout, row: TableRow): boolean {
  const column = layout.columns.actual;
  return column !== undefined && plainNumber(row.figures.actual) === 0 && readsOnlyBlanks(grid, row.row, column);
}

function withoutActual(row: TableRow): TableRow {
  const { actual: _notReported, ...figures } = row.figures;
  return { ...row, figures };
}

/**
 * A hidden row inside the table is read as a part only where the sheet says it is one: a total's
 * formula adds it, or it carries a number, a bullet or a breakdown word like the rows around it.
 * A hidden row with a bare label is a working line (a population to divide by, an old figure).
 */
function isHiddenHelperRow(grid: SheetGrid, row: TableRow, addedByFormula: ReadonlySet<number>): boolean {
  return grid.isHiddenRow(row.row) && row.code === null && row.marker === null && !addedByFormula.has(row.row);
}

/**
 * Every column of the table, and those with a role: a total that adds its parts in a column the
 * table gave no role (the years before the report's) states the structure as surely as one in a
 * figure column.
 */
function tableColumns(grid: SheetGrid, layout: TableLayout): TableColumns {
  const all = Array.from({ length: grid.lastColumn - grid.firstColumn + 1 }, (_, i) => grid.firstColumn + i);
  return { all, withRole: new Set(Object.values(layout.columns)) };
}

/**
 * The columns with a heading in the table's header (as `shown`, hidden ones left out) that hold a
 * number in one of its rows, but those of the row's own text.
 */
function headedFigureColumns(shown: SheetGrid, layout: TableLayout, columns: readonly number[], rows: readonly TableRow[]): number[] {
  const rowText = new Set(columnRoles.filter((entry) => entry.holds === 'rowText').map((entry) => layout.columns[entry.role]));
  const headed = (column: number): boolean => layout.headerRows.some((row) => shown.headerText(row, column) !== '');
  const holdsFigures = (column: number): boolean => rows.some((row) => typeof shown.value(row.row, column) === 'number');
  return columns.filter((column) => !rowText.has(column) && headed(column) && holdsFigures(column));
}

/** The layout's columns of the rows' own text (code, label, unit, note): every reading of the table shares them. */
function rowTextColumns(layout: TableLayout): Partial<Record<ColumnRole, number>> {
  const shared = { ...layout.columns };
  for (const role of figureRoles) delete shared[role];
  return shared;
}

/** Whether two readings of the same rows agree on which rows are headings and which announce a breakdown. */
function sameOutline(rows: readonly TableRow[], others: readonly TableRow[]): boolean {
  return rows.length === others.length && rows.every((row, i) => row.isSection === others[i]!.isSection && row.markerOnly === others[i]!.markerOnly);
}

/**
 * A sheet with column groups: each group is checked like the total group (its findings at its own
 * cells), and the total group against the sum of the others only when they are units: named as
 * places, or (names saying nothing) with figures that show it. Measures and periods never add up.
 */
function* columnGroupFindings(
  grid: SheetGrid,
  layout: TableLayout,
  groups: ColumnGroups,
  total: AnalysedTable,
  readings: TextReadings,
  resultMissing: RuleContext['resultMissing'],
  isPlaceElsewhere: (name: string) => boolean,
): Generator<void, RuleFinding[], void> {
  const { context } = total;
  const shared = rowTextColumns(layout);
  const findings: RuleFinding[] = [];
  const units: GroupRows[] = [];
  for (const group of groups.units) {
    const groupLayout = settleComparisonsByEvidence(grid, {
      ...layout,
      columns: { ...shared, ...group.columns },
      unresolvedComparisons: [...group.unresolvedComparisons],
      groups: null,
    });
    const table = analyseTable(context.sheet, grid, groupLayout, context.settings, readings, resultMissing, total);
    if (!table) continue;
    findings.push(...rulesOnFurtherReading(table, total));
    units.push({ group, rows: table.byRow });
    yield;
  }
  const naming = groupNaming(groups, isPlaceElsewhere);
  if (units.length !== groups.units.length || naming === 'measures') return findings;
  const unitGroups: UnitGroups = {
    total: { group: groups.total, rows: context.rows },
    units,
    unitOf: (row: number) => context.structure.effectiveUnits.get(row) ?? null,
  };
  if (naming === 'unnamed' && !totalGroupAddsUp(groupSums(unitGroups), extraTolerance(context, 0))) return findings;
  findings.push(...columnGroupRules.flatMap((rule) => rule.check(context, unitGroups)));
  return findings;
}

/**
 * Every figure column is checked, not only the three with roles: a history year ("TH 2016"), another
 * period ("Quý IV"), a further plan is read as a table's actual on its own, through the same rows,
 * for its sums, parts and shares.
 */
function otherFigureColumnFindings(
  grid: SheetGrid,
  layout: TableLayout,
  total: AnalysedTable,
  readings: TextReadings,
  resultMissing: RuleContext['resultMissing'],
): RuleFinding[] {
  const shared = rowTextColumns(layout);
  return layout.otherFigureColumns.flatMap((column) => {
    // A column in a unit of its own ("Trị giá" beside "Lượng") reads its rows in that unit.
    const unit = layout.columnUnits.get(column);
    const ownUnit = unit !== undefined && unit.text !== layout.tableUnit?.text;
    const columnLayout: TableLayout = {
      ...layout,
      tableUnit: unit ?? layout.tableUnit,
      columns: { ...shared, actual: column },
      unresolvedComparisons: [],
      unsettledComparisons: [],
      comparisonsWithoutFigures: [],
      groups: null,
      otherFigureColumns: [],
    };
    const table = analyseTable(total.context.sheet, grid, columnLayout, total.context.settings, readings, resultMissing, ownUnit ? undefined : total);
    return table ? rulesOnFurtherReading(table, total) : [];
  });
}

/**
 * The table rules on a further reading of a table. Where it reads the table's figure columns (a
 * column in a unit of its own may not) and, for rules that read them, its units in effect, a rule
 * that reads no more than those looks only at the rows the table's own reading did not read.
 */
function rulesOnFurtherReading(table: AnalysedTable, total: AnalysedTable): RuleFinding[] {
  const sameCells = table.context.figureColumns === total.context.figureColumns;
  const sameUnits = sameCells && table.context.structure.effectiveUnits === total.context.structure.effectiveUnits;
  const newRows = table.context.rows.filter((row) => !total.byRow.has(row.row));
  const newRowsOnly: RuleContext = { ...table.context, rows: newRows };
  return tableRules.flatMap((rule) => {
    const alreadyRead = (rule.readsOnly === 'cells' && sameCells) || (rule.readsOnly === 'cells-and-units' && sameUnits);
    if (!alreadyRead) return rule.check(table.context);
    return newRows.length > 0 ? rule.check(newRowsOnly) : [];
  });
}

/**
 * Formula cells still without a result once calculated: the only cells whose emptiness is not
 * what the sheet says. Rare, and asked about for every empty figure cell, so kept in a set.
 */
function missingResults(uncalculated: readonly CellPosition[]): RuleContext['resultMissing'] {
  if (uncalculated.length === 0) return () => false;
  const cells = new Set(uncalculated.map(({ row, column }) => cellAddress(row, column)));
  return (row, column) => cells.has(cellAddress(row, column));
}

/** The sheet's formula cells in sheet order. */
function formulaCells(snapshot: SheetSnapshot): FormulaCell[] {
  const cells: FormulaCell[] = [];
  const { origin, formulas } = snapshot;
  for (let r = 0; r < (formulas?.length ?? 0); r++) {
    const row = formulas![r]!;
    for (let c = 0; c < row.length; c++) {
      const formula = row[c];
      if (formula) cells.push({ row: origin.row + r, column: origin.column + c, formula });
    }
  }
  return cells;
}

/** Rules on shared columns (the unit, the label) find the same thing through every group: once is enough. */
function withoutRepeats(findings: readonly RuleFinding[]): RuleFinding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.rule}|${finding.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isHiddenSheet(snapshot: SheetSnapshot): boolean {
  return snapshot.visibility !== undefined && snapshot.visibility !== 'visible';
}

/** The finding's column, from its cell's address ("E12"). */
function findingColumn(finding: RuleFinding): number {
  return parseCellAddress(finding.cell)?.column ?? 0;
}

/**
 * The finding with the header text over its column, as the reader sees it on the sheet: the
 * texts of the header rows of the table the finding's row belongs to, top to bottom, each once
 * (a merged heading spans several rows).
 */
function withColumnHeading(grid: SheetGrid, layouts: readonly TableLayout[], finding: RuleFinding): RuleFinding {
  const column = findingColumn(finding);
  const layout = layouts.filter((candidate) => (candidate.headerRows[0] ?? Infinity) < finding.row).at(-1);
  if (!layout || column === 0) return finding;
  const texts: string[] = [];
  for (const row of layout.headerRows) {
    const text = grid.headerText(row, column).replace(/\s+/g, ' ').trim();
    if (text && !texts.includes(text)) texts.push(text);
  }
  return texts.length ? { ...finding, columnHeading: texts.join(' / ') } : finding;
}

function skipped(name: string, skipReason: SkipReason): SheetCheck {
  return { sheet: { name, status: 'skipped', skipReason }, indicators: [], findings: [], tables: [] };
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
  context: { direction: Direction; kind: UnitKind; breakdown: IndicatorResult['breakdown']; describesStructure: boolean; settings: CheckSettings },
): IndicatorResult {
  const { prior, plan, actual } = row.figures;
  const computed = computeFigures(
    { prior, plan, actual, kind: context.kind, direction: context.direction, describesStructure: context.describesStructure },
    context.settings,
  );
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

/** Runs steps to their end, without pausing: the result of a check in steps. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
