/** What one sheet knows per worksheet row (its place, unit, direction…), for reading only. */
export interface RowLookup<T> {
  get(row: number): T | undefined;
  has(row: number): boolean;
}

/**
 * A Map from worksheet row to a value, for the per-row facts of one sheet. Rows are small
 * integers from the first data row on, so an array indexed from there does a Map's job without
 * hashing or growing hash tables: every step of the check keeps several of these per row.
 */
export class RowTable<T extends NonNullable<unknown> | null> implements RowLookup<T> {
  private readonly values: (T | undefined)[];

  /** `size`: how many rows from `firstRow` on it will hold, when known, so it is allocated once. */
  constructor(
    private readonly firstRow: number,
    size = 0,
  ) {
    this.values = new Array<T | undefined>(size);
  }

  /** A table for per-row facts of these rows (in sheet order), from the first row to the last. */
  static spanning<T extends NonNullable<unknown> | null>(rows: readonly { readonly row: number }[]): RowTable<T> {
    const first = rows[0]?.row ?? 0;
    return new RowTable<T>(first, rows.length === 0 ? 0 : rows[rows.length - 1]!.row - first + 1);
  }

  get(row: number): T | undefined {
    return row >= this.firstRow ? this.values[row - this.firstRow] : undefined;
  }

  has(row: number): boolean {
    return this.get(row) !== undefined;
  }

  set(row: number, value: T): void {
    if (row < this.firstRow) throw new RangeError(`Row ${row} is above the table, which starts at row ${this.firstRow}.`);
    this.values[row - this.firstRow] = value;
  }
}
