/**
 * A rule tester in the manner of eslint's RuleTester: one rule, a list of sheets it finds nothing
 * in and a list of sheets with the findings it reports, each sheet built from a 2-D array.
 *
 *   ruleTester.run(sumMismatch, {
 *     valid: [{ name: 'a total that equals its parts', sheet: underHeader([…]) }],
 *     invalid: [{ name: '900 is not 715 + 200', sheet: underHeader([…]), findings: [{ cell: 'F2', messageId: 'totalDiffers' }] }],
 *   });
 *
 * The sheet is checked as a user's would be, every rule at once: findings of other rules must be
 * listed in alsoFound, so that a case built for one rule says everything its sheet holds.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../../src/core/checkSheet';
import type { MessageIdOf, RuleMeta } from '../../../src/core/checks/rule';
import type { MessageData, RuleFinding } from '../../../src/core/report';
import type { CheckSettings } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/snapshot';
import { wordFinding } from '../../../src/core/wording';
import { header2023, settingsWith, sheet, type SheetOptions } from '../../helpers/sheets';

type Grid = readonly (readonly CellValue[])[];

export interface RuleCase {
  readonly name: string;
  /** The sheet "Biểu 01", from its top-left cell (options.origin, A1 unless given). */
  readonly sheet: Grid;
  readonly options?: SheetOptions;
  readonly settings?: Partial<CheckSettings>;
  /** The other rules' findings in the sheet, as "rule cell" ("sum-mismatch F2"); none unless listed. */
  readonly alsoFound?: readonly string[];
}

/** What a finding must be: its cell and message, and whichever of its other fields the case cares about. */
export type ExpectedFinding<MessageId extends string> = { readonly cell: string; readonly messageId: MessageId } & Partial<
  Pick<RuleFinding, 'severity' | 'sheet' | 'row' | 'column' | 'expected' | 'found'>
> & {
    readonly data?: Partial<MessageData>;
    /** The finding's sentence in the case's language: the whole of it, or a pattern it matches. */
    readonly message?: string | RegExp;
  };

export interface InvalidCase<MessageId extends string> extends RuleCase {
  /** The rule's findings, in the order it reports them. */
  readonly findings: readonly ExpectedFinding<MessageId>[];
}

export const ruleTester = {
  run<Meta extends RuleMeta>(
    rule: { readonly meta: Meta },
    cases: { readonly valid?: readonly RuleCase[]; readonly invalid?: readonly InvalidCase<MessageIdOf<Meta>>[] },
  ): void {
    describe(rule.meta.id, () => {
      for (const validCase of cases.valid ?? []) it(`valid: ${validCase.name}`, () => expectFindings(rule.meta, validCase, []));
      for (const invalidCase of cases.invalid ?? []) it(`invalid: ${invalidCase.name}`, () => expectFindings(rule.meta, invalidCase, invalidCase.findings));
    });
  },
};

/** Rows under the standard header in row 1 (D prior, E plan, F actual): the first data row is row 2. */
export function underHeader(rows: Grid): Grid {
  return [[...header2023], ...rows];
}

function expectFindings(meta: RuleMeta, ruleCase: RuleCase, expected: readonly ExpectedFinding<string>[]): void {
  const settings = settingsWith(ruleCase.settings);
  const { findings } = checkSheet(sheet('Biểu 01', ruleCase.sheet, ruleCase.options), settings);
  const others = findings.filter((finding) => finding.rule !== meta.id).map((finding) => `${finding.rule} ${finding.cell}`);
  expect(others.sort()).toEqual([...(ruleCase.alsoFound ?? [])].sort());
  const own = findings.filter((finding) => finding.rule === meta.id).map((finding) => ({ ...finding, message: wordFinding(finding, settings.language).message }));
  expect(own).toEqual(expected.map(matcherOf));
}

function matcherOf(finding: ExpectedFinding<string>): unknown {
  const { data, message, expected, found, ...fields } = finding;
  return expect.objectContaining({
    ...fields,
    // Worked-out figures carry floating-point noise (99,000000001): equal to 9 decimals is equal.
    ...(expected !== undefined ? { expected: closeTo(expected) } : {}),
    ...(found !== undefined ? { found: closeTo(found) } : {}),
    ...(data ? { data: expect.objectContaining(data) } : {}),
    ...(message !== undefined ? { message: typeof message === 'string' ? message : expect.stringMatching(message) } : {}),
  });
}

function closeTo(value: number | null): unknown {
  return value === null ? null : expect.closeTo(value, 9);
}
