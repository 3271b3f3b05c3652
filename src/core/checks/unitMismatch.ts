import { findingText, say } from '../../text/strings';
import { findingAt, type Rule } from './rule';

/**
 * unit-mismatch: parts in another unit of the same quantity as their total (tỷ đồng under a total
 * in triệu đồng). The sum check converts them; this names the mix-up, on the total's unit cell.
 */
export const unitMismatch: Rule = {
  id: 'unit-mismatch',
  check(context) {
    const unitColumn = context.layout.columns.unit ?? context.layout.columns.label!;
    const findings = [];
    for (const breakdown of context.structure.breakdowns) {
      // Almost every breakdown is in one unit: seen without listing its parts.
      if (breakdown.parts.every((p) => p.unit.scale === breakdown.totalUnit.scale)) continue;
      const odd = breakdown.parts.filter((p) => p.unit.scale !== breakdown.totalUnit.scale);
      findings.push(
        findingAt(context, {
          rule: 'unit-mismatch',
          severity: 'warning',
          row: breakdown.total.row,
          column: unitColumn,
          role: 'unit',
          expected: null,
          found: null,
          message: say(context.settings.language, findingText.unitMismatch, {
            rows: odd.map((p) => p.row.row).join(', '),
            partUnit: odd[0]!.unit.text,
            totalUnit: breakdown.totalUnit.text,
          }),
        }),
      );
    }
    return findings;
  },
};
