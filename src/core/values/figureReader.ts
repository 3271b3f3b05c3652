/** readFigure for the cells of one column, reading what repeats down the column once. */
import { memoize } from '../memo';
import type { CellValue } from '../snapshot';
import type { Figure, NumberStyle } from './figure';
import { readFormatSections, type FormatReading } from './numberFormat';
import { readNumericCell, readOtherCell } from './readFigure';
import { readTextFigure } from './textFigure';

export type FigureReader = (value: CellValue, numberFormat: string | null, style: NumberStyle) => Figure;

/** Format codes and typed texts read once each, for as long as the tables are kept (one check run). */
export interface FigureTexts {
  readonly formatSections: (format: string) => readonly FormatReading[];
  readonly typedFigure: { readonly [S in NumberStyle]: (text: string) => Figure };
}

export function createFigureTexts(): FigureTexts {
  return {
    formatSections: memoize((format: string) => readFormatSections(format)),
    typedFigure: {
      vi: memoize((text: string) => readTextFigure(text, 'vi')),
      en: memoize((text: string) => readTextFigure(text, 'en')),
    },
  };
}

/**
 * Same figures as readFigure, for the cells of one column. Figures read from the same text are
 * one shared (unchanging) object. Most cells have the format of the cell above: that one is at hand.
 */
export function createFigureReader(texts: FigureTexts): FigureReader {
  let lastFormat = '';
  let lastSections = texts.formatSections(lastFormat);
  return (value, numberFormat, style) => {
    if (typeof value === 'number') {
      const format = numberFormat ?? '';
      if (format !== lastFormat) {
        lastFormat = format;
        lastSections = texts.formatSections(format);
      }
      return readNumericCell(value, lastSections);
    }
    if (typeof value === 'string') return texts.typedFigure[style](value);
    if (value === null) return { kind: 'empty' };
    return readOtherCell(value);
  };
}
