/**
 * sheet-total-mismatch: the total sheet of a district set differs from the sum of the district
 * sheets, for additive indicators in one unit (after converting scales). Same tolerance as
 * sum-mismatch: the rounding shown, summed over the parts; whole counts of discrete things exact.
 * A district without the indicator or the figure leaves the figure unchecked, never counted as zero.
 */
import { cellAddress } from '../address';
import { columnSum, type BreakdownPart } from '../breakdowns';
import type { CheckedTable } from '../checkSheet';
import { agrees, representative } from '../interval';
import type { Finding } from '../report';
import type { TableRow } from '../rows/tableRows';
import type { CheckSettings } from '../settings';
import { findingText, say } from '../../text/strings';
import { extraTolerance, show } from '../checks/rule';
import type { DistrictSet } from './districtSets';

/** A row a sheet's indicator was read from (its figures, with the decimals shown) and the table it is in. */
export interface RowInTable {
  readonly row: TableRow;
  readonly table: CheckedTable;
}

const roles = ['prior', 'plan', 'actual'] as const;

/** `rowAt` gives the table row a sheet's indicator was read from, and its table. */
export function sheetTotalMismatches(
  sets: readonly DistrictSet[],
  rowAt: (sheet: string, row: number) => RowInTable | undefined,
  settings: CheckSettings,
): Finding[] {
  // Held to the tolerance and number display the rules within a sheet use.
  const context = { settings };
  const slack = extraTolerance(context, 0);
  const findings: Finding[] = [];
  for (const set of sets) {
    for (const { total, districts, additive: units } of set.indicators) {
      const totalRow = rowAt(total.sheet, total.row);
      if (!units || !totalRow) continue;
      const parts: BreakdownPart[] = [];
      for (const part of units.parts) {
        const row = rowAt(part.indicator.sheet, part.indicator.row)?.row;
        if (row) parts.push({ row, unit: part.unit, factor: part.factor });
      }
      if (parts.length < districts.length) continue;
      for (const role of roles) {
        // A total sheet of several tables: the column of the table this row is in.
        const figureColumn = totalRow.table.columns[role];
        const column = figureColumn !== undefined && columnSum(role, totalRow.row, units.totalUnit, parts);
        if (!column || agrees(column.sum, column.total, slack)) continue;
        const cell = cellAddress(total.row, figureColumn);
        const expected = representative(column.sum);
        const found = representative(column.total);
        findings.push({
          rule: 'sheet-total-mismatch',
          severity: 'error',
          sheet: total.sheet,
          row: total.row,
          cell,
          column: role,
          expected,
          found,
          message: say(settings.language, findingText.sheetTotalMismatch, {
            cell,
            sheet: total.sheet,
            count: districts.length,
            expected: show(context, expected),
            found: show(context, found),
          }),
        });
      }
    }
  }
  return findings;
}
