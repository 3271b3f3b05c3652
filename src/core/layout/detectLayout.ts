import { figureInRowUnitRoles, isFigureRole, type ColumnRole } from '../report';
import type { SheetOverride } from '../settings';
import type { SheetGrid } from '../sheetGrid';
import type { SkipReason } from '../skipReasons';
import { columnNumber } from '../address';
import { foldText } from '../textFold';
import { knownUnit, knownUnitsListed, unitAboveTable, unitInText, type Unit } from '../units';
import { findHeaderBlock, isLabelHeading, lowestHeading, nextHeaderRow, type HeaderBlock, type LabelHeadingTest } from './headerBlock';
import { findColumnGroups, type ColumnGroups } from './columnGroups';
import { resolveColumnRoles } from './columnRoles';
import { findUnheadedTable } from './unheadedTable';
import { namesTitleYear, yearsIn } from './headerWords';

export interface TableLayout {
  headerRows: number[];
  columnNumberRow: number | null;
  firstDataRow: number;
  /** The table's last row: the sheet's, or the row before the next table's header. */
  lastDataRow: number;
  columns: Partial<Record<ColumnRole, number>>;
  reportYear: number | null;
  /** "Đơn vị tính: Người" above the table: the unit of rows that name none. */
  tableUnit: Unit | null;
  /**
   * "Nghìn tấn; Triệu USD" over columns "Lượng | Trị giá": each column's unit, where the table's
   * figures are in one unit per kind of column; empty otherwise.
   */
  columnUnits: ReadonlyMap<number, Unit>;
  unresolvedComparisons: number[];
  /** Stated comparisons the figures gave no clear role: left unchecked, and the sheet's result says why. */
  unsettledComparisons: readonly UnsettledComparison[];
  /** Stated comparisons with no row holding the figures they compare (a table of indexes): read, left unchecked. */
  comparisonsWithoutFigures: readonly number[];
  /** "Toàn huyện" and one group per commune, each with the same figure columns; null for one group. */
  groups: ColumnGroups | null;
  /** Columns right of the label column where deeper rows write their labels ("Miền Bắc" in B under "Lúa" in A). */
  outlineColumns: readonly number[];
  /** Figure columns with no role (other years, other periods): each is checked on its own, as a table's actual. */
  otherFigureColumns: readonly number[];
}

/** A comparison column too few of whose comparable rows agree with either ratio. */
export interface UnsettledComparison {
  readonly column: number;
  /** Rows that agree with the likelier ratio. */
  readonly agreeing: number;
  /** Rows with a stated figure, an actual and a plan or prior to compare with. */
  readonly comparable: number;
}

export type LayoutResult = { readonly found: true; readonly layout: TableLayout } | { readonly found: false; readonly reason: SkipReason };

/**
 * The tables of a sheet, top to bottom: usually one; a sheet may hold several, each under its own
 * header, and a header repeated at a page break starts a new stretch of the same table.
 */
export type TablesResult = { readonly found: true; readonly tables: readonly TableLayout[] } | { readonly found: false; readonly reason: SkipReason };

export function detectTables(grid: SheetGrid, override?: SheetOverride, labelHeading: LabelHeadingTest = isLabelHeading): TablesResult {
  const first = detectLayout(grid, override);
  if (!first.found) return first;
  // A user's header rows describe one table.
  if (override?.headerRows?.length) return { found: true, tables: [first.layout] };
  const tables: TableLayout[] = [];
  let current = first.layout;
  for (;;) {
    const next = nextHeaderRow(grid, current.firstDataRow, current.columns.label!, labelHeading);
    const following = next === null ? null : detectLayout(grid, override, { fromRow: next, titleYear: current.reportYear });
    if (next === null || !following?.found) {
      tables.push(current);
      return { found: true, tables };
    }
    tables.push({ ...current, lastDataRow: next - 1 });
    current = following.layout;
  }
}

export function detectLayout(grid: SheetGrid, override?: SheetOverride, below?: { fromRow: number; titleYear: number | null }): LayoutResult {
  if (grid.snapshot.values.length === 0) return { found: false, reason: 'emptySheet' };
  const headed = findHeaderBlock(grid, override?.headerRows, below?.fromRow);
  // A statistics-office table leaves its label column's heading blank: it is found by its body.
  const unheaded = headed || override?.headerRows?.length ? null : findUnheadedTable(grid, below?.fromRow);
  const header = headed ?? unheaded?.header;
  if (!header) return { found: false, reason: 'noHeader' };
  const lastHeaderRow = header.columnNumberRow ?? header.rows[header.rows.length - 1]!;
  const above = below ? [] : textsAbove(grid, header.rows[0]!);
  const roles = resolveColumnRoles(grid, header, below ? below.titleYear : titleYear(above));
  // A user's correction of figure columns describes one group; the groups are then left unchecked.
  const correctsFigures = Object.keys(override?.columns ?? {}).some((role) => isFigureRole(role as ColumnRole));
  const groups = correctsFigures ? null : findColumnGroups(grid, header.rows, roles);
  const columns = applyColumnOverrides({ ...roles.columns, ...groups?.total.columns }, override);
  if (columns.label === undefined) return { found: false, reason: 'noLabelColumn' };
  // A table of indexes or comparisons only ("Tháng 11 so với cùng kỳ năm trước (%)") is read too; what it cannot check stays unchecked.
  const figureColumns = Object.keys(columns).filter((role) => isFigureRole(role as ColumnRole));
  if (figureColumns.length === 0 && roles.unresolvedComparisons.length === 0) {
    // A statistics table reports what happened: where no heading names a kind of figure ("Số dự án",
    // "Chung"), its first figure column is the figure it reports.
    if (!unheaded) return { found: false, reason: 'noFigureColumns' };
    columns.actual = unheaded.firstFigureColumn;
  }
  const columnUnits = unheaded?.unitLine ? unitsByColumnKind(grid, header, knownUnitsListed(unheaded.unitLine)) : new Map<number, Unit>();
  return {
    found: true,
    layout: {
      headerRows: header.rows,
      columnNumberRow: header.columnNumberRow,
      firstDataRow: lastHeaderRow + 1,
      lastDataRow: grid.lastRow,
      columns,
      reportYear: roles.reportYear,
      tableUnit:
        above.map(unitAboveTable).find((u) => u !== null) ??
        (unheaded?.unitLine && columnUnits.size === 0 ? knownUnit(unheaded.unitLine) : null) ??
        (columns.actual !== undefined ? columnUnits.get(columns.actual) : undefined) ??
        unitInFigureHeaders(grid, header.rows, columns),
      columnUnits,
      // With groups, the main layout is the total group's; each unit group settles its own.
      unresolvedComparisons: groups ? [...groups.total.unresolvedComparisons] : roles.unresolvedComparisons,
      unsettledComparisons: [],
      comparisonsWithoutFigures: [],
      groups,
      outlineColumns: header.outlineColumns,
      // Column groups give every column its group; a user's correction of figure columns describes the table.
      otherFigureColumns: groups || correctsFigures ? [] : roles.figureHeadingColumns.filter((column) => !Object.values(columns).includes(column)),
    },
  };
}

/**
 * The units of "Nghìn tấn; Triệu USD" given to the columns in the order of their lowest headings:
 * "Lượng" columns the first, "Trị giá" columns the second. Only where the header's columns show
 * exactly as many kinds as the line lists units.
 */
function unitsByColumnKind(grid: SheetGrid, header: HeaderBlock, units: readonly Unit[] | null): Map<number, Unit> {
  const byColumn = new Map<number, Unit>();
  if (!units) return byColumn;
  const lowest = new Map<number, string>();
  for (let column = header.labelColumn + 1; column <= grid.lastColumn; column++) {
    const heading = lowestHeading(grid, header.rows, column);
    if (heading !== '' && !header.outlineColumns.includes(column)) lowest.set(column, foldText(heading));
  }
  const kinds = [...new Set(lowest.values())];
  if (kinds.length !== units.length) return byColumn;
  for (const [column, kind] of lowest) byColumn.set(column, units[kinds.indexOf(kind)]!);
  return byColumn;
}

/** "TH 2019 (tỷ đồng)", "KH 2020 (tỷ đồng)"…: the unit every figure column's header names, if they agree. */
function unitInFigureHeaders(grid: SheetGrid, headerRows: readonly number[], columns: Partial<Record<ColumnRole, number>>): Unit | null {
  let found: Unit | null = null;
  for (const role of figureInRowUnitRoles) {
    const column = columns[role];
    if (column === undefined) continue;
    const unit = headerRows.map((row) => unitInText(grid.headerText(row, column))?.unit ?? null).find((u) => u !== null) ?? null;
    if (!unit || (found && found.text !== unit.text)) return null;
    found = unit;
  }
  return found;
}

function textsAbove(grid: SheetGrid, headerRow: number): string[] {
  const texts: string[] = [];
  for (let row = grid.firstRow; row < headerRow; row++) {
    for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
      const text = grid.text(row, column);
      if (text !== '') texts.push(text);
    }
  }
  return texts;
}

/**
 * "KẾT QUẢ … NĂM 2020": the year a title names. A title that names several reports on the first
 * and plans the others ("… GIAI ĐOẠN 2017-2021, KẾ HOẠCH GIAI ĐOẠN 2022-2026"), a period read by
 * its end year.
 */
function titleYear(texts: readonly string[]): number | null {
  for (const text of texts) {
    if (!namesTitleYear(text)) continue;
    const first = yearsIn(text)[0];
    if (first !== undefined) return first;
  }
  return null;
}

/** The user's corrections: a letter moves a role to that column; "" says the sheet has no such column. */
function applyColumnOverrides(
  detected: Partial<Record<ColumnRole, number>>,
  override?: SheetOverride,
): Partial<Record<ColumnRole, number>> {
  const columns = { ...detected };
  for (const [role, letter] of Object.entries(override?.columns ?? {})) {
    if (letter === undefined) continue;
    if (letter === '') delete columns[role as ColumnRole];
    else columns[role as ColumnRole] = columnNumber(letter);
  }
  return columns;
}
