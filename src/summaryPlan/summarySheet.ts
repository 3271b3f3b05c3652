/** The Summary sheet ("Tổng hợp"): one row per indicator, linked to its label, and the sheets skipped with why. */
import type { IndicatorResult, Language, Report, Status } from '../core/model';
import { say, sayPlain, summaryText } from '../text/strings';
import type { PlannedCell, PlannedSheet } from './plannedSheet';
import { figureCell, headerCell, HEADER_ROW, LINK_COLOR, titleBlock, type TableLink } from './sheetParts';
import type { SheetOptions } from './summaryPlan';

/** Excel's "Good / Neutral / Bad" cell styles, and grey for "no target". */
const statusColors: Record<Status, { fill: string; fontColor: string }> = {
  achieved: { fill: 'C6EFCE', fontColor: '006100' },
  nearly: { fill: 'FFEB9C', fontColor: '9C5700' },
  missed: { fill: 'FFC7CE', fontColor: '9C0006' },
  'no-target': { fill: 'EDEDED', fontColor: '404040' },
};

export function summarySheet(report: Report, links: (sheet: string) => TableLink, name: string, options: SheetOptions): PlannedSheet {
  const { language } = options;
  const c = summaryText.column;
  const header = [c.sheet, c.code, c.indicator, c.unit, c.prior, c.plan, c.actual, c.percentOfPlan, c.yearOnYear, c.status];
  const body = report.indicators.length
    ? report.indicators.map((indicator) => indicatorRow(indicator, links(indicator.sheet).labelColumn, language))
    : [[{ value: sayPlain(language, summaryText.nothingRead) }]];
  const skipped = report.sheets.filter((sheet) => sheet.status === 'skipped');
  const skippedBlock = skipped.length
    ? [
        [],
        [{ value: sayPlain(language, summaryText.skippedSheets), bold: true }],
        ...skipped.map((sheet) => [{ value: sheet.name }, { value: sheet.reason ?? null }]),
      ]
    : [];
  return {
    kind: 'summary',
    name,
    rows: [
      ...titleBlock(say(language, summaryText.summaryTitle, { workbook: report.workbook }), options.language, options.checkedAt),
      header.map((entry) => headerCell(sayPlain(language, entry))),
      ...body,
      ...skippedBlock,
    ],
    headerRow: HEADER_ROW,
    columnWidths: [20, 7, 48, 12, 13, 13, 13, 11, 15, 17],
    frozenRows: HEADER_ROW,
    table: { top: HEADER_ROW, left: 1, bottom: HEADER_ROW + body.length, right: header.length },
  };
}

function indicatorRow(indicator: IndicatorResult, labelColumnNumber: number, language: Language): PlannedCell[] {
  return [
    { value: indicator.sheet },
    { value: indicator.code },
    {
      value: indicator.label,
      link: { sheet: indicator.sheet, row: indicator.row, column: labelColumnNumber },
      fontColor: LINK_COLOR,
    },
    { value: indicator.unit },
    figureCell(indicator.prior),
    // A ceiling or range target ("<3", "120-150") reads better as written than as one number.
    indicator.planText !== null ? { value: indicator.planText } : figureCell(indicator.plan),
    figureCell(indicator.actual),
    indicator.percentOfPlan !== null ? { value: indicator.percentOfPlan, numberFormat: '0.0' } : { value: null },
    yearOnYearCell(indicator, language),
    { value: sayPlain(language, summaryText.status[indicator.status]), ...statusColors[indicator.status] },
  ];
}

/**
 * One column for both kinds of change; the number format carries the unit, so a rate reads
 * "+0,29 điểm %" and a count "+5,2 %" in Vietnamese Excel, and the cell stays a number.
 */
function yearOnYearCell(indicator: IndicatorResult, language: Language): PlannedCell {
  if (indicator.yoyPoints !== null) {
    return { value: indicator.yoyPoints, numberFormat: signedFormat('0.00', sayPlain(language, summaryText.yoyPointsUnit)) };
  }
  if (indicator.yoyPercent !== null) {
    return { value: indicator.yoyPercent, numberFormat: signedFormat('0.0', sayPlain(language, summaryText.yoyPercentUnit)) };
  }
  return { value: null };
}

function signedFormat(digits: string, unit: string): string {
  const suffix = `" ${unit.replace(/"/g, '')}"`;
  return `+${digits}${suffix};-${digits}${suffix};${digits}${suffix}`;
}
