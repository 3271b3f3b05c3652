/** A1-style addresses: column letters and cell names. */

export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  // By code unit, upper-casing each (a to z are A to Z plus 32): read for every reference of every formula.
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i);
    n = n * 26 + ((code >= 97 && code <= 122 ? code - 32 : code) - 64);
  }
  return n;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** A reference another sheet's formula or hyperlink can use: quotes always, doubled inner quotes. */
export function sheetCellReference(sheet: string, row: number, column: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${cellAddress(row, column)}`;
}

/** Parses "B12" or "$B$12" into a 1-based position; null for anything else. */
export function parseCellAddress(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), column: columnNumber(m[1]!) };
}
