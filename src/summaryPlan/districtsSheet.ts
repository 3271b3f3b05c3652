/** The By district sheet ("Theo địa bàn"): one per set of district sheets. */
import { withoutFloatNoise } from '../core';
import type { DistrictSet, MatchedIndicator, Report } from '../core/model';
import { say, sayPlain, summaryText } from '../text/strings';
import type { PlannedCell, PlannedSheet } from './plannedSheet';
import { figureCell, headerCell, HEADER_ROW, LINK_COLOR, printSetup, titleBlock, type TableLink } from './sheetParts';
import type { SheetOptions } from './summaryPlan';

/**
 * One row per indicator of the total sheet that the district sheets have too: each district's
 * actual (and percent of plan when the districts have one), the total sheet's actual and the sum
 * of the districts, so a reader sees which district makes a total differ. Links go to the label
 * of each sheet's table, figures stay numbers.
 */
export function districtsSheet(report: Report, links: (sheet: string) => TableLink, set: DistrictSet, name: string, options: SheetOptions): PlannedSheet {
  const { language } = options;
  const c = summaryText.column;
  const withPercent = set.indicators.some(({ districts }) => districts.some((district) => district?.percentOfPlan != null));
  const sheetHeader = (sheet: string, text: string): PlannedCell => ({
    ...headerCell(text),
    link: { sheet, row: links(sheet).headerRow, column: links(sheet).labelColumn },
  });
  const header: PlannedCell[] = [
    headerCell(sayPlain(language, c.indicator)),
    headerCell(sayPlain(language, c.unit)),
    ...set.districtSheets.flatMap((sheet) => [
      sheetHeader(sheet, say(language, summaryText.districtActual, { sheet })),
      ...(withPercent ? [headerCell(say(language, summaryText.districtPercentOfPlan, { sheet }))] : []),
    ]),
    sheetHeader(set.totalSheet, say(language, summaryText.totalSheetActual, { sheet: set.totalSheet })),
    headerCell(sayPlain(language, summaryText.sumOfDistricts)),
  ];
  const labelColumnNumber = links(set.totalSheet).labelColumn;
  const body = set.indicators.map(({ total, districts, additive }): PlannedCell[] => [
    { value: total.label, link: { sheet: total.sheet, row: total.row, column: labelColumnNumber }, fontColor: LINK_COLOR, wrap: true },
    { value: total.unit },
    ...districts.flatMap((district) => [
      figureCell(district?.actual ?? null),
      ...(withPercent ? [district?.percentOfPlan != null ? { value: district.percentOfPlan, numberFormat: '0.0' } : { value: null }] : []),
    ]),
    figureCell(total.actual),
    figureCell(sumOfDistricts(additive)),
  ]);
  const table = { top: HEADER_ROW, left: 1, bottom: HEADER_ROW + body.length, right: header.length };
  return {
    kind: 'districts',
    name,
    rows: [
      ...titleBlock(say(language, summaryText.districtsTitle, { workbook: report.workbook, total: set.totalSheet }), options.language, options.checkedAt),
      header,
      ...body,
    ],
    headerRow: HEADER_ROW,
    columnWidths: [48, 10, ...header.slice(2).map(() => 14)],
    frozenRows: HEADER_ROW,
    frozenColumns: 1,
    table,
    print: printSetup(table),
  };
}

/** The districts' actuals added in the total's unit; null for units that do not add, or a district without a figure. */
function sumOfDistricts(additive: MatchedIndicator['additive']): number | null {
  if (!additive) return null;
  let sum = 0;
  for (const { indicator, factor } of additive.parts) {
    if (indicator.actual === null) return null;
    sum += indicator.actual * factor;
  }
  return withoutFloatNoise(sum);
}
