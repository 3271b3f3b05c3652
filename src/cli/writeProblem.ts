/** The advice for an output that could not be written, chosen by the system's error code. */
import type { Language } from '../core/model';
import { sayPlain, writeAdviceText } from '../text/strings';

/** The system's error code of what a write threw ("ENOSPC"…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
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
