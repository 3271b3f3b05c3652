import { findingOf, ruleMeta, type FindingOf, type TableRule } from './rule';

/**
 * unit-mismatch: parts in another unit of the same quantity as their total (tỷ đồng under a total
 * in triệu đồng). The sum check converts them; this names the mix-up, on the total's unit cell.
 */
const meta = ruleMeta({
  id: 'unit-mismatch',
  scope: 'table',
  severity: 'warning',
  description: 'Parts are in another unit of the same quantity as their total.',
  messages: {
    mixedUnits: {
      vi: 'Dòng {{rows}} tính bằng {{partUnit}} trong khi dòng tổng tính bằng {{totalUnit}}: đã quy đổi trước khi cộng; nên thống nhất một đơn vị.',
      en: 'Row {{rows}} is in {{partUnit}} while the total is in {{totalUnit}}: converted before adding; use one unit.',
    },
  },
});

export const unitMismatch: TableRule<typeof meta> = {
  meta,
  check(context) {
    const unitColumn = context.layout.columns.unit ?? context.layout.columns.label!;
    const findings: FindingOf<typeof meta>[] = [];
    for (const breakdown of context.structure.breakdowns) {
      // Almost every breakdown is in one unit: seen without listing its parts.
      if (breakdown.parts.every((p) => p.unit.scale === breakdown.totalUnit.scale)) continue;
      const odd = breakdown.parts.filter((p) => p.unit.scale !== breakdown.totalUnit.scale);
      findings.push(
        findingOf(meta, context.sheet, {
          messageId: 'mixedUnits',
          row: breakdown.total.row,
          column: unitColumn,
          role: 'unit',
          expected: null,
          found: null,
          data: { rows: odd.map((p) => p.row.row).join(', '), partUnit: odd[0]!.unit.text, totalUnit: breakdown.totalUnit.text },
        }),
      );
    }
    return findings;
  },
};
