/**
 * One check of one file, start to finish: load, snapshot, check, plan, write. Returns what
 * happened instead of printing or exiting, so tests can call it directly.
 */
import { mkdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { openXlsxPackage, readEverySheet, readFailure, readProblemOf, readXlsxBytes, type OpenedXlsx } from '../adapters/xlsxReader/readXlsx';
import { TooLargeError } from '../adapters/xlsxReader/readLimits';
import { loadFailure, WorkbookLoadError } from '../adapters/xlsxReader/workbookFile';
import { wordResult } from '../core';
import { defaultSettings, type CheckResult, type CheckSettings, type Report, type SheetSnapshot } from '../core/model';
import { PackageError, withPlannedSheets, type WritablePackage } from '../adapters/xlsxPackage/plannedSheetsPackage';
import { buildSummaryPlan } from '../summaryPlan';
import { cliText, say } from '../text/strings';
import type { CheckRequest } from './args';
import { freeOutputPath, type KeptFile } from './freeOutput';
import { defaultOutputPath, inputPathOf } from './paths';
import { checkOnThreads, SheetWorkError, sheetThreadCount } from './sheetThreads';
import { writeFileAtomic, writeFileAtomicFrom } from './writeAtomic';
import { unexpectedFailure } from './unexpectedFailure';
import { writeFailure } from './writeProblem';

/** The engine's entry point (checkWorkbook of core), passed in so tests can stand in for it. */
export type CheckFunction = (workbook: { name: string; sheets: readonly SheetSnapshot[] }, settings: CheckSettings) => CheckResult;

export interface CheckRunOptions extends CheckRequest {
  /** When the check runs; shown on the summary sheets. */
  checkedAt: Date;
  /**
   * Given: the real engine reads and checks the sheets one at a time, a large workbook's on up to
   * this many threads (sheetThreads.ts), and `check` is not called. Absent: the sheets are read
   * whole and `check` checks them (tests pass stand-ins for the engine).
   */
  sheetThreads?: number;
}

/** 2: the input or the command line is wrong (nothing written); 1: the check or a write failed. */
export type CheckRunResult =
  | {
      ok: true;
      report: Report;
      inputPath: string;
      outputPath: string;
      jsonPath: string | null;
      /** Entries of the original left out of the copy for their unsafe names. */
      droppedEntries: readonly string[];
      /** Files at the asked-for places that this tool did not write: kept, the output went to a free name. */
      keptFiles: KeptFile[];
    }
  | { ok: false; exitCode: 1 | 2; message: string };

export async function runCheck(options: CheckRunOptions, check: CheckFunction): Promise<CheckRunResult> {
  const { language } = options;
  const inputPath = inputPathOf(options.input);
  const wantedOutput = path.resolve(options.out ?? defaultOutputPath(options.input));
  const wantedJson = options.json === undefined ? null : path.resolve(options.json);

  let input: CheckInput;
  try {
    input = await readInput(inputPath, options);
  } catch (error) {
    if (error instanceof WorkbookLoadError) return loadFailed(error);
    throw error;
  }

  const outputs = await prepareOutputs(inputPath, wantedOutput, wantedJson, options);
  if ('problem' in outputs) return { ok: false, exitCode: 2, message: outputs.problem };
  const { outputPath, jsonPath, keptFiles } = outputs;

  let result: CheckResult;
  const settings: CheckSettings = { ...defaultSettings, language, includeHidden: options.includeHidden ?? false };
  const checkFailed = (error: unknown): CheckRunResult => ({ ok: false, exitCode: 1, message: unexpectedFailure(error, inputPath, language) });
  try {
    result =
      input.kind === 'read'
        ? check({ name: path.basename(inputPath), sheets: input.sheets }, settings)
        : await checkOnThreads({ workbookName: path.basename(inputPath), bytes: input.bytes, opened: input.opened, settings, threads: input.threads });
  } catch (error) {
    if (!(error instanceof SheetWorkError)) return checkFailed(error);
    // A sheet a thread could not read fails as the reading step fails on it.
    return error.failure.step === 'read' ? loadFailed(readFailure(error.failure.problem, inputPath, language)) : checkFailed(error.failure.message);
  }

  const worded = wordResult(result, language);
  const { report } = worded;
  const plan = buildSummaryPlan(worded, {
    existingSheetNames: input.sheetNames,
    checkedAt: options.checkedAt,
  });

  let contents: WritablePackage;
  try {
    contents = withPlannedSheets(input.bytes, plan.sheets);
  } catch (error) {
    if (error instanceof TooLargeError) return loadFailed(readFailure(readProblemOf(error), inputPath, language));
    if (!(error instanceof PackageError)) throw error;
    // A part the copy edits that cannot be read is a damaged file, as when the reader finds one.
    if (error.kind === 'corrupt') return loadFailed(loadFailure('corrupt', inputPath, language, error.message));
    return { ok: false, exitCode: 1, message: say(language, cliText.packageUnsupported, { path: inputPath, detail: error.message }) };
  }
  let target = outputPath;
  try {
    await writeFileAtomicFrom(outputPath, (sink) => contents.writeTo(sink));
    if (jsonPath) {
      target = jsonPath;
      await writeFileAtomic(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
    }
  } catch (error) {
    return { ok: false, exitCode: 1, message: writeFailure(target, error, language) };
  }
  return { ok: true, report, inputPath, outputPath, jsonPath, droppedEntries: contents.dropped, keptFiles };
}

/**
 * The file read whole into snapshots, or opened for the real engine to read its sheets one at a
 * time (only one sheet's snapshot at a time on each thread).
 */
type CheckInput =
  | { kind: 'read'; bytes: Uint8Array; sheetNames: string[]; sheets: SheetSnapshot[] }
  | { kind: 'opened'; bytes: Uint8Array; sheetNames: string[]; opened: OpenedXlsx; threads: number };

/** What the check needs of the file, read straight into snapshots (no workbook model is built). */
async function readInput(inputPath: string, options: CheckRunOptions): Promise<CheckInput> {
  const { language, sheetThreads } = options;
  const bytes = await readXlsxBytes(inputPath, language);
  try {
    const opened = openXlsxPackage(bytes);
    if (sheetThreads !== undefined) return { kind: 'opened', bytes, sheetNames: opened.sheetNames, opened, threads: Math.min(sheetThreads, sheetThreadCount(opened.worksheets)) };
    return { kind: 'read', bytes, sheetNames: opened.sheetNames, sheets: readEverySheet(opened) };
  } catch (error) {
    throw readFailure(readProblemOf(error), inputPath, language);
  }
}

/** A sound package the copy cannot be made from fails as the writer failed on it before: exit 1. */
function loadFailed(error: WorkbookLoadError): CheckRunResult {
  return { ok: false, exitCode: error.problem === 'unsupported-package' ? 1 : 2, message: error.message };
}

type PreparedOutputs = { outputPath: string; jsonPath: string | null; keptFiles: KeptFile[] } | { problem: string };

/**
 * Makes sure the outputs can be written without touching the input or each other, and picks where
 * they go (a file this tool did not write is kept, see freeOutput.ts): the paths, or what is wrong.
 */
async function prepareOutputs(inputPath: string, outputPath: string, jsonPath: string | null, options: CheckRunOptions): Promise<PreparedOutputs> {
  const { language } = options;
  const refuse = (problem: string) => ({ problem });
  const targets = jsonPath ? [outputPath, jsonPath] : [outputPath];
  if (path.extname(outputPath).toLowerCase() !== '.xlsx') return refuse(say(language, cliText.outputNotXlsx, { path: outputPath }));
  for (const target of targets) {
    if (await sameFile(inputPath, target)) return refuse(say(language, cliText.outputIsInput, { path: target }));
  }
  // The JSON written over the checked copy would leave only the JSON, yet the run would say both were written.
  if (jsonPath && (await sameFile(outputPath, jsonPath))) return refuse(say(language, cliText.jsonIsOutput, { path: jsonPath }));
  // An output's folder is made as --out-dir's is; one that cannot be (a file in the way) is refused.
  for (const target of targets) {
    const folder = path.dirname(target);
    await mkdir(folder, { recursive: true }).catch(() => undefined);
    const info = await stat(folder).catch(() => null);
    if (!info?.isDirectory()) return refuse(say(language, cliText.outputFolderMissing, { folder }));
  }
  const force = options.force ?? false;
  const written = await freeOutputPath(outputPath, force, (candidate) => sameFile(inputPath, candidate));
  const json = jsonPath === null ? null : await freeOutputPath(jsonPath, force, async (candidate) => (await sameFile(inputPath, candidate)) || (await sameFile(written, candidate)));
  const keptFiles: KeptFile[] = [];
  if (written !== outputPath) keptFiles.push({ kept: outputPath, writtenTo: written });
  if (jsonPath !== null && json !== null && json !== jsonPath) keptFiles.push({ kept: jsonPath, writtenTo: json });
  return { outputPath: written, jsonPath: json, keptFiles };
}

/** Same path, or the same file reached another way (a link, another letter case on Windows). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  if ((await canonicalPath(a)) === (await canonicalPath(b))) return true;
  const [statA, statB] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return !!statA && !!statB && statA.ino !== 0 && statA.ino === statB.ino && statA.dev === statB.dev;
}

/** The path with every link resolved; for a file not there yet, its folder's links. */
async function canonicalPath(file: string): Promise<string> {
  const resolved = path.resolve(file);
  return (
    (await realpath(resolved).catch(() => null)) ??
    (await realpath(path.dirname(resolved)).then((folder) => path.join(folder, path.basename(resolved)), () => resolved))
  );
}

