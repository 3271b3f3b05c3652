/**
 * One sheet per district (or commune) plus a total sheet with the same indicators: which checked
 * sheets form such a set, which of them is the total, and each indicator lined up across them.
 * A pure function of the report, so the check and the summary plan find the same sets.
 */
import { memoize } from '../memo';
import type { IndicatorResult, SheetResult } from '../report';
import { parseUnit, type Unit } from '../units';
import { findTotalSheet } from './findTotalSheet';
import { additiveFactors, createKeyFolder, keySheet, lineUp, overlap, type KeyFolder, type KeyedSheet } from './matchIndicators';

export interface MatchedIndicator {
  /** The indicator on the total sheet. */
  readonly total: IndicatorResult;
  /** Per district sheet, in the set's order; undefined where that sheet lacks the indicator. */
  readonly districts: readonly (IndicatorResult | undefined)[];
}

export interface DistrictSet {
  readonly totalSheet: string;
  readonly districtSheets: readonly string[];
  /** The total sheet's indicators that some district sheet has too, in the total sheet's order. */
  readonly indicators: readonly MatchedIndicator[];
}

/** Sheets "largely match" when this share of the smaller one's indicators is on the other. */
const MIN_OVERLAP = 0.6;
/** Fewer indicators than this say too little about what a sheet holds. */
const MIN_INDICATORS = 3;
/** At least two districts and their total. */
const MIN_SHEETS = 3;

export function findDistrictSets(report: { readonly sheets: readonly Pick<SheetResult, 'name' | 'status'>[]; readonly indicators: readonly IndicatorResult[] }): DistrictSet[] {
  const bySheet = new Map<string, IndicatorResult[]>();
  for (const indicator of report.indicators) {
    const list = bySheet.get(indicator.sheet);
    if (list) list.push(indicator);
    else bySheet.set(indicator.sheet, [indicator]);
  }
  const folder = createKeyFolder();
  const candidates = report.sheets
    .filter((sheet) => sheet.status === 'checked' && (bySheet.get(sheet.name)?.length ?? 0) >= MIN_INDICATORS)
    .map((sheet): CandidateSheet => ({ name: sheet.name, byLabel: keySheet(bySheet.get(sheet.name)!, 'label', folder) }));

  // Each sheet joins the first group whose first sheet it largely matches: sheets × groups, not sheets².
  const groups: CandidateSheet[][] = [];
  for (const sheet of candidates) {
    const group = groups.find(([first]) => overlap(first!.byLabel, sheet.byLabel) >= MIN_OVERLAP);
    if (group) group.push(sheet);
    else groups.push([sheet]);
  }

  const unitOf = memoize(parseUnit);
  return groups.flatMap((group) => {
    const set = group.length >= MIN_SHEETS ? districtSet(group, folder, unitOf) : null;
    return set ? [set] : [];
  });
}

interface CandidateSheet {
  readonly name: string;
  /** Keyed by label alone: enough to group sheets and find the total; keys by number wait for bestLineUp. */
  readonly byLabel: KeyedSheet;
}

function districtSet(group: readonly CandidateSheet[], folder: KeyFolder, unitOf: (text: string) => Unit | null): DistrictSet | null {
  const names = group.map((sheet) => sheet.name);
  const total = findTotalSheet(names, () => lineUp(group.map((sheet) => sheet.byLabel)), unitOf);
  if (total === null) return null;
  const ordered = [group[total]!, ...group.filter((_, i) => i !== total)];
  const rows = bestLineUp(ordered, folder);
  // Sheets that share only labels (lists, rates, headings) have no total to check nor sum to show.
  if (!rows.some(([first, ...districts]) => additiveFactors(first!, districts, unitOf) !== null)) return null;
  return {
    totalSheet: names[total]!,
    districtSheets: names.filter((_, i) => i !== total),
    indicators: rows.map(([first, ...districts]) => ({ total: first!, districts })),
  };
}

/**
 * Numbers keep repeated labels apart ("1.2 - Diện tích"); but a sheet numbered 1…n, or one without
 * numbers, lines up better by label alone. The keys that line up more indicators on every sheet win.
 */
function bestLineUp(sheets: readonly CandidateSheet[], folder: KeyFolder): (IndicatorResult | undefined)[][] {
  const complete = (rows: (IndicatorResult | undefined)[][]) => rows.filter((row) => row.every((indicator) => indicator !== undefined)).length;
  const byCode = lineUp(sheets.map((sheet) => keySheet(sheet.byLabel.indicators, 'codeAndLabel', folder)));
  const byLabel = lineUp(sheets.map((sheet) => sheet.byLabel));
  return complete(byCode) >= complete(byLabel) ? byCode : byLabel;
}
