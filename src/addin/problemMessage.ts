/**
 * The sentence the task pane shows for a failed workbook operation. Decided from the problem's
 * kind (itself decided from Office's error code), never from Office's localised message.
 */
import type { Language } from '../core/model';
import { say, sayPlain, uiText } from '../text/strings';
import { AddinError, type AddinProblem } from './workbookAccess';

export function problemMessage(problem: AddinProblem, language: Language): string {
  const text = uiText.problem;
  switch (problem.kind) {
    case 'cellEditMode':
      return sayPlain(language, text.cellEditMode);
    case 'protectedSheet':
      return say(language, text.protectedSheet, { sheet: problem.sheet });
    case 'protectedWorkbook':
      return sayPlain(language, text.protectedWorkbook);
    case 'payloadTooLarge':
      return sayPlain(language, text.payloadTooLarge);
    case 'sheetTooLarge':
      return say(language, text.sheetTooLarge, { sheet: problem.sheet, range: problem.range, cells: problem.cells });
    case 'unsupported':
      return say(language, text.unsupported, { requirement: problem.requirement });
    case 'unknown':
      return say(language, text.unknown, { code: problem.code, detail: problem.detail });
  }
}

/** Any thrown value as one sentence: an AddinError by its problem, anything else as unexpected. */
export function errorMessage(error: unknown, language: Language): string {
  if (error instanceof AddinError) return problemMessage(error.problem, language);
  const detail = error instanceof Error ? error.message || error.name : String(error);
  return say(language, uiText.problem.unexpected, { detail });
}
