/** The few lines the command line prints after a check. */
import type { Language, Report, Severity, Status } from '../core/model';
import { batchText, cliText, say } from '../text/strings';
import { fileStatus, type BatchFileResult, type BatchReport } from './batchReport';

export interface RunSummaryInput {
  report: Report;
  outputPath: string;
  jsonPath: string | null;
  /** Entries of the original left out of the copy for their unsafe names. */
  droppedEntries?: readonly string[];
}

export function formatRunSummary({ report, outputPath, jsonPath, droppedEntries = [] }: RunSummaryInput, language: Language): string {
  const checked = report.sheets.filter((sheet) => sheet.status === 'checked');
  const skipped = report.sheets.filter((sheet) => sheet.status === 'skipped');
  const status = countBy(report.indicators.map((indicator) => indicator.status));
  const severity = countBy(report.findings.map((finding) => finding.severity));
  const lines = [
    say(language, cliText.heading, { workbook: report.workbook }),
    say(language, cliText.sheetsChecked, { count: checked.length, names: checked.map((sheet) => sheet.name).join(', ') }),
    ...(skipped.length ? [say(language, cliText.sheetsSkipped, { count: skipped.length })] : []),
    ...skipped.map((sheet) => say(language, cliText.skippedSheet, { name: sheet.name, reason: sheet.reason ?? '' })),
    say(language, cliText.indicators, {
      count: report.indicators.length,
      achieved: count(status, 'achieved'),
      nearly: count(status, 'nearly'),
      missed: count(status, 'missed'),
      noTarget: count(status, 'no-target'),
    }),
    say(language, cliText.findings, {
      errors: count(severity, 'error'),
      warnings: count(severity, 'warning'),
      infos: count(severity, 'info'),
    }),
    ...firstFindings(report, outputPath, language),
    // No sheet read is no all-clear: "0 errors" must not read as "the figures are right".
    ...(report.indicators.length === 0 ? [say(language, cliText.nothingRead, {})] : []),
    say(language, cliText.outputWritten, { path: outputPath }),
    ...(droppedEntries.length ? [say(language, cliText.unsafeEntriesDropped, { names: droppedEntries.join(', ') })] : []),
    ...(jsonPath ? [say(language, cliText.jsonWritten, { path: jsonPath })] : []),
  ];
  return lines.join('\n');
}

/** How many findings the terminal shows before pointing to the checked copy. */
const findingsShown = 5;

/** Errors first, then warnings: the few a reviewer looks at first, and where the rest are. */
function firstFindings(report: Report, outputPath: string, language: Language): string[] {
  const problems = report.findings.filter((finding) => finding.severity !== 'info');
  if (problems.length === 0) return [];
  const ordered = [...problems.filter((finding) => finding.severity === 'error'), ...problems.filter((finding) => finding.severity === 'warning')];
  const shown = ordered.slice(0, findingsShown);
  return [
    say(language, cliText.firstFindings, { shown: shown.length, total: problems.length }),
    ...shown.map((finding) => say(language, cliText.findingLine, { place: `${finding.sheet}!${finding.cell}`, message: finding.message })),
    ...(shown.length < problems.length ? [say(language, cliText.restOfFindings, { path: outputPath })] : []),
  ];
}

export interface BatchSummaryInput {
  report: BatchReport;
  results: readonly BatchFileResult[];
  outDir: string;
  jsonPath: string;
  workbookPath: string;
  writeProblem: string | null;
}

/** After a batch: files checked and not (with the reasons), the totals, and where everything went. */
export function formatBatchSummary(input: BatchSummaryInput, language: Language): string {
  const { totals } = input.report;
  const notChecked = input.results.flatMap(({ name, outcome }) => {
    if (outcome.status === 'failed') return [{ name, reason: outcome.error }];
    if (fileStatus(outcome) === 'nothing-read') return [{ name, reason: say(language, batchText.nothingReadReason, { skipped: outcome.counts.sheetsSkipped }) }];
    return [];
  });
  const lines = [
    say(language, batchText.heading, { count: totals.files }),
    say(language, batchText.filesChecked, { checked: totals.checked, nothingRead: totals.nothingRead, failed: totals.failed }),
    ...notChecked.map((file) => say(language, batchText.failedFile, file)),
    say(language, cliText.indicators, { count: totals.indicators, ...totals.byStatus }),
    say(language, cliText.findings, { errors: totals.findings.error, warnings: totals.findings.warning, infos: totals.findings.info }),
    say(language, batchText.copiesWritten, { folder: input.outDir }),
    // When the report could not be written, the command line says so on stderr instead.
    ...(input.writeProblem
      ? []
      : [say(language, batchText.summaryWritten, { path: input.workbookPath }), say(language, cliText.jsonWritten, { path: input.jsonPath })]),
  ];
  return lines.join('\n');
}

function countBy<K extends Status | Severity>(keys: readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function count<K>(counts: Map<K, number>, key: K): number {
  return counts.get(key) ?? 0;
}
