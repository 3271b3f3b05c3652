/**
 * What the user is told when a check stops on an error no step foresaw: the file named, in the
 * user's language, on one line, never a stack trace. V8's words for running out of memory mean
 * nothing to a user, so they are said plainly; any other error's own text is kept, marked as the
 * technical detail a bug report needs.
 */
import path from 'node:path';
import type { Language } from '../core/model';
import { batchText, cliText, say } from '../text/strings';
import { parseCliArgs } from './args';
import { inputPathOf } from './paths';
import { errorCode, errorText } from './thrown';

/** What V8 and Node throw when a string, array or buffer cannot be as large as asked. */
const OUT_OF_MEMORY_MESSAGES: readonly string[] = ['Invalid string length', 'Invalid array length', 'Array buffer allocation failed', 'Cannot create a string longer than'];
const OUT_OF_MEMORY_CODES: readonly string[] = ['ERR_BUFFER_TOO_LARGE', 'ERR_STRING_TOO_LONG'];

/** Longest technical detail shown: enough to recognise the error, short enough for one line. */
const LONGEST_DETAIL = 200;

/**
 * The same for an error thrown where no step awaits it (an event handler): the command's words are
 * all there is to name the work by: its input, or for a batch its output folder.
 */
export function lastResortFailure(error: unknown, argv: readonly string[]): string {
  const command = parseCliArgs(argv);
  if (command.kind === 'check') return unexpectedFailure(error, inputPathOf(command.request.input), command.request.language);
  if (command.kind === 'batch') return unexpectedBatchFailure(error, path.resolve(command.request.outDir), command.request.language);
  return unexpectedFailure(error, argv.join(' '), command.language);
}

/** `error`: what was thrown, or its message when it came from another thread. */
export function unexpectedFailure(error: unknown, path: string, language: Language): string {
  const message = errorText(error);
  const code = errorCode(error);
  if (OUT_OF_MEMORY_MESSAGES.some((words) => message.includes(words)) || (code !== undefined && OUT_OF_MEMORY_CODES.includes(code))) {
    return say(language, cliText.outOfMemory, { path });
  }
  return say(language, cliText.unexpectedFailure, { path, detail: technicalDetail(message) });
}

/** The same for a batch stopped as a whole: the copies it wrote stay, in `folder`. */
export function unexpectedBatchFailure(error: unknown, folder: string, language: Language): string {
  return say(language, batchText.unexpectedFailure, { folder, detail: technicalDetail(errorText(error)) });
}

/** An error's text on one line, cut to a readable length. */
function technicalDetail(message: string): string {
  const oneLine = message.replace(/\s+/g, ' ').trim();
  return oneLine.length > LONGEST_DETAIL ? `${oneLine.slice(0, LONGEST_DETAIL - 1)}…` : oneLine;
}
