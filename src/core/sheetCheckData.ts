/**
 * A sheet's check as plain data, to pass between threads: a structured clone keeps data, not
 * classes, and a table's units are a RowTable. Checks of sheets done on other threads come back
 * this way and join the workbook's check (WorkbookCheck.addChecked) as if done there.
 */
import type { CheckedTable, SheetCheck } from './checkSheet';
import { RowTable } from './rowTable';
import type { Unit } from './units';

export interface SheetCheckData extends Omit<SheetCheck, 'tables'> {
  readonly tables: readonly CheckedTableData[];
}

interface CheckedTableData extends Omit<CheckedTable, 'units'> {
  /** The unit each of the table's rows is checked in, by row, in the table's row order. */
  readonly units: readonly (readonly [row: number, unit: Unit | null])[];
}

export function sheetCheckAsData(check: SheetCheck): SheetCheckData {
  return {
    ...check,
    tables: check.tables.map((table) => ({
      ...table,
      // The units are asked for the table's rows only (an indicator's own row).
      units: table.rows.flatMap(({ row }) => {
        const unit = table.units.get(row);
        return unit === undefined ? [] : [[row, unit] as const];
      }),
    })),
  };
}

export function sheetCheckFromData(data: SheetCheckData): SheetCheck {
  return {
    ...data,
    tables: data.tables.map((table) => {
      const units = RowTable.spanning<Unit | null>(table.rows);
      for (const [row, unit] of table.units) units.set(row, unit);
      return { ...table, units };
    }),
  };
}
