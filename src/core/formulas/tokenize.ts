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
const operatorSigns: ReadonlySet<string> = new Set(operators.map((operator) => operator[0]!));

// Sticky (y): each is tried at a position of the formula, which is never cut into pieces; matchAt
// sets the position before every use, so nothing is carried from one use to the next.
const numberPattern = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const cellPattern = /\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?/y;
const columnsPattern = /\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})/y;
const rowsPattern = /\$?(\d+):\$?(\d+)/y;
const sheetPattern = /([\p{L}_\\][\p{L}\p{N}_.]*)!/uy;
const namePattern = /[\p{L}_\\][\p{L}\p{N}_.]*/uy;
const spacePattern = /\s+/y;
const textPattern = /"((?:[^"]|"")*)"/y;
const quotedSheetPattern = /'((?:[^']|'')+)'!/y;
/** What may not follow a reference: then it was the start of a name ("LOG10(") instead. */
const nameContinues = /[\p{L}\p{N}_.(!]/uy;

/** A token and how many characters of the formula it takes. */
type Scanned = { token: Token; length: number } | null;

export function tokenize(formula: string): Token[] | null {
  const tokens: Token[] = [];
  let at = formula.startsWith('=') ? 1 : 0;
  while (at < formula.length) {
    const space = matchAt(spacePattern, formula, at);
    if (space) {
      at += space[0].length;
      continue;
    }
    const scanned = scan(formula, at);
    if (!scanned) return null;
    tokens.push(scanned.token);
    at += scanned.length;
  }
  return tokens;
}

/** The sticky pattern's match at `at`, or null. */
function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function scan(formula: string, at: number): Scanned {
  const first = formula[at]!;
  if (first === '"') return scanText(formula, at);
  if (first === '#') {
    const code = errorCodes.find((c) => formula.slice(at, at + c.length).toUpperCase() === c);
    return code ? { token: { kind: 'error', code }, length: code.length } : null;
  }
  if (first === "'") return scanQuotedSheet(formula, at);
  // No sheet, reference, number or name starts with an operator's sign: the patterns need not be tried.
  if (operatorSigns.has(first)) return scanOperator(formula, at);
  // Most formulas name no other sheet: without a "!" ahead, no sheet name can start here.
  const sheet = formula.includes('!', at) ? matchAt(sheetPattern, formula, at) : null;
  if (sheet) return withSheet(sheet[1]!, formula, at + sheet[0].length, sheet[0].length);
  const reference = scanReference(formula, at, null);
  if (reference) return reference;
  const number = matchAt(numberPattern, formula, at);
  if (number) return { token: { kind: 'number', value: Number(number[0]) }, length: number[0].length };
  const name = matchAt(namePattern, formula, at);
  if (name) return { token: { kind: 'name', name: name[0] }, length: name[0].length };
  return scanOperator(formula, at);
}

function scanOperator(formula: string, at: number): Scanned {
  const operator = operators.find((o) => formula.startsWith(o, at));
  return operator ? { token: { kind: 'operator', operator }, length: operator.length } : null;
}

/** "…" with "" for a quote inside. */
function scanText(formula: string, at: number): Scanned {
  const match = matchAt(textPattern, formula, at);
  return match ? { token: { kind: 'text', value: match[1]!.replace(/""/g, '"') }, length: match[0].length } : null;
}

/** 'Sheet name'!A1, with '' for a quote inside the name. */
function scanQuotedSheet(formula: string, at: number): Scanned {
  const match = matchAt(quotedSheetPattern, formula, at);
  if (!match) return null;
  return withSheet(match[1]!.replace(/''/g, "'"), formula, at + match[0].length, match[0].length);
}

function withSheet(sheet: string, formula: string, at: number, prefixLength: number): Scanned {
  const reference = scanReference(formula, at, sheet);
  return reference ? { token: reference.token, length: prefixLength + reference.length } : null;
}

/** A1, $A$1, A1:B5, A:B, 5:7 at `at`; null when the text there is no reference (or a name that starts like one). */
function scanReference(formula: string, at: number, sheet: string | null): Scanned {
  const cell = matchAt(cellPattern, formula, at);
  // Whole columns and whole rows are rare: looked for only when no cell is written.
  const columns = cell ? null : matchAt(columnsPattern, formula, at);
  const rows = cell || columns ? null : matchAt(rowsPattern, formula, at);
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
  if (!area || matchAt(nameContinues, formula, at + length)) return null;
  return { token: { kind: 'reference', sheet, area }, length };
}

function cellOf(letters: string, digits: string): { row: number; column: number } | null {
  const row = Number(digits);
  const column = columnNumber(letters);
  return row >= 1 && row <= lastRow && column <= lastColumn ? { row, column } : null;
}
