/**
 * block-total-mismatch: a block of measures ("1.1. Lúa cả năm": Diện tích, Năng suất, Sản lượng)
 * whose part blocks ("1.1.1. Lúa đông xuân", "1.1.2. Lúa hè thu") carry the same measures, where
 * one measure adds up across the blocks and another does not. Offices write the whole year after
 * its seasons as often as before, so part blocks are found by their dotted numbers as well as by
 * their place. Nothing says the blocks add up but their own figures: only a measure that adds up
 * exactly (two filled parts at least) makes the others' sums expected, so a finding is a warning.
 */
import { additiveRoles, columnSum, type BreakdownPart } from '../breakdowns';
import { agrees, type Interval, representative, shownFigure } from '../interval';
import type { FigureRole } from '../report';
import type { TableRow } from '../rows/tableRows';
import { memoize } from '../memo';
import { foldWords } from '../textFold';
import { convert, sameQuantity } from '../units';
import { extraTolerance, figureColumn, findingOf, ruleMeta, type FindingOf, type RuleContext, type TableRule } from './rule';

const meta = ruleMeta({
  id: 'block-total-mismatch',
  scope: 'table',
  severity: 'warning',
  description: "A block's measure differs from the sum of the same measure in its part blocks, while another of its measures adds up.",
  messages: {
    blockMeasureDiffers: {
      vi: '"{{measure}}" {{found}} ở ô {{cell}} khác tổng "{{measure}}" của các khối thành phần (dòng {{partRows}}): {{expected}}, trong khi "{{provenMeasure}}" của cùng khối cộng khớp (dòng {{provenRow}}).',
      en: '"{{measure}}" {{found}} in {{cell}} differs from the sum of "{{measure}}" in its part blocks (rows {{partRows}}): {{expected}}, while the same block\'s "{{provenMeasure}}" adds up (row {{provenRow}}).',
    },
  },
});

export const blockTotalMismatch: TableRule<typeof meta> = { meta, check };

/** A heading and the rows of measures directly under it, by the measure's folded name. */
interface MeasureBlock {
  readonly heading: TableRow;
  readonly measures: ReadonlyMap<string, TableRow>;
}

/** One measure of a block in one figure column, beside the sum of the same measure in the part blocks. */
interface MeasureSum {
  readonly measure: TableRow;
  readonly role: FigureRole;
  readonly total: Interval;
  readonly sum: Interval;
  readonly partRows: readonly number[];
  /** At least two parts are filled: an agreement then shows the blocks add up, not that one copies another. */
  readonly twoPartsFilled: boolean;
}

/**
 * Blocks whose measures merely sit side by side agree now and then within the rounding of a
 * figure shown without decimals (1 against 0.1 + 1); a breakdown adds up to the last digit, and
 * in more than one place.
 */
const MIN_EXACT_SUMS = 2;

/** Fewer part blocks than this are a copy or a share of the block, never its breakdown. */
const MIN_PART_BLOCKS = 2;

function check(context: RuleContext): FindingOf<typeof meta>[] {
  const blocks = measureBlocks(context);
  if (blocks.size === 0) return [];
  const numberedUnder = rowsByParentNumber(context.rows);
  const findings: FindingOf<typeof meta>[] = [];
  const slack = extraTolerance(context, 0);
  for (const block of blocks.values()) {
    const parts = partBlocksOf(block, blocks, numberedUnder, context);
    if (parts.length < MIN_PART_BLOCKS) continue;
    const sums = measureSums(block, parts);
    const proof = sums.filter(addsUpExactly);
    if (proof.length < MIN_EXACT_SUMS) continue;
    const proven = proof[0]!;
    const filledRoles = new Set(sums.filter((s) => s.total.high > 0).map((s) => s.role));
    for (const s of sums) {
      if (!filledRoles.has(s.role) || agrees(s.sum, s.total, slack)) continue;
      const found = representative(s.total);
      const expected = representative(s.sum);
      findings.push(
        findingOf(meta, context.sheet, {
          messageId: 'blockMeasureDiffers',
          row: s.measure.row,
          column: figureColumn(context, s.role),
          role: s.role,
          expected,
          found,
          data: { measure: s.measure.label, found: shownFigure(s.total), expected: shownFigure(s.sum), partRows: s.partRows.join(', '), provenMeasure: proven.measure.label, provenRow: String(proven.measure.row) },
        }),
      );
    }
  }
  return findings;
}

function addsUpExactly(s: MeasureSum): boolean {
  return s.twoPartsFilled && s.total.low === s.total.high && s.sum.low === s.sum.high && s.total.high > 0 && Math.abs(s.total.high - s.sum.high) <= 1e-9 * s.total.high;
}

/** Every heading whose children are rows of measures in a unit, each a leaf with a name of its own. */
function measureBlocks(context: RuleContext): Map<number, MeasureBlock> {
  const blocks = new Map<number, MeasureBlock>();
  // Blocks repeat their measures' names ("Diện tích", "Sản lượng" under every crop and commune).
  const measureName = memoize(foldWords);
  for (const heading of context.rows) {
    const children = context.childrenOf.get(heading.row) ?? [];
    const measures = new Map<string, TableRow>();
    const repeated = new Set<string>();
    for (const child of children) {
      if (child.unit === null || child.isSection || context.childrenOf.has(child.row)) continue;
      const name = measureName(child.label);
      if (name === '') continue;
      if (measures.has(name)) repeated.add(name);
      measures.set(name, child);
    }
    // Two rows of one name under one heading: which of them a part block's row matches is unknown.
    for (const name of repeated) measures.delete(name);
    if (measures.size >= 2) blocks.set(heading.row, { heading, measures });
  }
  return blocks;
}

/**
 * The blocks under this one. A numbered heading's parts are the rows numbered under its number
 * ("1.1.1", "1.1.2" under "1.1"), wherever they stand, and each must be a block: a sheet whose
 * numbers run out of order places them badly, but the numbers themselves say which block is whose.
 * An unnumbered heading's parts are the blocks placed under it.
 */
function partBlocksOf(
  block: MeasureBlock,
  blocks: ReadonlyMap<number, MeasureBlock>,
  numberedUnder: ReadonlyMap<string, readonly TableRow[]>,
  context: RuleContext,
): MeasureBlock[] {
  const code = block.heading.code;
  if (code?.scheme !== 'dotted' && code?.scheme !== 'arabic') {
    return (context.childrenOf.get(block.heading.row) ?? []).flatMap((child) => blocks.get(child.row) ?? []);
  }
  const numbered = numberedUnder.get(code.text) ?? [];
  const numbers = new Set(numbered.map((row) => row.code!.text));
  // A number written twice (a list numbered anew further down) leaves which block is a part unknown.
  if (numbers.size !== numbered.length) return [];
  const parts = numbered.flatMap((row) => blocks.get(row.row) ?? []);
  return parts.length === numbered.length ? parts : [];
}

/** The rows with a dotted number, in sheet order, by the number they are numbered under ("1.1" for "1.1.2"). */
function rowsByParentNumber(rows: readonly TableRow[]): Map<string, TableRow[]> {
  const under = new Map<string, TableRow[]>();
  for (const row of rows) {
    if (row.code?.scheme !== 'dotted') continue;
    const last = row.code.text.lastIndexOf('.');
    if (last < 0) continue;
    const parent = row.code.text.slice(0, last);
    const numbered = under.get(parent);
    if (numbered) numbered.push(row);
    else under.set(parent, [row]);
  }
  return under;
}

/**
 * Each additive measure of the block, in each figure column, against the same measure summed over
 * the parts: the sum and tolerance sum-mismatch holds a total to (breakdowns.columnSum).
 */
function measureSums(block: MeasureBlock, parts: readonly MeasureBlock[]): MeasureSum[] {
  const sums: MeasureSum[] = [];
  for (const [name, measure] of block.measures) {
    const unit = measure.unit!;
    if (!unit.additive) continue;
    const partMeasures = parts.map((part) => part.measures.get(name));
    if (!partMeasures.every((p): p is TableRow => p !== undefined && p.unit !== null && sameQuantity(p.unit, unit))) continue;
    const breakdownParts: BreakdownPart[] = partMeasures.map((p) => ({ row: p, unit: p.unit!, factor: convert(1, p.unit!, unit) }));
    for (const role of additiveRoles) {
      const column = columnSum(role, measure, unit, breakdownParts);
      if (!column) continue;
      sums.push({ measure, role, total: column.total, sum: column.sum, partRows: partMeasures.map((p) => p.row), twoPartsFilled: column.nonZeroParts >= 2 });
    }
  }
  return sums;
}
