/** Reads one cell, numeric or typed, into a figure. */
import { isCellError, type CellValue } from '../snapshot';
import { storedDecimals, withoutFloatNoise } from './floatNoise';
import type { Figure, NumberStyle } from './figure';
import { readNumberFormat } from './numberFormat';
import { readTextFigure } from './textFigure';

export interface FigureCell {
  value: CellValue;
  numberFormat?: string | null;
}

function readNumericCell(value: number, numberFormat: string | null | undefined): Figure {
  if (!Number.isFinite(value)) return { kind: 'unreadable', text: String(value) };
  const format = readNumberFormat(numberFormat, value);
  // A percentage format shows a ratio: 0.73 is the 73 a reader sees and the sheet's other "%" rows hold.
  const shown = format.percent ? withoutFloatNoise(value * 100) : value;
  // 1.8e306 shown as a percentage is past what a number can hold.
  if (!Number.isFinite(shown)) return { kind: 'unreadable', text: String(value) };
  return { kind: 'number', value: shown, qualifier: null, decimals: format.decimals ?? storedDecimals(shown), text: null };
}

/** `style` decides typed numbers such as "13.225" that read either way; see decideNumberStyle. */
export function readFigure(cell: FigureCell, style: NumberStyle): Figure {
  const { value } = cell;
  if (value === null) return { kind: 'empty' };
  if (typeof value === 'number') return readNumericCell(value, cell.numberFormat);
  if (typeof value === 'string') return readTextFigure(value, style);
  if (typeof value === 'boolean') return { kind: 'unreadable', text: value ? 'TRUE' : 'FALSE' };
  // An Excel error, or anything else a reader let through (a date object, say).
  return { kind: 'unreadable', text: isCellError(value) ? value.error : String(value) };
}
