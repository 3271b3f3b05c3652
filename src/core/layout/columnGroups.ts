/**
 * Column groups: "Toàn huyện" then one group per commune (or "Toàn tỉnh" then one per district),
 * each with the same sub-columns (TH 2019, KH 2020, ƯTH 2020, So sánh…). The header repeats the
 * same figure roles once per group; the group's name sits above its sub-columns.
 */
import { figureInRowUnitRoles, statedPercentRoles, type FigureRole } from '../report';
import type { SheetGrid } from '../sheetGrid';
import { foldText } from '../textFold';
import { isTotalName } from '../totalNames';
import { lowestHeading } from './headerBlock';

export interface ColumnGroup {
  /** As the header names it: "Toàn huyện", "Ủy Ban Nhân Dân Xã Ka Đô". */
  readonly name: string;
  readonly columns: Partial<Record<FigureRole, number>>;
  /** The columns it covers: from its first figure column to the next group's (as wide as the others for the last). */
  readonly first: number;
  readonly last: number;
  /** Its "So sánh (%)" columns whose header names no ratio: its figures decide (comparisonEvidence). */
  readonly unresolvedComparisons: readonly number[];
}

export interface ColumnGroups {
  readonly total: ColumnGroup;
  /** The groups whose figures should add up to the total group's. */
  readonly units: readonly ColumnGroup[];
}

/**
 * The sheet's column groups, or null when its figure roles appear once (or not in a pattern that
 * makes groups: every role the same number of times, the groups side by side, a name over each).
 */
export function findColumnGroups(
  grid: SheetGrid,
  headerRows: readonly number[],
  roles: { roleColumns: Partial<Record<FigureRole, readonly number[]>>; unresolvedComparisons: readonly number[] },
): ColumnGroups | null {
  const { roleColumns } = roles;
  // The figures anchor the groups; a group's stated comparisons are the ones within its columns
  // (a total group's "So sánh" may name no ratio where the communes' do, so their counts differ).
  const anchors = figureInRowUnitRoles.filter((role) => (roleColumns[role]?.length ?? 0) > 0);
  const count = Math.max(0, ...anchors.map((role) => roleColumns[role]!.length));
  if (count < 2 || anchors.some((role) => roleColumns[role]!.length !== count)) return null;

  const figureSpans: { first: number; last: number }[] = [];
  for (let index = 0; index < count; index++) {
    const spread = anchors.map((role) => roleColumns[role]![index]!);
    figureSpans.push({ first: Math.min(...spread), last: Math.max(...spread) });
  }
  // Side by side: a group's figures all lie before the next group's. Else the groups may run
  // across each role's columns ("Năm 2022: Tổng số | Miền Bắc | Miền Nam", then 2023's).
  for (let index = 1; index < count; index++) {
    if (figureSpans[index]!.first <= figureSpans[index - 1]!.last) return groupsAcrossRoles(grid, headerRows, roleColumns, anchors, count);
  }

  const names = groupNames(grid, headerRows, figureSpans);
  if (!names) return null;
  const width = figureSpans[1]!.first - figureSpans[0]!.first;
  const groups = figureSpans.map((span, index): ColumnGroup => {
    const last = index + 1 < count ? figureSpans[index + 1]!.first - 1 : Math.max(span.last, span.first + width - 1);
    const within = (column: number): boolean => column >= span.first && column <= last;
    const columns: Partial<Record<FigureRole, number>> = {};
    for (const role of anchors) columns[role] = roleColumns[role]![index]!;
    for (const role of statedPercentRoles) {
      const column = roleColumns[role]?.find(within);
      if (column !== undefined) columns[role] = column;
    }
    return { name: names[index]!, columns, first: span.first, last, unresolvedComparisons: roles.unresolvedComparisons.filter(within) };
  });
  const totalIndex = Math.max(0, groups.findIndex((group) => isTotalName(group.name)));
  return { total: groups[totalIndex]!, units: groups.filter((_, index) => index !== totalIndex) };
}

/** The first header row whose text over each group's first column differs from group to group. */
function groupNames(grid: SheetGrid, headerRows: readonly number[], groups: readonly { first: number; last: number }[]): string[] | null {
  for (const row of headerRows) {
    const names = groups.map((group) => grid.headerText(row, group.first));
    // The name spans its group (merged, or typed over its first column only).
    const spans = groups.every((group, index) => {
      const overLast = grid.headerText(row, group.last);
      return names[index] !== '' && (overLast === names[index] || overLast === '');
    });
    if (spans && new Set(names.map(foldText)).size === names.length) return names;
  }
  return null;
}

/**
 * Groups written inside each role's columns: every role a run of adjacent columns, one per group
 * ("Ước tính năm 2022" over "Tổng số | Chia ra: Miền Bắc | Miền Nam", and the same under 2023). A
 * group's name is its columns' lowest heading, the same under every role.
 */
function groupsAcrossRoles(
  grid: SheetGrid,
  headerRows: readonly number[],
  roleColumns: Partial<Record<FigureRole, readonly number[]>>,
  anchors: readonly FigureRole[],
  count: number,
): ColumnGroups | null {
  if (anchors.some((role) => roleColumns[role]!.some((column, index) => index > 0 && column !== roleColumns[role]![index - 1]! + 1))) return null;
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    const [name, ...others] = anchors.map((role) => lowestHeading(grid, headerRows, roleColumns[role]![index]!));
    if (!name || others.some((other) => foldText(other) !== foldText(name))) return null;
    names.push(name);
  }
  if (new Set(names.map(foldText)).size !== count) return null;
  const stated = statedPercentRoles.filter((role) => roleColumns[role]?.length === count);
  const groups = names.map((name, index): ColumnGroup => {
    const columns: Partial<Record<FigureRole, number>> = {};
    for (const role of [...anchors, ...stated]) columns[role] = roleColumns[role]![index]!;
    const spread = Object.values(columns);
    return { name, columns, first: Math.min(...spread), last: Math.max(...spread), unresolvedComparisons: [] };
  });
  const totalIndex = Math.max(0, groups.findIndex((group) => isTotalName(group.name)));
  return { total: groups[totalIndex]!, units: groups.filter((_, index) => index !== totalIndex) };
}
