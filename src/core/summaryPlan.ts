/**
 * What the check writes back into the workbook, as plain data: the Summary sheet (one row per
 * indicator) and the Findings sheet (one row per finding). Both writers (ExcelJS, Office.js)
 * render this plan and nothing else, so they cannot disagree.
 */
import { parseCellAddress, sheetCellReference } from './address';
import type { CheckResult, DistrictSet, MatchedIndicator } from './model';
import type { Finding, IndicatorResult, Report, Severity, Status } from './report';
import { sortFindings } from './report';
import type { Language } from './settings';
import { withoutFloatNoise } from './values/floatNoise';
import { say, sayPlain, summaryText } from '../text/strings';

export interface PlannedCell {
  value: string | number | null;
  /** Excel number format code, always in the file's invariant form ("." decimal, "," thousands). */
  numberFormat?: string;
  bold?: boolean;
  /** Background colour, 'RRGGBB'. */
  fill?: string;
  /** Text colour, 'RRGGBB'. */
  fontColor?: string;
  /** A link to a cell of the workbook; writers show linked cells underlined. */
  link?: { sheet: string; row: number; column: number };
  /**
   * A link to another file, relative to the written workbook's folder ("/" between folders), e.g.
   * "tinh-a-checked.xlsx". Only the command line's package writer renders it (the batch summary).
   */
  externalLink?: string;
}

export interface PlannedSheet {
  kind: 'summary' | 'findings' | 'districts';
  name: string;
  /** From row 1, column A; a row may be shorter than the table, missing cells are empty. */
  rows: PlannedCell[][];
  /** 1-based row of the table header. */
  headerRow: number;
  /** In Excel's character-width units, from column A. */
  columnWidths: number[];
  frozenRows: number;
  /** The table (header and body), 1-based and inclusive; writers put a filter on its header. */
  table: { top: number; left: number; bottom: number; right: number } | null;
}

/** What a writer needs of a planned sheet; `kind` only matters to the add-in's writer. */
export type WritableSheet = Omit<PlannedSheet, 'kind'>;

export interface SummaryPlan {
  sheets: PlannedSheet[];
}

export interface SummaryPlanOptions {
  language: Language;
  /** Names already in the workbook; the planned sheets get names that differ from them. */
  existingSheetNames: readonly string[];
  /** When the check ran; passed in so that the plan is a pure function of its inputs. */
  checkedAt: Date;
}

const HEADER_ROW = 4;
const HEADER_FILL = 'DDEBF7';
const LINK_COLOR = '0563C1';

/** Excel's "Good / Neutral / Bad" cell styles, and grey for "no target". */
const statusColors: Record<Status, { fill: string; fontColor: string }> = {
  achieved: { fill: 'C6EFCE', fontColor: '006100' },
  nearly: { fill: 'FFEB9C', fontColor: '9C5700' },
  missed: { fill: 'FFC7CE', fontColor: '9C0006' },
  'no-target': { fill: 'EDEDED', fontColor: '404040' },
};

const severityColors: Record<Severity, { fill?: string; fontColor?: string }> = {
  error: { fill: 'FFC7CE', fontColor: '9C0006' },
  warning: { fill: 'FFEB9C', fontColor: '9C5700' },
  info: {},
};

export function buildSummaryPlan(result: CheckResult, options: SummaryPlanOptions): SummaryPlan {
  const { report } = result;
  const tables = firstTables(result);
  const summaryName = uniqueSheetName(sayPlain(options.language, summaryText.summarySheetName), options.existingSheetNames);
  const taken = [...options.existingSheetNames, summaryName];
  // One sheet per set of district sheets: each set has its own districts as columns.
  const districts = result.districtSets.map((set) => {
    const name = uniqueSheetName(sayPlain(options.language, summaryText.districtsSheetName), taken);
    taken.push(name);
    return districtsSheet(report, tables, set, name, options);
  });
  const findingsName = uniqueSheetName(sayPlain(options.language, summaryText.findingsSheetName), taken);
  return {
    sheets: [summarySheet(report, tables, summaryName, options), ...districts, findingsSheet(report, findingsName, options)],
  };
}

/** Where a sheet's first table is: links go to its label column and header. */
interface FirstTable {
  readonly labelColumn: number;
  readonly headerRow: number;
}

/** Per checked sheet, its first table: column A and row 1 where the check did not say. */
function firstTables(result: CheckResult): (sheet: string) => FirstTable {
  const bySheet = new Map(result.sheets.map(({ sheet, tables: [first] }) => [sheet, first]));
  return (sheet) => {
    const first = bySheet.get(sheet);
    return { labelColumn: first?.columns.label ?? 1, headerRow: first?.headerRows[0] ?? 1 };
  };
}

// ---- the Summary sheet ------------------------------------------------------------------------

function summarySheet(report: Report, tables: (sheet: string) => FirstTable, name: string, options: SummaryPlanOptions): PlannedSheet {
  const { language } = options;
  const c = summaryText.column;
  const header = [c.sheet, c.code, c.indicator, c.unit, c.prior, c.plan, c.actual, c.percentOfPlan, c.yearOnYear, c.status];
  const body = report.indicators.length
    ? report.indicators.map((indicator) => indicatorRow(indicator, tables(indicator.sheet).labelColumn, language))
    : [[{ value: sayPlain(language, summaryText.noIndicators) }]];
  const skipped = report.sheets.filter((sheet) => sheet.status === 'skipped');
  const skippedBlock = skipped.length
    ? [
        [],
        [{ value: sayPlain(language, summaryText.skippedSheets), bold: true }],
        ...skipped.map((sheet) => [{ value: sheet.name }, { value: sheet.reason ?? null }]),
      ]
    : [];
  return {
    kind: 'summary',
    name,
    rows: [
      ...titleBlock(say(language, summaryText.summaryTitle, { workbook: report.workbook }), options),
      header.map((entry) => headerCell(sayPlain(language, entry))),
      ...body,
      ...skippedBlock,
    ],
    headerRow: HEADER_ROW,
    columnWidths: [20, 7, 48, 12, 13, 13, 13, 11, 15, 17],
    frozenRows: HEADER_ROW,
    table: { top: HEADER_ROW, left: 1, bottom: HEADER_ROW + body.length, right: header.length },
  };
}

function indicatorRow(indicator: IndicatorResult, labelColumnNumber: number, language: Language): PlannedCell[] {
  return [
    { value: indicator.sheet },
    { value: indicator.code },
    {
      value: indicator.label,
      link: { sheet: indicator.sheet, row: indicator.row, column: labelColumnNumber },
      fontColor: LINK_COLOR,
    },
    { value: indicator.unit },
    figureCell(indicator.prior),
    // A ceiling or range target ("<3", "120-150") reads better as written than as one number.
    indicator.planText !== null ? { value: indicator.planText } : figureCell(indicator.plan),
    figureCell(indicator.actual),
    indicator.percentOfPlan !== null ? { value: indicator.percentOfPlan, numberFormat: '0.0' } : { value: null },
    yearOnYearCell(indicator, language),
    { value: sayPlain(language, summaryText.status[indicator.status]), ...statusColors[indicator.status] },
  ];
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

// ---- the By district sheet --------------------------------------------------------------------

/**
 * One row per indicator of the total sheet that the district sheets have too: each district's
 * actual (and percent of plan when the districts have one), the total sheet's actual and the sum
 * of the districts, so a reader sees which district makes a total differ. Links go to the label
 * of each sheet's table, figures stay numbers.
 */
function districtsSheet(report: Report, tables: (sheet: string) => FirstTable, set: DistrictSet, name: string, options: SummaryPlanOptions): PlannedSheet {
  const { language } = options;
  const c = summaryText.column;
  const withPercent = set.indicators.some(({ districts }) => districts.some((district) => district?.percentOfPlan != null));
  const sheetHeader = (sheet: string, text: string): PlannedCell => ({
    ...headerCell(text),
    link: { sheet, row: tables(sheet).headerRow, column: tables(sheet).labelColumn },
  });
  const header: PlannedCell[] = [
    headerCell(sayPlain(language, c.indicator)),
    headerCell(sayPlain(language, c.unit)),
    ...set.districtSheets.flatMap((sheet) => [
      sheetHeader(sheet, say(language, summaryText.districtActual, { sheet })),
      ...(withPercent ? [headerCell(say(language, summaryText.districtPercentOfPlan, { sheet }))] : []),
    ]),
    sheetHeader(set.totalSheet, say(language, summaryText.totalSheetActual, { sheet: set.totalSheet })),
    headerCell(sayPlain(language, summaryText.sumOfDistricts)),
  ];
  const labelColumnNumber = tables(set.totalSheet).labelColumn;
  const body = set.indicators.map(({ total, districts, additive }): PlannedCell[] => [
    { value: total.label, link: { sheet: total.sheet, row: total.row, column: labelColumnNumber }, fontColor: LINK_COLOR },
    { value: total.unit },
    ...districts.flatMap((district) => [
      figureCell(district?.actual ?? null),
      ...(withPercent ? [district?.percentOfPlan != null ? { value: district.percentOfPlan, numberFormat: '0.0' } : { value: null }] : []),
    ]),
    figureCell(total.actual),
    figureCell(sumOfDistricts(additive)),
  ]);
  return {
    kind: 'districts',
    name,
    rows: [...titleBlock(say(language, summaryText.districtsTitle, { workbook: report.workbook, total: set.totalSheet }), options), header, ...body],
    headerRow: HEADER_ROW,
    columnWidths: [48, 10, ...header.slice(2).map(() => 14)],
    frozenRows: HEADER_ROW,
    table: { top: HEADER_ROW, left: 1, bottom: HEADER_ROW + body.length, right: header.length },
  };
}

/** The districts' actuals added in the total's unit; null for units that do not add, or a district without a figure. */
function sumOfDistricts(additive: MatchedIndicator['additive']): number | null {
  if (!additive) return null;
  let sum = 0;
  for (const { indicator, factor } of additive.parts) {
    if (indicator.actual === null) return null;
    sum += indicator.actual * factor;
  }
  return withoutFloatNoise(sum);
}

// ---- the Findings sheet -----------------------------------------------------------------------

function findingsSheet(report: Report, name: string, options: SummaryPlanOptions): PlannedSheet {
  const { language } = options;
  const c = summaryText.column;
  const header = [c.severity, c.sheet, c.cell, c.indicator, c.expected, c.found, c.message];
  const labels = new Map(report.indicators.map((indicator) => [rowKey(indicator.sheet, indicator.row), indicator.label]));
  const sorted = sortFindings(
    report.findings,
    report.sheets.map((sheet) => sheet.name),
  );
  const body = sorted.length
    ? sorted.map((finding) => findingRow(finding, labels.get(rowKey(finding.sheet, finding.row)) ?? null, language))
    : [[{ value: sayPlain(language, summaryText.noFindings) }]];
  return {
    kind: 'findings',
    name,
    rows: [
      ...titleBlock(say(language, summaryText.findingsTitle, { workbook: report.workbook }), options),
      header.map((entry) => headerCell(sayPlain(language, entry))),
      ...body,
    ],
    headerRow: HEADER_ROW,
    columnWidths: [11, 20, 8, 40, 15, 15, 90],
    frozenRows: HEADER_ROW,
    table: { top: HEADER_ROW, left: 1, bottom: HEADER_ROW + body.length, right: header.length },
  };
}

function findingRow(finding: Finding, indicatorLabel: string | null, language: Language): PlannedCell[] {
  const position = parseCellAddress(finding.cell);
  return [
    { value: sayPlain(language, summaryText.severity[finding.severity]), ...severityColors[finding.severity] },
    { value: finding.sheet },
    position
      ? { value: finding.cell, link: { sheet: finding.sheet, ...position }, fontColor: LINK_COLOR }
      : { value: finding.cell },
    { value: indicatorLabel },
    figureCell(finding.expected),
    figureCell(finding.found),
    { value: finding.message },
  ];
}

function rowKey(sheet: string, row: number): string {
  return `${row}\u0000${sheet}`;
}

// ---- shared pieces ----------------------------------------------------------------------------

function titleBlock(title: string, options: SummaryPlanOptions): PlannedCell[][] {
  return [
    [{ value: title, bold: true }],
    [{ value: say(options.language, summaryText.checkedOn, { date: formatDate(options.checkedAt) }) }],
    [],
  ];
}

function headerCell(text: string): PlannedCell {
  return { value: text, bold: true, fill: HEADER_FILL };
}

/** dd/mm/yyyy, as dates are written in Vietnam; the local calendar day of the check. */
export function formatDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()}`;
}

function figureCell(value: number | null): PlannedCell {
  return value === null ? { value: null } : { value, numberFormat: figureFormat(value) };
}

/**
 * A number format showing as many decimals as the figure has (at most 3), with a thousands
 * separator. Codes use "," and "." in their invariant meaning; Excel shows the user's own
 * separators, so Vietnamese Excel displays 1234.5 as "1.234,5".
 */
export function figureFormat(value: number): string {
  const decimals = decimalsOf(value, 3);
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

function decimalsOf(value: number, max: number): number {
  for (let decimals = 0; decimals < max; decimals++) {
    const scaled = value * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled))) return decimals;
  }
  return max;
}

// ---- sheet names ------------------------------------------------------------------------------

const MAX_SHEET_NAME = 31;

/**
 * A valid worksheet name based on `base` that differs from every name in `taken`, compared as
 * Excel does (ignoring case): "Tổng hợp", then "Tổng hợp (2)", "Tổng hợp (3)"…
 */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  // Excel reserves "History" for its change tracking.
  const used = new Set([...taken, 'History'].map(sheetNameKey));
  const clean = cleanSheetName(base);
  if (!used.has(sheetNameKey(clean))) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = clean.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!used.has(sheetNameKey(candidate))) return candidate;
  }
}

function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return cleaned || 'Sheet';
}

/** Excel compares sheet names ignoring case (and Unicode form). */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * =HYPERLINK("#'Sheet'!C12", "label"). ExcelJS 4.4 writes in-workbook hyperlinks as external
 * relationships that WPS, Google Sheets and Excel for Mac fail to open (exceljs issues #1893,
 * #3027); the HYPERLINK function works everywhere and survives a round trip.
 */
export function hyperlinkFormula(link: { sheet: string; row: number; column: number }, text: string): string {
  const target = `#${sheetCellReference(link.sheet, link.row, link.column)}`;
  return `HYPERLINK(${stringLiteral(target)},${stringLiteral(text)})`;
}

/**
 * =HYPERLINK("tinh-a-checked.xlsx", "label"): a link to another file, resolved by Excel against the
 * folder of the workbook holding it, so the link keeps working when the folder is moved or shared.
 */
export function externalHyperlinkFormula(target: string, text: string): string {
  return `HYPERLINK(${stringLiteral(target)},${stringLiteral(text)})`;
}

/** Excel caps a string constant in a formula at 255 characters; longer text is joined with &. */
const MAX_LITERAL = 255;

function stringLiteral(text: string): string {
  const chunks: string[] = [];
  for (let start = 0; start < text.length || chunks.length === 0; start += MAX_LITERAL) {
    chunks.push(`"${text.slice(start, start + MAX_LITERAL).replace(/"/g, '""')}"`);
  }
  return chunks.join('&');
}
