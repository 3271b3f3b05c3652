/**
 * crop-output-mismatch: a crop's output that its own area and yield cannot give. Yield is output
 * over the harvested area, and the harvested area is at most the area listed, so the output is at
 * most area × yield (beyond the rounding of the figures shown), and a positive yield on a positive
 * area leaves an output above 0. Output below area × yield is normal (perennial crops list their
 * whole area and the yield of the part harvested): never reported. Which of the three figures is
 * wrong the sheet does not say, and the measures are read from units and names: a warning.
 */
import { additiveRoles } from '../breakdowns';
import { cropBlocks, type CropBlock } from '../cropMeasures';
import { intervalOf, type Interval } from '../interval';
import type { FigureRole } from '../report';
import { roundingTolerance, type Figure } from '../values';
import { storedDecimals, withoutFloatNoise } from '../values/floatNoise';
import { extraTolerance, figureColumn, findingOf, ruleMeta, type FindingOf, type RuleContext, type TableRule } from './rule';

const meta = ruleMeta({
  id: 'crop-output-mismatch',
  scope: 'table',
  severity: 'warning',
  description: "A crop's output above its area times its yield, or 0 on a positive area and yield.",
  messages: {
    outputAboveAreaTimesYield: {
      vi: 'Sản lượng {{found}} {{outputUnit}} ở ô {{cell}} lớn hơn diện tích {{area}} {{areaUnit}} (dòng {{areaRow}}) nhân năng suất {{yield}} {{yieldUnit}} (dòng {{yieldRow}}) = {{expected}} {{outputUnit}}: năng suất tính trên diện tích thu hoạch, không lớn hơn diện tích đã ghi, nên sản lượng không thể vượt tích này. Một trong ba số có thể sai.',
      en: 'The output {{found}} {{outputUnit}} in {{cell}} is larger than the area {{area}} {{areaUnit}} (row {{areaRow}}) times the yield {{yield}} {{yieldUnit}} (row {{yieldRow}}) = {{expected}} {{outputUnit}}: yield is reckoned on the harvested area, at most the area listed, so the output cannot exceed this product. One of the three figures may be wrong.',
    },
    outputZero: {
      vi: 'Sản lượng ở ô {{cell}} bằng 0 trong khi diện tích {{area}} {{areaUnit}} (dòng {{areaRow}}) và năng suất {{yield}} {{yieldUnit}} (dòng {{yieldRow}}) đều dương: có năng suất thì phải có sản lượng (đến {{expected}} {{outputUnit}} nếu thu hoạch cả diện tích). Có thể sản lượng chưa được nhập.',
      en: 'The output in {{cell}} is 0 while the area {{area}} {{areaUnit}} (row {{areaRow}}) and the yield {{yield}} {{yieldUnit}} (row {{yieldRow}}) are both positive: a yield means an output (up to {{expected}} {{outputUnit}} if the whole area was harvested). The output may not have been entered.',
    },
  },
});

export const cropOutputMismatch: TableRule<typeof meta> = {
  meta,
  check(context) {
    return cropBlocks(context.rows).flatMap((block) => additiveRoles.flatMap((role) => findingAt(context, block, role) ?? []));
  },
};

/** The rounding's high end of a figure shown: 40 shown without decimals may be 40.49. */
const highEnd = (figure: Interval): number => figure.high + figure.tolerance;
const lowEnd = (figure: Interval): number => figure.low - figure.tolerance;

/**
 * A figure with the rounding it was shown or typed at, whichever is coarser: a yield typed 53 and
 * shown "53,00" was rounded to the whole tạ when typed, and may be 53.4.
 */
function roundedFigure(figure: Figure | undefined): Interval | null {
  const interval = intervalOf(figure);
  if (!interval || figure?.kind !== 'number') return interval;
  return { ...interval, tolerance: Math.max(interval.tolerance, roundingTolerance(storedDecimals(figure.value))) };
}

function findingAt(context: RuleContext, block: CropBlock, role: FigureRole): FindingOf<typeof meta> | null {
  const output = roundedFigure(block.output.figures[role]);
  const yieldFigure = roundedFigure(block.yieldRow.figures[role]);
  // Of several areas (sown, harvested), the largest: the bound must hold whichever the yield is on.
  const areas = block.areas.flatMap((row) => {
    const figure = roundedFigure(row.figures[role]);
    return figure ? [{ row, figure }] : [];
  });
  if (!output || !yieldFigure || areas.length !== block.areas.length) return null;
  const area = areas.reduce((a, b) => (highEnd(b.figure) > highEnd(a.figure) ? b : a));
  // A 0 (or a slip below it) in an area or a yield is as often a cell not filled in as a figure.
  if (area.figure.low <= 0 || yieldFigure.low <= 0) return null;
  const factor = (area.row.unit!.scale * block.yieldRow.unit!.scale) / block.output.unit!.scale;
  const product = (a: number, y: number) => withoutFloatNoise(a * y * factor);
  const data = {
    area: area.figure.high,
    areaUnit: area.row.unit!.text,
    areaRow: String(area.row.row),
    yield: yieldFigure.high,
    yieldUnit: block.yieldRow.unit!.text,
    yieldRow: String(block.yieldRow.row),
    outputUnit: block.output.unit!.text,
  };
  const at = { row: block.output.row, column: figureColumn(context, role), role };
  const slack = extraTolerance(context, 0);
  if (output.low === 0 && output.high === 0) {
    // A 0 typed for an output rounded away (0.3 t shown as 0) is not an output left out.
    if (product(lowEnd(area.figure), lowEnd(yieldFigure)) <= output.tolerance + slack) return null;
    const expected = product(area.figure.high, yieldFigure.high);
    return findingOf(meta, context.sheet, { messageId: 'outputZero', ...at, expected, found: 0, data: { ...data, expected } });
  }
  const bound = product(highEnd(area.figure), highEnd(yieldFigure));
  if (lowEnd(output) <= bound * (1 + 1e-9) + slack) return null;
  const expected = product(area.figure.high, yieldFigure.high);
  return findingOf(meta, context.sheet, { messageId: 'outputAboveAreaTimesYield', ...at, expected, found: output.low, data: { ...data, expected, found: output.low } });
}
