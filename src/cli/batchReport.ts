/**
 * The consolidated report of a batch (batch-report.json): per file, what happened and its counts;
 * and the totals. Pure functions: counting a Report, adding files up.
 */
import type { Report } from '../core/model';

export interface StatusCounts {
  achieved: number;
  nearly: number;
  missed: number;
  noTarget: number;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

/** What a checked file's report adds up to: small enough to send back from a worker. */
export interface ReportCounts {
  sheetsChecked: number;
  sheetsSkipped: number;
  indicators: number;
  byStatus: StatusCounts;
  findings: SeverityCounts;
}

/** How one file of a batch ended: checked (with its counts), or not, with the message saying why. */
export type FileOutcome = { status: 'checked'; counts: ReportCounts } | { status: 'failed'; error: string };

/**
 * What a file's line in the report says. A check that read no indicator is not an all-clear: its
 * "0 errors" means nothing was looked at, so it is told apart from a file checked clean.
 */
export type FileStatus = 'checked' | 'nothing-read' | 'failed';

export function fileStatus(outcome: FileOutcome): FileStatus {
  if (outcome.status === 'failed') return 'failed';
  return outcome.counts.indicators === 0 ? 'nothing-read' : 'checked';
}

export interface BatchFileEntry extends ReportCounts {
  /** The input's absolute path. */
  input: string;
  /** The checked copy, relative to the report's folder with "/" between folders; null when not checked. */
  output: string | null;
  status: FileStatus;
  /** Why the file could not be checked (the message the single-file check would print). */
  error?: string;
}

export interface BatchTotals extends ReportCounts {
  files: number;
  /** Files whose check read at least one indicator. */
  checked: number;
  /** Files checked without one indicator read (every sheet skipped). */
  nothingRead: number;
  failed: number;
}

export interface BatchReport {
  version: 1;
  /** When the batch ran, ISO 8601. */
  createdAt: string;
  /** Stopped (Ctrl-C, SIGTERM) before every file was checked: `files` holds the ones finished. */
  interrupted: boolean;
  files: BatchFileEntry[];
  /** Sums over the files whose check ran (checked and nothing read). */
  totals: BatchTotals;
}

/** One file of a batch as the report needs it: where it was, where its copy went, how it ended. */
export interface BatchFileResult {
  input: string;
  /** Relative to the report's folder, "/" between folders. */
  output: string;
  /** Short name for the terminal and the summary workbook: the path under the folder searched. */
  name: string;
  outcome: FileOutcome;
}

export function countReport(report: Report): ReportCounts {
  const counts = emptyCounts();
  for (const sheet of report.sheets) {
    if (sheet.status === 'checked') counts.sheetsChecked++;
    else counts.sheetsSkipped++;
  }
  counts.indicators = report.indicators.length;
  for (const indicator of report.indicators) {
    counts.byStatus[indicator.status === 'no-target' ? 'noTarget' : indicator.status]++;
  }
  for (const finding of report.findings) counts.findings[finding.severity]++;
  return counts;
}

export function buildBatchReport(results: readonly BatchFileResult[], createdAt: Date, interrupted = false): BatchReport {
  return {
    version: 1,
    createdAt: createdAt.toISOString(),
    interrupted,
    files: results.map(fileEntry),
    totals: batchTotals(results),
  };
}

function fileEntry({ input, output, outcome }: BatchFileResult): BatchFileEntry {
  if (outcome.status === 'checked') return { input, output, status: fileStatus(outcome), ...outcome.counts };
  return { input, output: null, status: 'failed', error: outcome.error, ...emptyCounts() };
}

export function batchTotals(results: readonly BatchFileResult[]): BatchTotals {
  const sum = emptyCounts();
  const files: Record<FileStatus, number> = { checked: 0, 'nothing-read': 0, failed: 0 };
  for (const { outcome } of results) {
    files[fileStatus(outcome)]++;
    if (outcome.status === 'checked') addCounts(sum, outcome.counts);
  }
  return { files: results.length, checked: files.checked, nothingRead: files['nothing-read'], failed: files.failed, ...sum };
}

function addCounts(sum: ReportCounts, counts: ReportCounts): void {
  sum.sheetsChecked += counts.sheetsChecked;
  sum.sheetsSkipped += counts.sheetsSkipped;
  sum.indicators += counts.indicators;
  for (const key of Object.keys(sum.byStatus) as (keyof StatusCounts)[]) sum.byStatus[key] += counts.byStatus[key];
  for (const key of Object.keys(sum.findings) as (keyof SeverityCounts)[]) sum.findings[key] += counts.findings[key];
}

function emptyCounts(): ReportCounts {
  return {
    sheetsChecked: 0,
    sheetsSkipped: 0,
    indicators: 0,
    byStatus: { achieved: 0, nearly: 0, missed: 0, noTarget: 0 },
    findings: { error: 0, warning: 0, info: 0 },
  };
}
