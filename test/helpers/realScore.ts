/**
 * Scores a report against the facts of a real workbook (test/fixtures/real/expected): the same
 * counting as the team's scorer. A finding (error or warning) is true when it sits on the row of a
 * listed inconsistency of its sheet; any other is false, except on a workbook whose findings were
 * not all reviewed, where it is unreviewed unless it sits on a cell listed as consistent.
 */
import type { ColumnRole, Report } from '../../src/core/model';

export interface RealExpected {
  workbook: string;
  /** Every finding on the workbook was judged by hand; false for the statistics office's tables. */
  reviewed: boolean;
  sheets: { name: string; expect: 'checked' | 'skipped'; columns?: Partial<Record<ColumnRole, string>> }[];
  inconsistencies: { sheet: string; cell: string; rows?: number[]; hidden: boolean }[];
  consistent: { sheet: string; cell: string }[];
  hierarchy: { sheet: string; row: number; children: number[] }[];
}

export interface RealScore {
  findings: number;
  truePositives: number;
  onConsistent: number;
  unreviewed: number;
  visible: number;
  visibleFound: number;
  sheets: number;
  sheetsRight: number;
  roles: number;
  rolesRight: number;
  relations: number;
  relationsRight: number;
}

const rowOf = (cell: string): number => Number(/\d+$/.exec(cell)?.[0]);

export function scoreReal(report: Report, expected: RealExpected): RealScore {
  const findings = report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  const onInconsistency = (sheet: string, row: number) =>
    expected.inconsistencies.some((t) => t.sheet === sheet && (rowOf(t.cell) === row || (t.rows ?? []).includes(row)));
  let truePositives = 0;
  let onConsistent = 0;
  let unreviewed = 0;
  for (const finding of findings) {
    if (onInconsistency(finding.sheet, finding.row)) {
      truePositives++;
      continue;
    }
    const consistent = expected.consistent.some((c) => c.sheet === finding.sheet && rowOf(c.cell) === finding.row);
    if (consistent) onConsistent++;
    else if (!expected.reviewed) unreviewed++;
  }
  const visible = expected.inconsistencies.filter((t) => !t.hidden);
  const visibleFound = visible.filter((t) => findings.some((f) => f.sheet === t.sheet && (f.row === rowOf(t.cell) || (t.rows ?? []).includes(f.row)))).length;
  let sheetsRight = 0;
  let roles = 0;
  let rolesRight = 0;
  for (const sheet of expected.sheets) {
    const got = report.sheets.find((s) => s.name === sheet.name);
    if (got?.status === sheet.expect) sheetsRight++;
    for (const [role, letters] of Object.entries(sheet.columns ?? {})) {
      roles++;
      if (got?.columns?.[role as ColumnRole] === letters) rolesRight++;
    }
  }
  const relationsRight = expected.hierarchy.filter((relation) => {
    const children = report.indicators.filter((i) => i.sheet === relation.sheet && i.parentRow === relation.row).map((i) => i.row);
    return JSON.stringify([...children].sort((a, b) => a - b)) === JSON.stringify([...relation.children].sort((a, b) => a - b));
  }).length;
  return {
    findings: findings.length - unreviewed,
    truePositives,
    onConsistent,
    unreviewed,
    visible: visible.length,
    visibleFound,
    sheets: expected.sheets.length,
    sheetsRight,
    roles,
    rolesRight,
    relations: expected.hierarchy.length,
    relationsRight,
  };
}

export function addScores(a: RealScore, b: RealScore): RealScore {
  const sum = { ...a };
  for (const key of Object.keys(sum) as (keyof RealScore)[]) sum[key] = a[key] + b[key];
  return sum;
}
