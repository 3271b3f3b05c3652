/**
 * sheet-total-mismatch: the total sheet of a district set differs from the sum of the district
 * sheets, for additive indicators in one unit (after converting scales). Same tolerance as
 * sum-mismatch: the rounding shown, summed over the parts; whole counts of discrete things exact.
 * A district without the indicator or the figure leaves the figure unchecked, never counted as zero.
 */
import { columnNumber } from '../address';
import { columnSum, type BreakdownPart } from '../breakdowns';
import { agrees, representative } from '../interval';
import { memoize } from '../memo';
import type { IndicatorResult, SheetOutcome } from '../report';
import type { TableRow } from '../rows/tableRows';
import type { CheckSettings } from '../settings';
import { parseUnit } from '../units';
import { extraTolerance, findingOf, ruleMeta, type FindingOf } from '../checks/rule';
import type { DistrictSet } from './districtSets';
import { additiveFactors } from './matchIndicators';

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

/** The sheets and indicators a check has found so far: what a workbook's rule looks at. */
export interface WorkbookSoFar {
  readonly sheets: readonly SheetOutcome[];
  readonly indicators: readonly IndicatorResult[];
}

/** `rowAt` gives the table row a sheet's indicator was read from (its figures, with the decimals shown). */
function check(
  workbook: WorkbookSoFar,
  sets: readonly DistrictSet[],
  rowAt: (sheet: string, row: number) => TableRow | undefined,
  settings: CheckSettings,
): FindingOf<typeof meta>[] {
  const unitOf = memoize(parseUnit);
  // Held to the tolerance the rules within a sheet use.
  const slack = extraTolerance({ settings }, 0);
  const findings: FindingOf<typeof meta>[] = [];
  for (const set of sets) {
    const totalSheet = workbook.sheets.find((sheet) => sheet.name === set.totalSheet);
    const columns = totalSheet?.status === 'checked' ? totalSheet.columns : {};
    for (const { total, districts } of set.indicators) {
      const units = additiveFactors(total, districts, unitOf);
      const totalRow = rowAt(total.sheet, total.row);
      if (!units || !totalRow) continue;
      const parts: BreakdownPart[] = [];
      for (const part of units.parts) {
        const row = rowAt(part.indicator.sheet, part.indicator.row);
        if (row) parts.push({ row, unit: part.unit, factor: part.factor });
      }
      if (parts.length < districts.length) continue;
      for (const role of roles) {
        const letters = columns[role];
        const column = letters && columnSum(role, totalRow, units.totalUnit, parts);
        if (!column || agrees(column.sum, column.total, slack)) continue;
        const expected = representative(column.sum);
        const found = representative(column.total);
        findings.push(
          findingOf(meta, total.sheet, {
            messageId: 'sheetTotalDiffers',
            row: total.row,
            column: columnNumber(letters),
            role,
            expected,
            found,
            data: { sheet: total.sheet, count: String(districts.length), expected, found },
          }),
        );
      }
    }
  }
  return findings;
}
