/**
 * One sheet per district (or commune) plus a total sheet with the same indicators: which checked
 * sheets form such a set, which of them is the total, and each indicator lined up across them.
 * Found once by the check; the sheet-total check and the summary plan both take them from it.
 */
import type { IndicatorResult } from '../report';
import { findTotalSheet } from './findTotalSheet';
import { additiveFactors, createKeyFolder, keySheet, lineUp, overlap, type AdditiveParts, type KeyFolder, type KeyedSheet, type UnitOf } from './matchIndicators';

export interface MatchedIndicator {
  /** The indicator on the total sheet. */
  readonly total: IndicatorResult;
  /** Per district sheet, in the set's order; undefined where that sheet lacks the indicator. */
  readonly districts: readonly (IndicatorResult | undefined)[];
  /** How the districts' figures add up to the total's, when they do (same quantity, a unit that adds). */
  readonly additive: AdditiveParts | null;
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

/** A checked sheet's name and indicators, in sheet order. */
export interface SheetIndicators {
  readonly name: string;
  readonly indicators: readonly IndicatorResult[];
}

/** `unitOf` gives the unit the check read an indicator in. */
export function findDistrictSets(sheets: readonly SheetIndicators[], unitOf: UnitOf): DistrictSet[] {
  const folder = createKeyFolder();
  const candidates = sheets
    .filter((sheet) => sheet.indicators.length >= MIN_INDICATORS)
    .map((sheet): CandidateSheet => ({ name: sheet.name, byLabel: keySheet(sheet.indicators, 'label', folder) }));

  // Each sheet joins the first group whose first sheet it largely matches: sheets × groups, not sheets².
  const groups: CandidateSheet[][] = [];
  for (const sheet of candidates) {
    const group = groups.find(([first]) => overlap(first!.byLabel, sheet.byLabel) >= MIN_OVERLAP);
    if (group) group.push(sheet);
    else groups.push([sheet]);
  }

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

function districtSet(group: readonly CandidateSheet[], folder: KeyFolder, unitOf: UnitOf): DistrictSet | null {
  const names = group.map((sheet) => sheet.name);
  const total = findTotalSheet(names, () => lineUp(group.map((sheet) => sheet.byLabel)), unitOf);
  if (total === null) return null;
  const ordered = [group[total]!, ...group.filter((_, i) => i !== total)];
  const indicators = bestLineUp(ordered, folder).map(([first, ...districts]) => ({
    total: first!,
    districts,
    additive: additiveFactors(first!, districts, unitOf),
  }));
  // Sheets that share only labels (lists, rates, headings) have no total to check nor sum to show.
  if (!indicators.some((indicator) => indicator.additive !== null)) return null;
  return { totalSheet: names[total]!, districtSheets: names.filter((_, i) => i !== total), indicators };
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
