/** Reads one cell, numeric or typed, into a figure. */
import { isCellError, type CellValue } from '../snapshot';
import { storedDecimals, withoutFloatNoise } from './floatNoise';
import type { Figure, NumberStyle } from './figure';
import { readFormatSections, sectionForValue, type FormatReading } from './numberFormat';
import { readTextFigure } from './textFigure';

export interface FigureCell {
  value: CellValue;
  numberFormat?: string | null;
}

/** A numeric cell shown through its format's sections (see readFormatSections). */
export function readNumericCell(value: number, formatSections: readonly FormatReading[]): Figure {
  if (!Number.isFinite(value)) return { kind: 'unreadable', text: String(value) };
  const format = sectionForValue(formatSections, value);
  // A percentage format shows a ratio: 0.73 is the 73 a reader sees and the sheet's other "%" rows hold.
  const shown = format.percent ? withoutFloatNoise(value * 100) : value;
  // 1.8e306 shown as a percentage is past what a number can hold.
  if (!Number.isFinite(shown)) return { kind: 'unreadable', text: String(value) };
  return { kind: 'number', value: shown, qualifier: null, decimals: format.decimals ?? storedDecimals(shown), text: null };
}

/** A cell that holds neither a number nor a text. */
export function readOtherCell(value: Exclude<CellValue, number | string | null>): Figure {
  if (typeof value === 'boolean') return { kind: 'unreadable', text: value ? 'TRUE' : 'FALSE' };
  // An Excel error, or anything else a reader let through (a date object, say).
  return { kind: 'unreadable', text: isCellError(value) ? value.error : String(value) };
}

/** `style` decides typed numbers such as "13.225" that read either way; see decideNumberStyle. */
export function readFigure(cell: FigureCell, style: NumberStyle): Figure {
  const { value } = cell;
  if (value === null) return { kind: 'empty' };
  if (typeof value === 'number') return readNumericCell(value, readFormatSections(cell.numberFormat));
  if (typeof value === 'string') return readTextFigure(value, style);
  return readOtherCell(value);
}
