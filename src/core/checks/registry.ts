import { sheetTotalMismatch } from '../districtSheets/sheetTotalMismatch';
import { amountFromRates } from './amountFromRates';
import { blockTotalMismatch } from './blockTotalMismatch';
import { cropOutputMismatch } from './cropOutputMismatch';
import { circularReference } from './circularReference';
import { formulaDoubleCounts } from './formulaDoubleCounts';
import { formulaOmitsRow } from './formulaOmitsRow';
import { groupTotalMismatch } from './groupTotalMismatch';
import { implausibleFigure } from './implausibleFigure';
import { nonAdditiveTotal } from './nonAdditiveTotal';
import { perPersonUnit } from './perPersonUnit';
import type { ColumnGroupRule, RuleMeta, SheetRule, TableRule } from './rule';
import { sharesNot100 } from './sharesNot100';
import { statedPercentMismatch } from './statedPercentMismatch';
import { subsetExceedsTotal } from './subsetExceedsTotal';
import { sumMismatch } from './sumMismatch';
import { totalLeftEmpty } from './totalLeftEmpty';
import { typedOverRowFormula } from './typedOverRowFormula';
import { unitMismatch } from './unitMismatch';
import { unreadableValue } from './unreadableValue';

const tableRuleList = [
  sumMismatch,
  blockTotalMismatch,
  subsetExceedsTotal,
  sharesNot100,
  statedPercentMismatch,
  unitMismatch,
  perPersonUnit,
  amountFromRates,
  formulaOmitsRow,
  formulaDoubleCounts,
  typedOverRowFormula,
  totalLeftEmpty,
  unreadableValue,
  implausibleFigure,
  cropOutputMismatch,
] as const;

/** The rules that look at one table, run on every table in this order (docs/domain.md's table). */
export const tableRules: readonly TableRule<RuleMeta<RuleId>>[] = tableRuleList;

const columnGroupRuleList = [groupTotalMismatch, nonAdditiveTotal] as const;

/** The rules that hold a sheet's total group against its unit groups, once the groups are proven units. */
export const columnGroupRules: readonly ColumnGroupRule<RuleMeta<RuleId>>[] = columnGroupRuleList;

const sheetRuleList = [circularReference] as const;

/** The rules that look at the whole of each sheet the check reads, beyond its tables. */
export const sheetRules: readonly SheetRule<RuleMeta<RuleId>>[] = sheetRuleList;

/** Every rule of every scope. */
const allRules = [...tableRuleList, ...columnGroupRuleList, ...sheetRuleList, sheetTotalMismatch] as const;

type RegisteredRule = (typeof allRules)[number];
export type RuleId = RegisteredRule['meta']['id'];

/** Every rule by its id: what the wording step looks a finding's message up in. */
export const ruleRegistry = Object.fromEntries(allRules.map((rule) => [rule.meta.id, rule])) as {
  readonly [Rule in RegisteredRule as Rule['meta']['id']]: Rule;
};
