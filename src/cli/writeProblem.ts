/** What the user is told of an output that could not be written, with the advice for its cause. */
import type { Language } from '../core/model';
import { cliText, say, sayPlain, writeAdviceText } from '../text/strings';
import { errorCode, errorText } from './thrown';

/** `target` could not be written: where, what the system said, and what to do about it. */
export function writeFailure(target: string, error: unknown, language: Language): string {
  return say(language, cliText.writeFailed, { path: target, detail: errorText(error), advice: writeProblemAdvice(errorCode(error), language) });
}

/**
 * A full disk, a used-up quota or a read-only place each have their own remedy; closing the file
 * in Excel, the advice for a locked or forbidden file (EBUSY, EPERM, EACCES), would not help them.
 */
export function writeProblemAdvice(errorCode: string | undefined, language: Language): string {
  switch (errorCode) {
    case 'ENOSPC':
      return sayPlain(language, writeAdviceText.freeSpace);
    case 'EDQUOT':
      return sayPlain(language, writeAdviceText.quota);
    case 'EROFS':
      return sayPlain(language, writeAdviceText.otherFolder);
    default:
      return sayPlain(language, writeAdviceText.closeFile);
  }
}
