/** The command line from arguments to exit code, with the engine and the terminal passed in. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { terminalText } from '../text/shownPath';
import { batchText, cliText, say, sayPlain } from '../text/strings';
import { parseCliArgs, type BatchRequest, type CheckRequest } from './args';
import type { KeptFile } from './freeOutput';
import { interruptRun, stopSignalOf, unlessInterrupted } from './interrupt';
import { createProgress, type Progress, type ProgressTerminal } from './progress';
import { runBatch } from './runBatch';
import { inputPathOf } from './paths';
import { runCheck, type CheckFunction, type CheckRunResult } from './runCheck';
import { unexpectedBatchFailure, unexpectedFailure } from './unexpectedFailure';
import { formatBatchSummary, formatRunSummary } from './terminal';

export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Present when stdout is an interactive terminal: a batch then redraws one progress line in place. */
  terminal?: ProgressTerminal;
}

/**
 * 0 when the check ran (findings are results, not failures); see CheckRunResult for the rest.
 * Batch mode: 0 when every file was checked, 1 when some could not be (see BatchRunResult), 2 for
 * usage errors. Batch workers always run the real engine: `check` is for the single-file check.
 * Interrupted: 130 (SIGINT) or 143 (SIGTERM), no temporary file left (interrupt.ts).
 */
export async function cliMain(
  argv: readonly string[],
  check: CheckFunction,
  printer: CliOutput,
  checkedAt: Date,
  /** A single file's threads at most with the real engine (runCheck's sheetThreads); absent: `check` on the sheets read whole. */
  sheetThreads?: number,
  /** Aborted with the signal's name when the user stops the run (check.ts). */
  interruption?: AbortSignal,
): Promise<number> {
  // Names from the file system and the workbook reach the terminal escaped (see terminalText).
  const output: CliOutput = { ...printer, stdout: (text) => printer.stdout(terminalText(text)), stderr: (text) => printer.stderr(terminalText(text)) };
  const command = parseCliArgs(argv);
  if (command.kind === 'help') {
    output.stdout(sayPlain(command.language, cliText.usage));
    return 0;
  }
  if (command.kind === 'invalid') {
    output.stderr(command.message);
    return 2;
  }
  if (command.kind === 'batch') {
    try {
      return await batchMain(command.request, output, checkedAt, interruption);
    } catch (error) {
      output.stderr(unexpectedBatchFailure(error, path.resolve(command.request.outDir), command.request.language));
      return 1;
    }
  }
  const folderProblem = await folderWithoutOutDir(command.request);
  if (folderProblem) {
    output.stderr(folderProblem);
    return 2;
  }
  const { language } = command.request;
  let result: CheckRunResult | null;
  try {
    result = await unlessInterrupted(runCheck({ ...command.request, checkedAt, ...(sheetThreads !== undefined && { sheetThreads }) }, check), interruption);
  } catch (error) {
    // Whatever no step foresaw still ends in one line naming the file, never a stack trace.
    output.stderr(unexpectedFailure(error, inputPathOf(command.request.input), language));
    return 1;
  }
  if (result === null || interruption?.aborted) {
    const signal = stopSignalOf(interruption!);
    const exitCode = await interruptRun(signal);
    output.stderr(say(language, cliText.interrupted, { signal }));
    return exitCode;
  }
  if (!result.ok) {
    output.stderr(result.message);
    return result.exitCode;
  }
  output.stdout(formatRunSummary(result, language));
  tellKeptFiles(result.keptFiles, language, output);
  return 0;
}

async function batchMain(request: BatchRequest, output: CliOutput, checkedAt: Date, interruption: AbortSignal | undefined): Promise<number> {
  const { language } = request;
  // Made once the files are known; absent when the batch stops before checking any.
  const view: { progress?: Progress } = {};
  const result = await runBatch(
    { ...request, checkedAt, ...(interruption && { interruption }) },
    {
      onStart: (files) => {
        view.progress = createProgress(files.length, language, output, output.terminal);
      },
      onFileDone: (file) => view.progress?.fileDone(file),
    },
  );
  view.progress?.finish();
  if (interruption?.aborted) {
    const signal = stopSignalOf(interruption);
    const exitCode = await interruptRun(signal);
    if (result.ok && result.writeProblem) output.stderr(result.writeProblem);
    output.stderr(
      result.ok
        ? say(language, batchText.interrupted, { signal, done: result.results.length, found: result.filesFound, path: result.jsonPath })
        : say(language, cliText.interrupted, { signal }),
    );
    return exitCode;
  }
  if (!result.ok) {
    output.stderr(result.message);
    return result.exitCode;
  }
  output.stdout(formatBatchSummary(result, language));
  tellKeptFiles(result.keptFiles, language, output);
  if (result.writeProblem) output.stderr(result.writeProblem);
  return result.exitCode;
}

function tellKeptFiles(keptFiles: readonly KeptFile[], language: CheckRequest['language'], output: CliOutput): void {
  for (const file of keptFiles) output.stdout(say(language, cliText.keptFile, file));
}

/** A folder given as the one input is a batch, which needs --out-dir: say so instead of failing to read it. */
async function folderWithoutOutDir(request: CheckRequest): Promise<string | null> {
  if (request.input === undefined) return null;
  const info = await stat(request.input).catch(() => null);
  if (!info?.isDirectory()) return null;
  const { language } = request;
  if (request.out !== undefined || request.json !== undefined) return sayPlain(language, batchText.outWithBatch);
  return say(language, batchText.folderNeedsOutDir, { path: path.resolve(request.input) });
}
