import type { Rule } from './rule';
import { formulaOmitsRow } from './formulaOmitsRow';
import { sharesNot100 } from './sharesNot100';
import { statedPercentMismatch } from './statedPercentMismatch';
import { subsetExceedsTotal } from './subsetExceedsTotal';
import { sumMismatch } from './sumMismatch';
import { unitMismatch } from './unitMismatch';
import { unreadableValue } from './unreadableValue';

/** Every rule the check runs, in the order of domain.md's table. */
export const rules: readonly Rule[] = [
  sumMismatch,
  subsetExceedsTotal,
  sharesNot100,
  statedPercentMismatch,
  unitMismatch,
  formulaOmitsRow,
  unreadableValue,
];

export type { Rule, RuleContext } from './rule';
