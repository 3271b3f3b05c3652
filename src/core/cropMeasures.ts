/**
 * A crop's three measures: its area, its yield (output per harvested area) and its output. A row
 * is one of them by its unit first (an area, a mass per area, a mass) and its name second
 * (vocabulary/cropMeasureWords.ts), so a row in tấn named otherwise ("Phân bón") is none.
 */
import type { TableRow } from './rows/tableRows';
import { foldWords } from './textFold';
import type { Unit } from './units';
import { cropMeasureWords } from './vocabulary/cropMeasureWords';

export type CropMeasure = keyof typeof cropMeasureWords;

const areaBase = 'ha';
const massBase = 'tấn';
const yieldBase = `${massBase}/${areaBase}`;

function measureOfUnit(unit: Unit): CropMeasure | null {
  if (unit.kind === 'count' && unit.base === areaBase) return 'area';
  if (unit.kind === 'count' && unit.base === massBase) return 'output';
  if (unit.kind === 'other' && unit.base === yieldBase) return 'yield';
  return null;
}

const wordsOf: ReadonlyMap<CropMeasure, ReadonlySet<string>> = new Map(
  (Object.keys(cropMeasureWords) as CropMeasure[]).map((measure) => [measure, new Set<string>(cropMeasureWords[measure])]),
);

/** Which of a crop's measures a label and unit name, or null. */
export function cropMeasureOf(label: string, unit: Unit | null): CropMeasure | null {
  const measure = unit ? measureOfUnit(unit) : null;
  return measure && wordsOf.get(measure)!.has(foldWords(label)) ? measure : null;
}

/** One crop's measures as the sheet lists them together; several areas where it lists several. */
export interface CropBlock {
  readonly areas: readonly TableRow[];
  readonly yieldRow: TableRow;
  readonly output: TableRow;
}

/**
 * The crops of a table: runs of consecutive measure rows, each crop closed by its output row.
 * A crop is read only where its rows hold its areas, then one yield, then its output: two yields,
 * or a yield out of that order, leave which figure goes with which unknown. Any other row between
 * them ends the run.
 */
export function cropBlocks(rows: readonly TableRow[]): CropBlock[] {
  const blocks: CropBlock[] = [];
  let areas: TableRow[] = [];
  let yields: TableRow[] = [];
  for (const row of rows) {
    const measure = row.isSection ? null : cropMeasureOf(row.label, row.unit);
    // An area after a yield starts the next crop: a yield stays with the area above it.
    if (measure === 'area' && yields.length > 0) {
      areas = [];
      yields = [];
    }
    if (measure === 'area') areas.push(row);
    else if (measure === 'yield') yields.push(row);
    else if (measure === 'output' && yields.length === 1 && areas.length > 0) blocks.push({ areas, yieldRow: yields[0]!, output: row });
    if (measure === null || measure === 'output') {
      areas = [];
      yields = [];
    }
  }
  return blocks;
}
