/**
 * A shared formula as it reads in each cell it covers: Excel stores the formula once, in the first
 * cell (<f t="shared" ref="B2:B90" si="0">SUM(C2:D2)</f>), and the others only point to it
 * (<f t="shared" si="0"/>); each holds the formula with its relative references moved by the
 * cell's distance from the first, as when the formula is filled down or across.
 *
 * References are moved where they are references: not inside text ("A1"), sheet names
 * ('Q1 2020'!A1), structured references ([@Col1]), or function names (LOG10(…)). A reference
 * moved off the sheet becomes #REF!, as in Excel.
 */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** Characters of a bare name, cell reference or number in a formula. */
const WORD_CHAR = /[\p{L}\p{N}_.$\\]/u;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d+)$/;

export function translateFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  let out = '';
  let at = 0;
  while (at < formula.length) {
    const char = formula[at]!;
    if (char === '"' || char === "'") {
      const end = closingQuote(formula, at);
      out += formula.slice(at, end);
      at = end;
    } else if (char === '[') {
      const end = closingBracket(formula, at);
      out += formula.slice(at, end);
      at = end;
    } else if (WORD_CHAR.test(char)) {
      let end = at + 1;
      while (end < formula.length && WORD_CHAR.test(formula[end]!)) end++;
      const word = formula.slice(at, end);
      const next = formula[end];
      if (next === '(' || next === '!' || next === '[') {
        out += word;
      } else if (next === ':' && isWholeLine(word, formula, end)) {
        // A:C or 2:5, whole columns or rows: both ends move the same way.
        let second = end + 1;
        while (second < formula.length && WORD_CHAR.test(formula[second]!)) second++;
        out += `${moveLine(word, rows, columns)}:${moveLine(formula.slice(end + 1, second), rows, columns)}`;
        end = second;
      } else {
        out += moveCell(word, rows, columns);
      }
      at = end;
    } else {
      out += char;
      at++;
    }
  }
  return out;
}

/** Index just past the quote closing the one at `start` ("" or '' inside stands for one quote). */
function closingQuote(formula: string, start: number): number {
  const quote = formula[start];
  let at = start + 1;
  while (at < formula.length) {
    if (formula[at] === quote) {
      if (formula[at + 1] !== quote) return at + 1;
      at++;
    }
    at++;
  }
  return at;
}

function closingBracket(formula: string, start: number): number {
  let depth = 0;
  for (let at = start; at < formula.length; at++) {
    if (formula[at] === '[') depth++;
    else if (formula[at] === ']' && --depth === 0) return at + 1;
  }
  return formula.length;
}

function isWholeLine(word: string, formula: string, colon: number): boolean {
  let end = colon + 1;
  while (end < formula.length && WORD_CHAR.test(formula[end]!)) end++;
  const other = formula.slice(colon + 1, end);
  return (COLUMN.test(word) && COLUMN.test(other)) || (ROW.test(word) && ROW.test(other));
}

function moveCell(word: string, rows: number, columns: number): string {
  const match = CELL.exec(word);
  if (!match) return word;
  const [, columnFixed, letters, rowFixed, digits] = match as unknown as [string, string, string, string, string];
  const column = columnNumberOf(letters);
  const row = Number(digits);
  if (column > MAX_COLUMN || row < 1 || row > MAX_ROW) return word;
  const newColumn = columnFixed ? column : column + columns;
  const newRow = rowFixed ? row : row + rows;
  if (newColumn < 1 || newColumn > MAX_COLUMN || newRow < 1 || newRow > MAX_ROW) return '#REF!';
  return `${columnFixed}${columnLetters(newColumn)}${rowFixed}${newRow}`;
}

function moveLine(word: string, rows: number, columns: number): string {
  const column = COLUMN.exec(word);
  if (column) {
    const [, fixed, letters] = column as unknown as [string, string, string];
    const moved = fixed ? columnNumberOf(letters) : columnNumberOf(letters) + columns;
    return moved < 1 || moved > MAX_COLUMN ? '#REF!' : `${fixed}${columnLetters(moved)}`;
  }
  const [, fixed, digits] = ROW.exec(word) as unknown as [string, string, string];
  const moved = fixed ? Number(digits) : Number(digits) + rows;
  return moved < 1 || moved > MAX_ROW ? '#REF!' : `${fixed}${moved}`;
}

function columnNumberOf(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
