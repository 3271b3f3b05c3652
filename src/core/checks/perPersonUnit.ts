import { foldText } from '../textFold';
import { namesAnyPhrase } from '../vocabulary/matching';
import { perPersonPhrases, perPersonUnitCeilings } from '../vocabulary/perPersonWords';
import type { Unit } from '../units';
import { findingOf, ruleMeta, type FindingOf, type TableRule } from './rule';

/**
 * per-person-unit: a row whose label says per person ("bình quân đầu người") written in a unit no
 * per-person amount is in (tỷ đồng, triệu USD): the unit is the total's, and the figure reads as
 * a billion đồng a head. The row's own label and unit are the evidence; a warning.
 */
const meta = ruleMeta({
  id: 'per-person-unit',
  scope: 'table',
  severity: 'warning',
  description: 'A per-person figure is written in a unit no per-person amount is in.',
  messages: {
    totalUnitPerPerson: {
      vi: 'Dòng "{{label}}" là số bình quân một người nhưng ghi đơn vị {{unit}}: {{figure}} {{unit}} một người là không thể; kiểm tra lại đơn vị (thường là triệu đồng/người).',
      en: 'Row "{{label}}" is a per-person figure but its unit is {{unit}}: {{figure}} {{unit}} a head is impossible; check the unit (usually triệu đồng/người).',
    },
  },
});

export const perPersonUnit: TableRule<typeof meta> = {
  meta,
  check(context) {
    const unitColumn = context.layout.columns.unit ?? context.layout.columns.label!;
    const findings: FindingOf<typeof meta>[] = [];
    for (const row of context.rows) {
      if (!row.unit || !tooLargePerPerson(row.unit) || !namesPerPerson(row.label)) continue;
      const figure = [row.figures.actual, row.figures.plan, row.figures.prior].find((f) => f?.kind === 'number' && f.value > 0);
      if (figure?.kind !== 'number') continue;
      findings.push(
        findingOf(meta, context.sheet, {
          messageId: 'totalUnitPerPerson',
          row: row.row,
          column: unitColumn,
          role: 'unit',
          expected: null,
          found: null,
          data: { label: row.label, unit: row.unit.text, figure: figure.value },
        }),
      );
    }
    return findings;
  },
};

function namesPerPerson(label: string): boolean {
  return namesAnyPhrase(foldText(label), perPersonPhrases);
}

/** An amount in a unit at or above the ceiling for its currency, not itself "per person". */
function tooLargePerPerson(unit: Unit): boolean {
  if (unit.kind !== 'amount' || unit.normalized.includes('/')) return false;
  return perPersonUnitCeilings.some(({ base, scale }) => unit.base === base && unit.scale >= scale);
}
