/**
 * A batch, start to finish: find the files, check them on worker threads, write the consolidated
 * report (batch-report.json, batch-summary.xlsx) into the output folder. Returns what happened
 * instead of printing or exiting; progress goes to the hooks as files finish. Interrupted, it
 * stops checking and writes the report of the files finished so far, marked as interrupted.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { packageOfPlannedSheets } from '../adapters/xlsxPackage/plannedSheetsPackage';
import { batchText, say } from '../text/strings';
import type { BatchRequest } from './args';
import { BATCH_JSON, BATCH_WORKBOOK, collectBatchFiles, outputNameKey, type BatchFile } from './batchInputs';
import { currentMachine, defaultJobs } from './batchJobs';
import { buildBatchPlan } from './batchPlan';
import { runInWorkers } from './batchPool';
import { buildBatchReport, type BatchFileResult, type BatchReport, type FileOutcome } from './batchReport';
import type { FileTask } from './batchTask';
import { freeOutputPath, type KeptFile } from './freeOutput';
import { writeFileAtomic } from './writeAtomic';
import { errorText } from './thrown';
import { writeFailure } from './writeProblem';

export interface BatchRunOptions extends BatchRequest {
  /** When the batch runs; shown on every summary sheet and in the report. */
  checkedAt: Date;
  /** The worker's entry point; tests pass a stand-in. */
  workerUrl?: URL;
  /** Aborted by Ctrl-C or SIGTERM (check.ts): the batch stops and reports the files finished. */
  interruption?: AbortSignal;
}

export interface BatchHooks {
  /** The files found, before any is checked. */
  onStart?(files: readonly BatchFile[]): void;
  onFileDone?(result: BatchFileResult): void;
}

/**
 * exitCode 0: every file was checked; 1: some could not be (each one is in the report with its
 * reason), or the report could not be written. Exit code 2 (nothing checked, nothing written): no
 * workbook found, or the output folder cannot be made.
 */
export type BatchRunResult =
  | {
      ok: true;
      exitCode: 0 | 1;
      report: BatchReport;
      results: BatchFileResult[];
      outDir: string;
      jsonPath: string;
      workbookPath: string;
      /** Set when the consolidated report could not be written. */
      writeProblem: string | null;
      /** How many files were found, finished or not. */
      filesFound: number;
      /** Files in the output folder that this tool did not write: kept, the outputs went to free names. */
      keptFiles: KeptFile[];
    }
  | { ok: false; exitCode: 2; message: string };

export async function runBatch(options: BatchRunOptions, hooks: BatchHooks = {}): Promise<BatchRunResult> {
  const { language } = options;
  const outDir = path.resolve(options.outDir);
  const files = await collectBatchFiles(options.inputs, outDir, language);
  if (files.length === 0) {
    return { ok: false, exitCode: 2, message: say(language, batchText.noWorkbooks, { paths: options.inputs.map((input) => path.resolve(input)).join(', ') }) };
  }

  const runnable = files.filter((file) => file.problem === undefined);
  const folders = new Set([outDir, ...runnable.map((file) => path.dirname(outputPath(outDir, file)))]);
  let folder = outDir;
  try {
    for (folder of folders) await mkdir(folder, { recursive: true });
  } catch (error) {
    return { ok: false, exitCode: 2, message: say(language, batchText.outDirFailed, { folder, detail: errorText(error) }) };
  }

  const outputs = await placeOutputs(files, outDir, options.force ?? false);

  hooks.onStart?.(files);
  const results: BatchFileResult[] = new Array(files.length);
  const finish = (index: number, outcome: FileOutcome) => {
    const file = files[index]!;
    results[index] = { input: file.input, output: outputs.relative[index]!, name: file.name, outcome };
    hooks.onFileDone?.(results[index]);
  };
  files.forEach((file, index) => {
    if (file.problem !== undefined) finish(index, { status: 'failed', error: file.problem });
  });
  const indexes = files.flatMap((file, index) => (file.problem === undefined ? [index] : []));
  const tasks: FileTask[] = indexes.map((index) => ({
    input: files[index]!.input,
    output: path.join(outDir, ...outputs.relative[index]!.split('/')),
    language,
    includeHidden: options.includeHidden ?? false,
    checkedAt: options.checkedAt.getTime(),
  }));
  const jobs = options.jobs ?? defaultJobs(currentMachine(), await largestSize(tasks));
  const { interruption } = options;
  await runInWorkers(tasks, {
    jobs,
    ...(options.workerUrl && { workerUrl: options.workerUrl }),
    ...(interruption && { interruption }),
    onDone: (taskIndex, outcome) => finish(indexes[taskIndex]!, outcome),
  });

  const finished = results.filter((result): result is BatchFileResult => result !== undefined);
  const interrupted = finished.length < files.length;
  const report = buildBatchReport(finished, options.checkedAt, interrupted);
  const { jsonPath, workbookPath } = outputs;
  // Each written on its own: a summary workbook left open in Excel does not cost the JSON report.
  const problems: string[] = [];
  const write = async (target: string, contents: () => Uint8Array | string) => {
    try {
      await writeFileAtomic(target, contents());
    } catch (error) {
      problems.push(writeFailure(target, error, language));
    }
  };
  const plan = buildBatchPlan(finished, language, options.checkedAt, interrupted ? files.length : undefined);
  await write(workbookPath, () => packageOfPlannedSheets(plan.sheets));
  await write(jsonPath, () => `${JSON.stringify(report, null, 2)}\n`);
  const writeProblem = problems.length ? problems.join('\n') : null;
  const exitCode = report.totals.failed > 0 || writeProblem ? 1 : 0;
  return { ok: true, exitCode, report, results: finished, outDir, jsonPath, workbookPath, writeProblem, filesFound: files.length, keptFiles: outputs.keptFiles };
}

interface PlacedOutputs {
  /** Each file's checked copy, relative to the output folder ("/" between folders), in the files' order. */
  relative: string[];
  jsonPath: string;
  workbookPath: string;
  keptFiles: KeptFile[];
}

/**
 * Where each output goes: its planned name, or the next free one where a file this tool did not
 * write stands (freeOutput.ts), never a name another output or an input of the batch has.
 */
async function placeOutputs(files: readonly BatchFile[], outDir: string, force: boolean): Promise<PlacedOutputs> {
  const planned = [...files.map((file) => outputPath(outDir, file)), path.join(outDir, BATCH_WORKBOOK), path.join(outDir, BATCH_JSON)];
  const inputs = new Set(files.map((file) => outputNameKey(file.input)));
  const claimed = new Set(planned.map(outputNameKey));
  const keptFiles: KeptFile[] = [];
  const place = async (wanted: string): Promise<string> => {
    // An output may take its own planned name, never an input's (not even under --force) nor another output's.
    const unavailable = (candidate: string) => inputs.has(outputNameKey(candidate)) || (candidate !== wanted && claimed.has(outputNameKey(candidate)));
    const chosen = await freeOutputPath(wanted, force, unavailable);
    if (chosen !== wanted) {
      keptFiles.push({ kept: wanted, writtenTo: chosen });
      claimed.add(outputNameKey(chosen));
    }
    return chosen;
  };
  const placed: string[] = [];
  for (const [index, wanted] of planned.entries()) {
    // Files that cannot be looked at are not written: their planned name is only reported.
    placed.push(index < files.length && files[index]!.problem !== undefined ? wanted : await place(wanted));
  }
  return {
    relative: placed.slice(0, files.length).map((file) => path.relative(outDir, file).split(path.sep).join('/')),
    workbookPath: placed[files.length]!,
    jsonPath: placed[files.length + 1]!,
    keptFiles,
  };
}

/** The size of the largest input, in bytes; a file that cannot be looked at counts as empty (its check reports why). */
async function largestSize(tasks: readonly FileTask[]): Promise<number> {
  const sizes = await Promise.all(tasks.map((task) => stat(task.input).then((info) => info.size, () => 0)));
  return sizes.reduce((largest, size) => Math.max(largest, size), 0);
}

function outputPath(outDir: string, file: BatchFile): string {
  return path.join(outDir, ...file.output.split('/'));
}

