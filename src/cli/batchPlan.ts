/**
 * The one sheet of batch-summary.xlsx ("Tổng hợp các tệp" / "Files"), as plain data laid out like
 * the Summary and Findings sheets, from the same parts (summaryPlan/sheetParts), so the command
 * line's package writer renders it the same way: one row per file, linked to its checked copy in
 * the same folder, failed files with the reason, and a totals row under the table.
 */
import type { Language } from '../core/model';
import { headerCell, HEADER_ROW, LINK_COLOR, severityColors, titleBlock, type PlannedCell, type PlannedSheet } from '../summaryPlan';
import { batchText, say, sayPlain, summaryText } from '../text/strings';
import { batchTotals, fileStatus, type BatchFileResult, type ReportCounts } from './batchReport';

export interface BatchPlannedSheet extends Omit<PlannedSheet, 'kind'> {
  kind: 'files';
}

export interface BatchPlan {
  sheets: BatchPlannedSheet[];
}

/** `interruptedOf`: the files found, when the batch was stopped before it finished them all. */
export function buildBatchPlan(results: readonly BatchFileResult[], language: Language, date: Date, interruptedOf?: number): BatchPlan {
  const c = batchText.column;
  const s = summaryText.status;
  const v = summaryText.severity;
  const header = [c.file, c.status, c.sheetsChecked, c.sheetsSkipped, c.indicators, s.achieved, s.nearly, s.missed, s['no-target'], v.error, v.warning, v.info, c.reason, c.source];
  const totals = batchTotals(results);
  const body = results.map((result) => fileRow(result, language));
  const totalsRow: PlannedCell[] = [
    { value: sayPlain(language, batchText.totalLabel), bold: true },
    { value: say(language, batchText.totalStatus, { checked: totals.checked, count: totals.files }), bold: true },
    ...countCells(totals).map((cell) => ({ ...cell, bold: true })),
  ];
  return {
    sheets: [
      {
        kind: 'files',
        name: sayPlain(language, batchText.sheetName),
        rows: [
          ...titleBlock(
            interruptedOf === undefined
              ? say(language, batchText.title, { count: results.length })
              : say(language, batchText.titleInterrupted, { count: results.length, found: interruptedOf }),
            language,
            date,
          ),
          header.map((entry) => headerCell(sayPlain(language, entry))),
          ...body,
          totalsRow,
        ],
        headerRow: HEADER_ROW,
        columnWidths: [36, 20, 10, 10, 10, 8, 9, 10, 11, 8, 10, 10, 60, 60],
        frozenRows: HEADER_ROW,
        // The totals row stays out of the table, so sorting and filtering leave it at the bottom.
        table: { top: HEADER_ROW, left: 1, bottom: HEADER_ROW + body.length, right: header.length },
      },
    ],
  };
}

function fileRow(result: BatchFileResult, language: Language): PlannedCell[] {
  const { outcome } = result;
  if (outcome.status === 'failed') {
    return [
      { value: result.name },
      { value: sayPlain(language, batchText.status.failed), ...severityColors.error },
      ...Array.from({ length: 10 }, () => ({ value: null })),
      { value: outcome.error },
      { value: result.input },
    ];
  }
  const nothingRead = fileStatus(outcome) === 'nothing-read';
  return [
    { value: result.name, externalLink: result.output, fontColor: LINK_COLOR },
    nothingRead
      ? { value: sayPlain(language, batchText.status['nothing-read']), ...severityColors.warning }
      : { value: sayPlain(language, batchText.status.checked) },
    ...countCells(outcome.counts),
    { value: nothingRead ? say(language, batchText.nothingReadReason, { skipped: outcome.counts.sheetsSkipped }) : null },
    { value: result.input },
  ];
}

/** Sheets checked and skipped, indicators by status, findings by severity (errors and warnings coloured). */
function countCells(counts: ReportCounts): PlannedCell[] {
  const { byStatus, findings } = counts;
  return [
    { value: counts.sheetsChecked },
    { value: counts.sheetsSkipped },
    { value: counts.indicators },
    { value: byStatus.achieved },
    { value: byStatus.nearly },
    { value: byStatus.missed },
    { value: byStatus.noTarget },
    { value: findings.error, ...(findings.error > 0 && severityColors.error) },
    { value: findings.warning, ...(findings.warning > 0 && severityColors.warning) },
    { value: findings.info },
  ];
}
