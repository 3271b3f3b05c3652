/**
 * The Summary sheet ("Tổng hợp"): an overview (indicators by status, findings by severity), then
 * one row per indicator under a heading row per sheet, names indented by level and linked to their
 * label, each row's findings counted and linked to the first of them; the sheets skipped with why.
 * Heading rows without figures ("I. LĨNH VỰC XÃ HỘI") stand among them, bold, as on the sheet.
 * Right of the printed table: the median percent of plan per sheet and a bar chart of it.
 */
import { withoutFloatNoise } from '../core';
import type { Finding, IndicatorResult, Language, Report, SectionRow, Severity, Status } from '../core/model';
import { say, sayPlain, summaryText } from '../text/strings';
import { findingRow, listedFindings, rowKey } from './findingsSheet';
import type { PlannedCell, PlannedChart, PlannedSheet } from './plannedSheet';
import { figureCell, headerCell, LINK_COLOR, printSetup, titleBlock, type TableLink } from './sheetParts';
import type { SheetOptions } from './summaryPlan';

/** Excel's "Good / Neutral / Bad" cell styles, and grey for "no target". */
const statusColors: Record<Status, { fill: string; fontColor: string }> = {
  achieved: { fill: 'C6EFCE', fontColor: '006100' },
  nearly: { fill: 'FFEB9C', fontColor: '9C5700' },
  missed: { fill: 'FFC7CE', fontColor: '9C0006' },
  'no-target': { fill: 'EDEDED', fontColor: '404040' },
};
/** A status over figures flagged as errors: apart from every plain status, so "Đạt" never reads as an all-clear there. */
const FLAGGED_COLORS = { fill: 'E4DFEC', fontColor: '7030A0' };
const SHEET_HEADING_FILL = 'F2F2F2';

const STATUSES: readonly Status[] = ['achieved', 'nearly', 'missed', 'no-target'];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The overview's two rows, then an empty row, then the table's header. */
const OVERVIEW_ROW = 4;
export const SUMMARY_HEADER_ROW = OVERVIEW_ROW + 3;
/**
 * Column widths of the table, then of a gap and the chart's figures. Narrow enough that the status
 * starts near 860 px: on a 1,366-px laptop with the task pane open it is on screen; names and
 * headers wrap instead of being cut.
 */
const TABLE_WIDTHS = [6, 38, 10, 12, 12, 12, 9, 12, 18, 9, 20];
const CHART_BLOCK_WIDTHS = [3, 24, 12];
/** Indicators below the top level are indented one step per level; Excel allows 15 steps. */
const MAX_INDENT = 15;

/** Where an indicator's findings are: how many, and the Findings sheet's row of the first. */
interface RowFindings {
  count: number;
  firstRow: number;
  hasError: boolean;
}

/** Where each sheet's table is, and its heading rows. */
export interface SheetTables {
  links: (sheet: string) => TableLink;
  sections: (sheet: string) => readonly SectionRow[];
}

export function summarySheet(
  report: Report,
  { links, sections }: SheetTables,
  name: string,
  findingsName: string,
  options: SheetOptions,
): PlannedSheet {
  const { language } = options;
  const c = summaryText.column;
  const header = [c.code, c.indicator, c.unit, c.prior, c.plan, c.actual, c.percentOfPlan, c.yearOnYear, c.status, c.findings, c.sheet];
  const findings = findingsByRow(listedFindings(report));
  const bySheet = indicatorsBySheet(report);
  const body = report.indicators.length
    ? [...bySheet].flatMap(([sheet, indicators]) => {
        const labelColumn = links(sheet).labelColumn;
        const rows: PlannedCell[][] = [sheetHeadingRow(sheet, links(sheet), header.length)];
        // Each heading goes before the first indicator below it, so the hierarchy reads as on the sheet.
        const headings = [...sections(sheet)];
        for (const indicator of indicators) {
          while (headings.length && headings[0]!.row < indicator.row) rows.push(sectionRow(sheet, headings.shift()!, labelColumn, header.length));
          rows.push(indicatorRow(indicator, labelColumn, findings.get(rowKey(indicator.sheet, indicator.row)) ?? null, findingsName, language));
        }
        return rows;
      })
    : [[{ value: sayPlain(language, summaryText.nothingRead) }]];
  const skipped = report.sheets.filter((sheet) => sheet.status === 'skipped');
  const skippedBlock = skipped.length
    ? [
        [],
        [{ value: sayPlain(language, summaryText.skippedSheets), bold: true }],
        ...skipped.map((sheet) => [{ value: sheet.name }, { value: sheet.reason ?? null }]),
      ]
    : [];
  const table = { top: SUMMARY_HEADER_ROW, left: 1, bottom: SUMMARY_HEADER_ROW + body.length, right: header.length };
  const rows: PlannedCell[][] = [
    ...titleBlock(say(language, summaryText.summaryTitle, { workbook: report.workbook }), options.language, options.checkedAt),
    ...overviewRows(report, findings, language),
    [],
    header.map((entry) => headerCell(sayPlain(language, entry))),
    ...body,
    ...skippedBlock,
  ];
  const chart = chartBlock(bySheet, rows, table.right + 2, language);
  return {
    kind: 'summary',
    name,
    rows,
    headerRow: SUMMARY_HEADER_ROW,
    columnWidths: chart ? [...TABLE_WIDTHS, ...CHART_BLOCK_WIDTHS] : TABLE_WIDTHS,
    frozenRows: SUMMARY_HEADER_ROW,
    // Number and name (and unit) stay in view while the figures scroll.
    frozenColumns: 3,
    table,
    print: printSetup(table),
    ...(chart && { charts: [chart] }),
  };
}

/** Each sheet's indicators, sheets in workbook order, grouped once for the table and the chart. */
function indicatorsBySheet(report: Report): Map<string, IndicatorResult[]> {
  const bySheet = new Map<string, IndicatorResult[]>();
  for (const indicator of report.indicators) {
    const own = bySheet.get(indicator.sheet);
    if (own) own.push(indicator);
    else bySheet.set(indicator.sheet, [indicator]);
  }
  const ordered = report.sheets.map((sheet) => sheet.name).filter((sheet) => bySheet.has(sheet));
  // Indicators of a sheet the report does not list (hand-built reports) still show.
  const sheets = [...ordered, ...[...bySheet.keys()].filter((sheet) => !ordered.includes(sheet))];
  return new Map(sheets.map((sheet) => [sheet, bySheet.get(sheet)!]));
}

function findingsByRow(listed: readonly Finding[]): Map<string, RowFindings> {
  const byRow = new Map<string, RowFindings>();
  listed.forEach((finding, index) => {
    const key = rowKey(finding.sheet, finding.row);
    const known = byRow.get(key);
    if (known) {
      known.count++;
      known.hasError ||= finding.severity === 'error';
    } else {
      byRow.set(key, { count: 1, firstRow: findingRow(index), hasError: finding.severity === 'error' });
    }
  });
  return byRow;
}

/** Counts of indicators by status (and of those whose figures are flagged as errors), and of findings by severity. */
function overviewRows(report: Report, findings: ReadonlyMap<string, RowFindings>, language: Language): PlannedCell[][] {
  const statusCount = (status: Status) => report.indicators.filter((indicator) => indicator.status === status).length;
  const flagged = report.indicators.filter((indicator) => findings.get(rowKey(indicator.sheet, indicator.row))?.hasError).length;
  const severityCount = (severity: Severity) => report.findings.filter((finding) => finding.severity === severity).length;
  return [
    [
      { value: null },
      { value: sayPlain(language, summaryText.overview), bold: true },
      ...STATUSES.map((status) => headerCell(sayPlain(language, summaryText.status[status]))),
      headerCell(sayPlain(language, summaryText.flaggedCount)),
      ...SEVERITIES.map((severity) => headerCell(sayPlain(language, summaryText.severity[severity]))),
    ],
    [
      { value: null },
      { value: sayPlain(language, summaryText.overviewCounts), wrap: true },
      ...STATUSES.map((status) => ({ value: statusCount(status), ...statusColors[status] })),
      { value: flagged, ...FLAGGED_COLORS },
      ...SEVERITIES.map((severity) => ({ value: severityCount(severity) })),
    ],
  ];
}

function sheetHeadingRow(sheet: string, link: TableLink, width: number): PlannedCell[] {
  const cells: PlannedCell[] = Array.from({ length: width }, () => ({ value: null, fill: SHEET_HEADING_FILL }));
  cells[1] = { value: sheet, bold: true, fill: SHEET_HEADING_FILL, fontColor: LINK_COLOR, link: { sheet, row: link.headerRow, column: link.labelColumn } };
  // The sheet's name in its own column too, so a filter on it keeps the heading with its rows.
  cells[width - 1] = { value: sheet, fill: SHEET_HEADING_FILL };
  return cells;
}

/** A heading row of the sheet: its number and name, bold, linked to its cell; no figures. */
function sectionRow(sheet: string, section: SectionRow, labelColumn: number, width: number): PlannedCell[] {
  const cells: PlannedCell[] = Array.from({ length: width }, () => ({ value: null }));
  cells[0] = { value: section.code };
  cells[1] = {
    value: section.label,
    bold: true,
    link: { sheet, row: section.row, column: labelColumn },
    fontColor: LINK_COLOR,
    wrap: true,
    ...(section.level > 1 && { indent: Math.min(MAX_INDENT, section.level - 1) }),
  };
  cells[width - 1] = { value: sheet };
  return cells;
}

function indicatorRow(indicator: IndicatorResult, labelColumnNumber: number, findings: RowFindings | null, findingsName: string, language: Language): PlannedCell[] {
  const indent = Math.min(MAX_INDENT, Math.max(0, indicator.level - 1));
  return [
    { value: indicator.code },
    {
      value: indicator.label,
      link: { sheet: indicator.sheet, row: indicator.row, column: labelColumnNumber },
      fontColor: LINK_COLOR,
      wrap: true,
      ...(indent > 0 && { indent }),
    },
    { value: indicator.unit, wrap: true },
    figureCell(indicator.prior),
    // A ceiling or range target ("<3", "120-150") reads better as written than as one number.
    indicator.planText !== null ? { value: indicator.planText } : figureCell(indicator.plan),
    figureCell(indicator.actual),
    indicator.percentOfPlan !== null ? { value: indicator.percentOfPlan, numberFormat: '0.0' } : { value: null },
    yearOnYearCell(indicator, language),
    statusCell(indicator.status, findings?.hasError === true, language),
    // As text: a link shows its text, and the two writers' links (a formula, Range.hyperlink) both give text.
    findings ? { value: String(findings.count), link: { sheet: findingsName, row: findings.firstRow, column: 2 }, fontColor: LINK_COLOR } : { value: null },
    { value: indicator.sheet },
  ];
}

function statusCell(status: Status, flagged: boolean, language: Language): PlannedCell {
  const plain = sayPlain(language, summaryText.status[status]);
  if (!flagged) return { value: plain, wrap: true, ...statusColors[status] };
  return { value: say(language, summaryText.flaggedStatus, { status: plain }), wrap: true, ...FLAGGED_COLORS };
}

/**
 * The median percent of plan of each sheet's indicators that have one (a median, so one indicator
 * far over its plan does not carry its sheet), written right of the table from its header row,
 * and a bar chart of it beside. Rows are extended in place. Null when no sheet has a percent of plan.
 */
function chartBlock(bySheet: ReadonlyMap<string, readonly IndicatorResult[]>, rows: PlannedCell[][], column: number, language: Language): PlannedChart | null {
  const medians = [...bySheet]
    .map(([sheet, indicators]) => ({ sheet, median: median(indicators.flatMap((i) => (i.percentOfPlan !== null ? [i.percentOfPlan] : []))) }))
    .filter((entry): entry is { sheet: string; median: number } => entry.median !== null);
  if (!medians.length) return null;
  const top = SUMMARY_HEADER_ROW;
  const put = (row: number, cells: PlannedCell[]) => {
    const cellsOfRow = (rows[row - 1] ??= []);
    while (cellsOfRow.length < column - 1) cellsOfRow.push({ value: null });
    cellsOfRow.splice(column - 1, cells.length, ...cells);
  };
  put(top, [headerCell(sayPlain(language, summaryText.column.sheet)), headerCell(sayPlain(language, summaryText.medianPercentOfPlan))]);
  medians.forEach((entry, i) => put(top + 1 + i, [{ value: entry.sheet }, { value: entry.median, numberFormat: '0.0' }]));
  const bottom = top + medians.length;
  return {
    title: sayPlain(language, summaryText.chartTitle),
    categories: { top: top + 1, left: column, bottom, right: column },
    values: { top: top + 1, left: column + 1, bottom, right: column + 1 },
    seriesName: { row: top, column: column + 1 },
    anchor: { row: bottom + 2, column, columns: 6, rows: Math.max(12, medians.length + 8) },
  };
}

function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return withoutFloatNoise(sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2);
}

/**
 * One column for both kinds of change; the number format carries the unit, so a rate reads
 * "+0,29 điểm %" and a count "+5,2 %" in Vietnamese Excel, and the cell stays a number.
 */
function yearOnYearCell(indicator: IndicatorResult, language: Language): PlannedCell {
  if (indicator.yoyPoints !== null) {
    return { value: indicator.yoyPoints, numberFormat: signedFormat('0.00', sayPlain(language, summaryText.yoyPointsUnit)) };
  }
  if (indicator.yoyPercent !== null) {
    return { value: indicator.yoyPercent, numberFormat: signedFormat('0.0', sayPlain(language, summaryText.yoyPercentUnit)) };
  }
  return { value: null };
}

function signedFormat(digits: string, unit: string): string {
  const suffix = `" ${unit.replace(/"/g, '')}"`;
  return `+${digits}${suffix};-${digits}${suffix};${digits}${suffix}`;
}
