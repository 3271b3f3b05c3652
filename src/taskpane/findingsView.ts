/**
 * The findings as the pane lists them, UI-free so tests cover it: one entry per flagged cell (two
 * rules on one cell are one place to look at), with the indicator, its parent and the column
 * heading that say what the cell is; filtered by severity, sheet and an accent-insensitive search;
 * grouped by sheet in workbook order.
 */
import type { ReviewedFinding } from '../addin/workbookAccess';
import { foldText, sortFindings, wordFinding, type IndicatorResult, type Language, type ReportData, type RuleFinding, type Severity } from '../core';

export interface FindingEntry {
  /** Sheet and cell: unique in a report. */
  key: string;
  sheet: string;
  cell: string;
  row: number;
  /** The most severe of its findings. */
  severity: Severity;
  /** Errors first. */
  findings: readonly RuleFinding[];
  indicator: IndicatorResult | null;
  parent: IndicatorResult | null;
  columnHeading: string | null;
}

export interface FindingGroup {
  sheet: string;
  entries: FindingEntry[];
}

export interface FindingFilter {
  /** The severities shown; empty shows every one. */
  severities: ReadonlySet<Severity>;
  /** The one sheet shown, or null for all. */
  sheet: string | null;
  search: string;
}

export const noFilter: FindingFilter = { severities: new Set(), sheet: null, search: '' };

/** A group with more entries than this starts collapsed: a long list is opened on purpose. */
export const COLLAPSE_ABOVE = 20;

const rowKey = (sheet: string, row: number) => `${sheet}\u0000${row}`;

/** One entry per flagged cell, errors first, then in sheet order and by row. */
export function findingEntries(report: ReportData): FindingEntry[] {
  const indicators = new Map(report.indicators.map((i) => [rowKey(i.sheet, i.row), i]));
  const entries = new Map<string, FindingEntry & { findings: RuleFinding[] }>();
  for (const finding of sortFindings(report.findings, sheetOrder(report))) {
    const key = `${finding.sheet}!${finding.cell}`;
    const entry = entries.get(key);
    if (entry) {
      entry.findings.push(finding);
      entry.columnHeading ??= headingOf(finding);
      continue;
    }
    const indicator = indicators.get(rowKey(finding.sheet, finding.row)) ?? null;
    const parent = indicator?.parentRow != null ? (indicators.get(rowKey(finding.sheet, indicator.parentRow)) ?? null) : null;
    entries.set(key, {
      key,
      sheet: finding.sheet,
      cell: finding.cell,
      row: finding.row,
      severity: finding.severity,
      findings: [finding],
      indicator,
      parent,
      columnHeading: headingOf(finding),
    });
  }
  return [...entries.values()];
}

function headingOf(finding: RuleFinding): string | null {
  return finding.columnHeading !== undefined && finding.columnHeading.trim() !== '' ? finding.columnHeading : null;
}

/** The report's sheets in workbook order, then any sheet only a finding names. */
export function sheetOrder(report: ReportData): string[] {
  const order = report.sheets.map((sheet) => sheet.name);
  for (const finding of report.findings) if (!order.includes(finding.sheet)) order.push(finding.sheet);
  return order;
}

/** Whether the entry passes the filter; the search is worded in `language`, as the pane shows it. */
export function passes(entry: FindingEntry, filter: FindingFilter, language: Language): boolean {
  if (filter.severities.size > 0 && !entry.findings.some((f) => filter.severities.has(f.severity))) return false;
  if (filter.sheet !== null && entry.sheet !== filter.sheet) return false;
  const words = foldText(filter.search).split(' ').filter((word) => word !== '');
  if (words.length === 0) return true;
  const text = foldText(searchableText(entry, language));
  return words.every((word) => text.includes(word));
}

function searchableText(entry: FindingEntry, language: Language): string {
  return [
    entry.cell,
    entry.sheet,
    entry.indicator?.label,
    entry.indicator?.code,
    entry.parent?.label,
    entry.columnHeading,
    ...entry.findings.map((finding) => wordFinding(finding, language).message),
  ]
    .filter((part): part is string => typeof part === 'string')
    .join('\n');
}

/** The entries by sheet, in the order given (workbook order); empty groups left out. */
export function groupBySheet(entries: readonly FindingEntry[], order: readonly string[]): FindingGroup[] {
  return order
    .map((sheet) => ({ sheet, entries: entries.filter((entry) => entry.sheet === sheet) }))
    .filter((group) => group.entries.length > 0);
}

/** The indicators whose parent is the entry's row: the parts of a total. */
export function partsOf(report: ReportData, entry: FindingEntry): IndicatorResult[] {
  if (!entry.indicator) return [];
  return report.indicators.filter((i) => i.sheet === entry.sheet && i.parentRow === entry.row);
}

/**
 * The figure of a part worth showing beside a total's finding: the one in the column the finding
 * is about, when that column holds a figure; else the actual figure.
 */
export function partFigure(part: IndicatorResult, finding: RuleFinding): number | null {
  switch (finding.column) {
    case 'prior':
      return part.prior;
    case 'plan':
      return part.plan;
    case 'nextPlan':
      return part.nextPlan;
    default:
      return part.actual;
  }
}

// ---- reviewed ----------------------------------------------------------------------------------

export function reviewKey(finding: ReviewedFinding): string {
  return JSON.stringify([finding.rule, finding.sheet, finding.cell]);
}

/** An entry is reviewed once every one of its findings is. */
export function isReviewed(entry: FindingEntry, reviewed: ReadonlySet<string>): boolean {
  return entry.findings.every((finding) => reviewed.has(reviewKey(finding)));
}

/** The reviewed list with the entry's findings ticked or unticked; others (earlier runs' too) kept. */
export function withReviewed(reviewed: readonly ReviewedFinding[], entry: FindingEntry, ticked: boolean): ReviewedFinding[] {
  const keys = new Set(entry.findings.map(reviewKey));
  const kept = reviewed.filter((finding) => !keys.has(reviewKey(finding)));
  if (!ticked) return kept;
  return [...kept, ...entry.findings.map(({ rule, sheet, cell }) => ({ rule, sheet, cell }))];
}

// ---- moving ------------------------------------------------------------------------------------

/** The entry `step` places from the current one in the shown order, wrapping; the first when none is current. */
export function stepFrom(entries: readonly FindingEntry[], current: string | null, step: 1 | -1): FindingEntry | null {
  if (entries.length === 0) return null;
  const index = entries.findIndex((entry) => entry.key === current);
  if (index < 0) return step === 1 ? entries[0]! : entries[entries.length - 1]!;
  return entries[(index + step + entries.length) % entries.length]!;
}
