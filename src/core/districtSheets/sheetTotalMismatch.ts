/**
 * sheet-total-mismatch: the total sheet of a district set differs from the sum of the district
 * sheets, for additive indicators in one unit (after converting scales). Same tolerance as
 * sum-mismatch: the rounding shown, summed over the parts; whole counts of discrete things exact.
 * A district without the indicator or the figure leaves the figure unchecked, never counted as zero.
 */
import { cellAddress, columnNumber } from '../address';
import { columnSum, type BreakdownPart } from '../breakdowns';
import { agrees, representative } from '../interval';
import { memoize } from '../memo';
import type { Finding, Report } from '../report';
import type { TableRow } from '../rows/tableRows';
import type { CheckSettings } from '../settings';
import { parseUnit } from '../units';
import { findingText, say } from '../../text/strings';
import { extraTolerance, show } from '../checks/rule';
import type { DistrictSet } from './districtSets';
import { additiveFactors } from './matchIndicators';

const roles = ['prior', 'plan', 'actual'] as const;

/** `rowAt` gives the table row a sheet's indicator was read from (its figures, with the decimals shown). */
export function sheetTotalMismatches(
  report: Report,
  sets: readonly DistrictSet[],
  rowAt: (sheet: string, row: number) => TableRow | undefined,
  settings: CheckSettings,
): Finding[] {
  const unitOf = memoize(parseUnit);
  // Held to the tolerance and number display the rules within a sheet use.
  const context = { settings };
  const slack = extraTolerance(context, 0);
  const findings: Finding[] = [];
  for (const set of sets) {
    const columns = report.sheets.find((sheet) => sheet.name === set.totalSheet)?.columns ?? {};
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
        const cell = cellAddress(total.row, columnNumber(letters));
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
