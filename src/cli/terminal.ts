/** The few lines the command line prints after a check. */
import type { Report, Severity, Status } from '../core/report';
import type { Language } from '../core/settings';
import { cliText, say } from '../text/strings';

export interface RunSummaryInput {
  report: Report;
  outputPath: string;
  jsonPath: string | null;
}

export function formatRunSummary({ report, outputPath, jsonPath }: RunSummaryInput, language: Language): string {
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
    say(language, cliText.outputWritten, { path: outputPath }),
    ...(jsonPath ? [say(language, cliText.jsonWritten, { path: jsonPath })] : []),
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
