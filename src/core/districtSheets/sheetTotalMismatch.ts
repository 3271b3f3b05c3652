/**
 * sheet-total-mismatch: the total sheet of a district set differs from the sum of the district
 * sheets, for additive indicators in one unit (after converting scales). Same tolerance as
 * sum-mismatch: the rounding shown, summed over the parts; whole counts of discrete things exact.
 * A district without the indicator or the figure leaves the figure unchecked, never counted as zero.
 */
import { columnSum, type BreakdownPart } from '../breakdowns';
import type { CheckedTable } from '../checkSheet';
import { agrees, representative, shownFigure } from '../interval';
import type { TableRow } from '../rows/tableRows';
import type { CheckSettings } from '../settings';
import { extraTolerance, findingOf, ruleMeta, type FindingOf } from '../checks/rule';
import type { DistrictSet } from './districtSets';

/** A row a sheet's indicator was read from (its figures, with the decimals shown) and the table it is in. */
export interface RowInTable {
  readonly row: TableRow;
  readonly table: CheckedTable;
}

const roles = ['prior', 'plan', 'actual'] as const;

const meta = ruleMeta({
  id: 'sheet-total-mismatch',
  scope: 'workbook',
  severity: 'error',
  description: 'The total sheet of a district set differs from the sum of its district sheets.',
  messages: {
    sheetTotalDiffers: {
      vi: 'Tổng của {{count}} trang đơn vị (huyện, xã) là {{expected}}, khác số {{found}} ở ô {{cell}} trang "{{sheet}}": kiểm tra lại số của trang tổng hoặc của các trang đơn vị.',
      en: 'The {{count}} district sheets add up to {{expected}}, not the {{found}} in {{cell}} on "{{sheet}}": check the total sheet or the district sheets.',
    },
  },
});

export const sheetTotalMismatch = { meta, check };

/** `rowAt` gives the table row a sheet's indicator was read from, and its table. */
function check(
  sets: readonly DistrictSet[],
  rowAt: (sheet: string, row: number) => RowInTable | undefined,
  settings: CheckSettings,
): FindingOf<typeof meta>[] {
  // Held to the tolerance the rules within a sheet use.
  const slack = extraTolerance({ settings }, 0);
  const findings: FindingOf<typeof meta>[] = [];
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
        const expected = representative(column.sum);
        const found = representative(column.total);
        findings.push(
          findingOf(meta, total.sheet, {
            messageId: 'sheetTotalDiffers',
            row: total.row,
            column: figureColumn,
            role,
            expected,
            found,
            data: { sheet: total.sheet, count: String(districts.length), expected: shownFigure(column.sum), found: shownFigure(column.total) },
          }),
        );
      }
    }
  }
  return findings;
}
