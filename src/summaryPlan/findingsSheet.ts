/** The Findings sheet ("Kiểm tra"): one row per finding, errors first, linked to its cell. */
import { parseCellAddress } from '../core';
import { sortFindings, type Finding, type Language, type Report } from '../core/model';
import { say, sayPlain, summaryText } from '../text/strings';
import type { PlannedCell, PlannedSheet } from './plannedSheet';
import { figureCell, headerCell, HEADER_ROW, LINK_COLOR, severityColors, titleBlock } from './sheetParts';
import type { SheetOptions } from './summaryPlan';

export function findingsSheet(report: Report, name: string, options: SheetOptions): PlannedSheet {
  const { language } = options;
  const c = summaryText.column;
  const header = [c.severity, c.sheet, c.cell, c.indicator, c.expected, c.found, c.message];
  const labels = new Map(report.indicators.map((indicator) => [rowKey(indicator.sheet, indicator.row), indicator.label]));
  const sorted = sortFindings(
    report.findings,
    report.sheets.map((sheet) => sheet.name),
  );
  const body = sorted.length
    ? sorted.map((finding) => findingRow(finding, labels.get(rowKey(finding.sheet, finding.row)) ?? null, language))
    : // Nothing read is no all-clear.
      [[{ value: sayPlain(language, report.indicators.length === 0 ? summaryText.nothingRead : summaryText.noFindings) }]];
  return {
    kind: 'findings',
    name,
    rows: [
      ...titleBlock(say(language, summaryText.findingsTitle, { workbook: report.workbook }), options.language, options.checkedAt),
      header.map((entry) => headerCell(sayPlain(language, entry))),
      ...body,
    ],
    headerRow: HEADER_ROW,
    columnWidths: [11, 20, 8, 40, 15, 15, 90],
    frozenRows: HEADER_ROW,
    table: { top: HEADER_ROW, left: 1, bottom: HEADER_ROW + body.length, right: header.length },
  };
}

function findingRow(finding: Finding, indicatorLabel: string | null, language: Language): PlannedCell[] {
  const position = parseCellAddress(finding.cell);
  return [
    { value: sayPlain(language, summaryText.severity[finding.severity]), ...severityColors[finding.severity] },
    { value: finding.sheet },
    position
      ? { value: finding.cell, link: { sheet: finding.sheet, ...position }, fontColor: LINK_COLOR }
      : { value: finding.cell },
    { value: indicatorLabel },
    figureCell(finding.expected),
    figureCell(finding.found),
    { value: finding.message },
  ];
}

function rowKey(sheet: string, row: number): string {
  return `${row}\u0000${sheet}`;
}
