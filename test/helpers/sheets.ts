/**
 * Builds SheetSnapshots for tests of the core from a 2-D array of values, the way a reader would
 * hand them over: dense rows, merges, number formats, formulas and indents by A1 address.
 *
 *   sheet('Biểu 01', [['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2022', 'KH 2023', 'TH 2023'], …], {
 *     merges: ['E8:F8'], formulas: { E19: '=SUM(E20:E21)' }, numberFormats: { F8: '0%' }, indents: { B10: 1 },
 *   })
 *
 * Addresses in the options are worksheet addresses (they count the origin in), as Excel shows them.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { columnNumber, parseCellAddress } from '../../src/core/address';
import { checkSheet, type SheetCheck } from '../../src/core/checkSheet';
import { wordFinding, wordReport, wordSheet } from '../../src/core/wording';
import { checkWorkbook } from '../../src/core/checkWorkbook';
import type { Finding, IndicatorResult, Report, RuleId, SheetResult } from '../../src/core/report';
import { defaultSettings, type CheckSettings } from '../../src/core/settings';
import type { CellPosition, CellRange, CellStyle, CellValue, SheetSnapshot, SheetVisibility } from '../../src/core/snapshot';

export interface SheetOptions {
  /** Worksheet position of the first value: { row, column } or an address such as "B3". Default A1. */
  readonly origin?: CellPosition | string;
  /** Merged areas as "E8:F8" or as ranges. */
  readonly merges?: readonly (string | CellRange)[];
  readonly numberFormats?: Readonly<Record<string, string>>;
  /** Formula text with its leading "=". */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Cell indent levels (Format Cells > Alignment > Indent). */
  readonly indents?: Readonly<Record<string, number>>;
  readonly bold?: readonly string[];
  /** Leave out the formulas grid altogether, as a reader that cannot get formulas does. */
  readonly withoutFormulas?: boolean;
  /** Default visible. */
  readonly visibility?: SheetVisibility;
  /** Worksheet row numbers hidden, and column letters hidden ("E", "M"). */
  readonly hiddenRows?: readonly number[];
  readonly hiddenColumns?: readonly string[];
  /** Cells whose formula the file lost (a shared formula without its master), by address. */
  readonly lostFormulas?: readonly string[];
}

/** "Toàn huyện" and two communes, each with TH 2019, KH 2020, TH 2020; a group name over each group's first column. */
export function groupedSheet(rows: readonly (readonly CellValue[])[]): SheetSnapshot {
  const n = null;
  return sheet('Biểu 07', [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn huyện', n, n, 'Xã A', n, n, 'Xã B', n, n],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2019', 'KH 2020', 'TH 2020', 'TH 2019', 'KH 2020', 'TH 2020', 'TH 2019', 'KH 2020', 'TH 2020'],
    ...rows,
  ]);
}

/** The standard one-row header used by most tests: A STT, B Chỉ tiêu, C ĐVT, D prior, E plan, F actual. */
export const header2023 = ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2022', 'KH 2023', 'TH 2023'] as const;

export function sheet(name: string, rows: readonly (readonly CellValue[])[], options: SheetOptions = {}): SheetSnapshot {
  const origin = originOf(options.origin);
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const dense = <T>(fill: T): T[][] => rows.map(() => Array.from({ length: width }, () => fill));
  const values = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));

  const place = <T>(grid: T[][], entries: Readonly<Record<string, T>> | undefined): void => {
    for (const [address, value] of Object.entries(entries ?? {})) {
      const { r, c } = indexOf(address, origin, rows.length, width);
      grid[r]![c] = value;
    }
  };

  const formulas = dense<string | null>(null);
  place(formulas, options.formulas);
  const numberFormats = dense<string | null>(null);
  place(numberFormats, options.numberFormats);

  let styles: (CellStyle | null)[][] | undefined;
  if (options.indents || options.bold) {
    styles = dense<CellStyle | null>(null);
    for (const [address, indent] of Object.entries(options.indents ?? {})) {
      const { r, c } = indexOf(address, origin, rows.length, width);
      styles[r]![c] = { ...styles[r]![c], indent };
    }
    for (const address of options.bold ?? []) {
      const { r, c } = indexOf(address, origin, rows.length, width);
      styles[r]![c] = { ...styles[r]![c], bold: true };
    }
  }

  return {
    name,
    origin,
    values,
    ...(options.withoutFormulas ? {} : { formulas }),
    numberFormats,
    ...(styles ? { styles } : {}),
    merges: (options.merges ?? []).map(rangeOf),
    ...(options.visibility && { visibility: options.visibility }),
    ...(options.hiddenRows && { hiddenRows: [...options.hiddenRows].sort((a, b) => a - b) }),
    ...(options.hiddenColumns && { hiddenColumns: options.hiddenColumns.map(columnNumber).sort((a, b) => a - b) }),
    ...(options.lostFormulas && { lostFormulas: options.lostFormulas.map((address) => parseCellAddress(address)!) }),
  };
}

/** "E8:F8" → { top: 8, left: 5, bottom: 8, right: 6 }. */
export function rangeOf(range: string | CellRange): CellRange {
  if (typeof range !== 'string') return range;
  const [from = '', to = from] = range.split(':');
  const start = parseCellAddress(from);
  const end = parseCellAddress(to);
  if (!start || !end) throw new Error(`Not a range: ${range}`);
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}

function originOf(origin: SheetOptions['origin']): CellPosition {
  if (origin === undefined) return { row: 1, column: 1 };
  if (typeof origin !== 'string') return origin;
  const parsed = parseCellAddress(origin);
  if (!parsed) throw new Error(`Not an address: ${origin}`);
  return parsed;
}

function indexOf(address: string, origin: CellPosition, height: number, width: number): { r: number; c: number } {
  const position = parseCellAddress(address);
  if (!position) throw new Error(`Not an address: ${address}`);
  const r = position.row - origin.row;
  const c = position.column - origin.column;
  // A typo in a test must fail loudly, not silently drop the format or formula.
  if (r < 0 || c < 0 || r >= height || c >= width) throw new Error(`${address} lies outside the sheet's values`);
  return { r, c };
}

// ---- running the check --------------------------------------------------------------------

export function settingsWith(overrides: Partial<CheckSettings> = {}): CheckSettings {
  return { ...defaultSettings, ...overrides };
}

/** One sheet's check as the report words it: its findings with their sentences, a skipped sheet with its reason. */
export interface WordedSheetCheck extends Omit<SheetCheck, 'sheet' | 'findings'> {
  sheet: SheetResult;
  findings: Finding[];
}

export function check(snapshot: SheetSnapshot, overrides: Partial<CheckSettings> = {}): WordedSheetCheck {
  const settings = settingsWith(overrides);
  const checked = checkSheet(snapshot, settings);
  return {
    ...checked,
    sheet: wordSheet(checked.sheet, settings.language),
    findings: checked.findings.map((finding) => wordFinding(finding, settings.language)),
  };
}

export function checkAll(name: string, sheets: readonly SheetSnapshot[], overrides: Partial<CheckSettings> = {}): Report {
  const settings = settingsWith(overrides);
  return wordReport(checkWorkbook({ name, sheets }, settings).report, settings.language);
}

/** The indicator reported for a worksheet row; fails the test when there is none. */
export function indicatorAt(result: { indicators: readonly IndicatorResult[] }, row: number, sheetName?: string): IndicatorResult {
  const found = result.indicators.find((i) => i.row === row && (sheetName === undefined || i.sheet === sheetName));
  if (!found) throw new Error(`No indicator for row ${row}; rows reported: ${result.indicators.map((i) => i.row).join(', ')}`);
  return found;
}

export function findingsOf(result: { findings: readonly Finding[] }, rule?: RuleId): Finding[] {
  return result.findings.filter((f) => rule === undefined || f.rule === rule);
}

/** A compact view of findings for readable assertions: "sum-mismatch F23". */
export function findingKeys(result: { findings: readonly Finding[] }): string[] {
  return result.findings.map((f) => `${f.rule} ${f.cell}`);
}

// ---- the report contract ------------------------------------------------------------------

const schema = JSON.parse(readFileSync(new URL('../fixtures/report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** What in a report breaks report.schema.json (test/fixtures/report.schema.json, the report's contract): [] when nothing does. */
export function validateReport(report: unknown): string[] {
  // As the command line writes it: JSON, so NaN or undefined would show up here as they would there.
  const written = JSON.parse(JSON.stringify(report)) as unknown;
  if (validate(written)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
