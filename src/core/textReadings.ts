import { directionOf } from './direction';
import { isLabelHeading } from './layout/headerBlock';
import { memoize } from './memo';
import type { Direction } from './report';
import { splitBreakdownMarker, type LabelMarker } from './rows/breakdownWords';
import { parseRowCode, splitLeadingCode, type RowCode } from './rows/numbering';
import { namesStructure } from './structureRows';
import { cleanText } from './textFold';
import { parseUnit, unitInText, type Unit } from './units';
import { createFigureTexts, type FigureTexts } from './values';

/**
 * What one check run reads from texts, each distinct text once: the sheets of a workbook (and the
 * rows of a sheet) repeat the same labels, codes, units, number formats and typed figures. Made
 * per run, so nothing is remembered from one check to the next.
 */
export interface TextReadings extends FigureTexts {
  readonly cleanText: (text: string) => string;
  readonly breakdownMarker: (label: string) => LabelMarker | null;
  readonly rowCode: (text: string) => RowCode | null;
  readonly leadingCode: (label: string) => { code: RowCode; rest: string } | null;
  readonly unit: (text: string) => Unit | null;
  readonly unitInLabel: (label: string) => { unit: Unit; textWithoutUnit: string } | null;
  readonly direction: (label: string) => Direction;
  /** Whether a label names a structure ("Cơ cấu kinh tế"): asked of every indicator and its parent. */
  readonly namesStructure: (label: string) => boolean;
  /** Whether a cell reads "Chỉ tiêu": looked for on every row, for tables further down. */
  readonly labelHeading: (text: string) => boolean;
}

export function createTextReadings(): TextReadings {
  return {
    ...createFigureTexts(),
    cleanText: memoize(cleanText),
    breakdownMarker: memoize(splitBreakdownMarker),
    rowCode: memoize(parseRowCode),
    leadingCode: memoize(splitLeadingCode),
    unit: memoize(parseUnit),
    unitInLabel: memoize(unitInText),
    direction: memoize(directionOf),
    namesStructure: memoize(namesStructure),
    labelHeading: memoize(isLabelHeading),
  };
}
