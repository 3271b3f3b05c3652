/** How what Office.js returns for a cell becomes a snapshot cell: value, formula and style. */
import { snapshotStyle, type CellStyle, type CellValue } from '../../core/model';

/** Values are locale-independent; an error cell holds its error text ("#DIV/0!"). */
export function cellValueOf(raw: unknown, type: string | undefined, formula: string | null): CellValue {
  if (type === 'Error') return { error: String(raw) };
  // An empty cell reads "" with type Empty; "" of type String is an empty text (a file can hold one).
  if (raw === '' || raw === null || raw === undefined) return raw === '' && (formula !== null || type === 'String') ? '' : null;
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  return String(raw);
}

/** Range.formulas holds the constant itself for a constant cell: only "=…" is a formula. */
export function formulaOf(raw: unknown): string | null {
  return typeof raw === 'string' && raw.startsWith('=') ? raw : null;
}

/** "General" is no format at all. */
export function numberFormatOf(raw: unknown): string | null {
  return typeof raw === 'string' && raw !== 'General' ? raw : null;
}

export function styleOf(properties: Excel.CellProperties | undefined): CellStyle | null {
  const format = properties?.format;
  return format ? snapshotStyle(format.indentLevel, format.font?.bold, format.font?.name) : null;
}
