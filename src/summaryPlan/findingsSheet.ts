/**
 * The Findings sheet ("Kiểm tra"): one row per finding, errors first, linked to its cell. What a
 * reviewer reads first comes first (severity, cell, the message wrapped), so a laptop screen with
 * the task pane open shows them; then where it is (sheet, column heading, indicator and the
 * indicator it is part of) and the figures.
 */
import { parseCellAddress, withoutFloatNoise } from '../core';
import { sortFindings, type Finding, type IndicatorResult, type Language, type Report, type SectionRow } from '../core/model';
import { say, sayPlain, summaryText } from '../text/strings';
import type { PlannedCell, PlannedSheet } from './plannedSheet';
import { figureCell, headerCell, HEADER_ROW, LINK_COLOR, printSetup, severityColors, titleBlock } from './sheetParts';
import type { SheetOptions } from './summaryPlan';

/** The findings as the sheet lists them: errors first, then by the report's sheet order, then by row. */
export function listedFindings(report: Report): Finding[] {
  return sortFindings(
    report.findings,
    report.sheets.map((sheet) => sheet.name),
  );
}

/** The worksheet row of the i-th listed finding (0-based). */
export function findingRow(index: number): number {
  return HEADER_ROW + 1 + index;
}

export function findingsSheet(report: Report, sections: (sheet: string) => readonly SectionRow[], name: string, options: SheetOptions): PlannedSheet {
  const { language } = options;
  const c = summaryText.column;
  const header = [c.severity, c.cell, c.message, c.sheet, c.columnHeading, c.indicator, c.parent, c.found, c.expected, c.difference];
  const byRow = new Map(report.indicators.map((indicator) => [rowKey(indicator.sheet, indicator.row), indicator]));
  // A parent is an indicator, or a heading row ("Lúa" over "Diện tích", "Năng suất").
  const parentLabel = (sheet: string, row: number): string | null =>
    byRow.get(rowKey(sheet, row))?.label ?? sections(sheet).find((section) => section.row === row)?.label ?? null;
  const sorted = listedFindings(report);
  const body = sorted.length
    ? sorted.map((finding) => {
        const indicator = byRow.get(rowKey(finding.sheet, finding.row)) ?? null;
        const parent = indicator?.parentRow != null ? parentLabel(finding.sheet, indicator.parentRow) : null;
        return findingCells(finding, indicator, parent, language);
      })
    : // Nothing read is no all-clear.
      [[{ value: sayPlain(language, report.indicators.length === 0 ? summaryText.nothingRead : summaryText.noFindings) }]];
  const table = { top: HEADER_ROW, left: 1, bottom: HEADER_ROW + body.length, right: header.length };
  return {
    kind: 'findings',
    name,
    rows: [
      ...titleBlock(say(language, summaryText.findingsTitle, { workbook: report.workbook }), options.language, options.checkedAt),
      header.map((entry) => headerCell(sayPlain(language, entry))),
      ...body,
    ],
    headerRow: HEADER_ROW,
    columnWidths: [10, 7, 60, 16, 16, 30, 24, 13, 13, 13],
    frozenRows: HEADER_ROW,
    // Severity and cell stay in view while the figures scroll.
    frozenColumns: 2,
    table,
    print: printSetup(table),
  };
}

function findingCells(finding: Finding, indicator: IndicatorResult | null, parent: string | null, language: Language): PlannedCell[] {
  const position = parseCellAddress(finding.cell);
  const difference = finding.found !== null && finding.expected !== null ? withoutFloatNoise(finding.found - finding.expected) : null;
  return [
    { value: sayPlain(language, summaryText.severity[finding.severity]), ...severityColors[finding.severity] },
    position
      ? { value: finding.cell, link: { sheet: finding.sheet, ...position }, fontColor: LINK_COLOR }
      : { value: finding.cell },
    { value: finding.message, wrap: true },
    { value: finding.sheet, wrap: true },
    { value: finding.columnHeading ?? null, wrap: true },
    { value: indicator?.label ?? null, wrap: true },
    { value: parent, wrap: true },
    figureCell(finding.found),
    figureCell(finding.expected),
    figureCell(difference),
  ];
}

export function rowKey(sheet: string, row: number): string {
  return `${row}\u0000${sheet}`;
}
