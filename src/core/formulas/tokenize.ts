/** Splits a formula's text into tokens; null for anything outside the supported grammar. */
import { columnNumber } from '../address';
import type { CellRange } from '../snapshot';
import { lastColumn, lastRow } from './ast';

export type Token =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'error'; readonly code: string }
  /** `sheet` is the name before "!", null when the formula names no sheet. */
  | { readonly kind: 'reference'; readonly sheet: string | null; readonly area: CellRange }
  /** A function name, TRUE or FALSE, or a defined name. */
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'operator'; readonly operator: string };

const errorCodes = ['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!'];
const operators = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%', '(', ')', ','];

const numberPattern = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const cellPattern = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?/;
const columnsPattern = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})/;
const rowsPattern = /^\$?(\d+):\$?(\d+)/;
const sheetPattern = /^([\p{L}_\\][\p{L}\p{N}_.]*)!/u;
const namePattern = /^[\p{L}_\\][\p{L}\p{N}_.]*/u;
/** What may not follow a reference: then it was the start of a name ("LOG10(") instead. */
const nameContinues = /^[\p{L}\p{N}_.(!]/u;

export function tokenize(formula: string): Token[] | null {
  const tokens: Token[] = [];
  let at = formula.startsWith('=') ? 1 : 0;
  while (at < formula.length) {
    const rest = formula.slice(at);
    const space = /\s/.test(rest[0]!) ? /^\s+/.exec(rest) : null;
    if (space) {
      at += space[0].length;
      continue;
    }
    const scanned = scan(rest);
    if (!scanned) return null;
    tokens.push(scanned.token);
    at += scanned.length;
  }
  return tokens;
}

function scan(rest: string): { token: Token; length: number } | null {
  const first = rest[0]!;
  if (first === '"') return scanText(rest);
  if (first === '#') {
    const code = errorCodes.find((c) => rest.toUpperCase().startsWith(c));
    return code ? { token: { kind: 'error', code }, length: code.length } : null;
  }
  if (first === "'") return scanQuotedSheet(rest);
  const sheet = sheetPattern.exec(rest);
  if (sheet) return withSheet(sheet[1]!, rest.slice(sheet[0].length), sheet[0].length);
  const reference = scanReference(rest, null);
  if (reference) return reference;
  const number = numberPattern.exec(rest);
  if (number) return { token: { kind: 'number', value: Number(number[0]) }, length: number[0].length };
  const name = namePattern.exec(rest);
  if (name) return { token: { kind: 'name', name: name[0] }, length: name[0].length };
  const operator = operators.find((o) => rest.startsWith(o));
  return operator ? { token: { kind: 'operator', operator }, length: operator.length } : null;
}

/** "…" with "" for a quote inside. */
function scanText(rest: string): { token: Token; length: number } | null {
  const match = /^"((?:[^"]|"")*)"/.exec(rest);
  return match ? { token: { kind: 'text', value: match[1]!.replace(/""/g, '"') }, length: match[0].length } : null;
}

/** 'Sheet name'!A1, with '' for a quote inside the name. */
function scanQuotedSheet(rest: string): { token: Token; length: number } | null {
  const match = /^'((?:[^']|'')+)'!/.exec(rest);
  if (!match) return null;
  return withSheet(match[1]!.replace(/''/g, "'"), rest.slice(match[0].length), match[0].length);
}

function withSheet(sheet: string, rest: string, prefixLength: number): { token: Token; length: number } | null {
  const reference = scanReference(rest, sheet);
  return reference ? { token: reference.token, length: prefixLength + reference.length } : null;
}

/** A1, $A$1, A1:B5, A:B, 5:7; null when the text is no reference (or a name that starts like one). */
function scanReference(rest: string, sheet: string | null): { token: Token; length: number } | null {
  const cell = cellPattern.exec(rest);
  // Whole columns and whole rows are rare: looked for only when no cell is written.
  const columns = cell ? null : columnsPattern.exec(rest);
  const rows = cell || columns ? null : rowsPattern.exec(rest);
  let area: CellRange | null = null;
  let length = 0;
  if (cell) {
    const from = cellOf(cell[1]!, cell[2]!);
    const to = cell[3] ? cellOf(cell[3], cell[4]!) : from;
    if (from && to) area = { top: Math.min(from.row, to.row), left: Math.min(from.column, to.column), bottom: Math.max(from.row, to.row), right: Math.max(from.column, to.column) };
    length = cell[0].length;
  } else if (columns) {
    const [a, b] = [columnNumber(columns[1]!), columnNumber(columns[2]!)];
    if (Math.max(a, b) <= lastColumn) area = { top: 1, left: Math.min(a, b), bottom: lastRow, right: Math.max(a, b) };
    length = columns[0].length;
  } else if (rows) {
    const [a, b] = [Number(rows[1]), Number(rows[2])];
    if (Math.min(a, b) >= 1 && Math.max(a, b) <= lastRow) area = { top: Math.min(a, b), left: 1, bottom: Math.max(a, b), right: lastColumn };
    length = rows[0].length;
  }
  if (!area || nameContinues.test(rest.slice(length))) return null;
  return { token: { kind: 'reference', sheet, area }, length };
}

function cellOf(letters: string, digits: string): { row: number; column: number } | null {
  const row = Number(digits);
  const column = columnNumber(letters);
  return row >= 1 && row <= lastRow && column <= lastColumn ? { row, column } : null;
}
