/**
 * Progress of a batch. On a terminal: one line redrawn in place, "[#####.....] 12/63 tinh-x.xlsx".
 * Otherwise (CI, a pipe, a log file): one line per finished file, which reads well in a log.
 */
import type { Language } from '../core/model';
import { shownPath } from '../text/shownPath';
import { batchText, say } from '../text/strings';
import { fileStatus, type BatchFileResult } from './batchReport';

/** An interactive terminal: raw writes (no newline added) and its current width. */
export interface ProgressTerminal {
  write(text: string): void;
  columns(): number;
}

export interface Progress {
  fileDone(result: BatchFileResult): void;
  /** Leaves the terminal on a fresh line. */
  finish(): void;
}

const BAR_WIDTH = 20;

export function createProgress(
  total: number,
  language: Language,
  output: { stdout(text: string): void },
  terminal?: ProgressTerminal,
): Progress {
  let done = 0;
  let failed = 0;
  const count = (result: BatchFileResult) => {
    done++;
    if (result.outcome.status === 'failed') failed++;
  };
  if (!terminal) {
    return {
      fileDone(result) {
        count(result);
        output.stdout(fileLine(result, done, total, language));
      },
      finish() {},
    };
  }
  const draw = (name: string) => terminal.write(`\r${progressLine({ done, total, failed, name }, language, terminal.columns())}\x1b[K`);
  draw('');
  return {
    fileDone(result) {
      count(result);
      draw(result.name);
    },
    finish() {
      terminal.write('\n');
    },
  };
}

/** "[#####.....] 12/63 tinh-x.xlsx · 1 tệp không kiểm tra được", cut to fit the terminal's width. */
export function progressLine(
  state: { done: number; total: number; failed: number; name: string },
  language: Language,
  columns: number,
): string {
  const filled = state.total ? Math.round((state.done / state.total) * BAR_WIDTH) : BAR_WIDTH;
  const head = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${state.done}/${state.total}`;
  const tail = state.failed ? say(language, batchText.progressFailed, { count: state.failed }) : '';
  // One column spare: writing into the last one makes some terminals wrap.
  const room = Math.max(0, (columns || 80) - 1 - head.length - tail.length - 1);
  const shown = shownPath(state.name);
  const name = shown.length <= room ? shown : room >= 4 ? `…${shown.slice(shown.length - room + 1)}` : '';
  return `${head}${name ? ` ${name}` : ''}${tail}`.slice(0, Math.max(head.length, (columns || 80) - 1));
}

/** "[3/4] tinh-x.xlsx: 16 chỉ tiêu, 1 lỗi, 2 cảnh báo" or "[4/4] hong.xlsx: KHÔNG KIỂM TRA ĐƯỢC. …" */
export function fileLine(result: BatchFileResult, done: number, total: number, language: Language): string {
  const { outcome, name } = result;
  if (outcome.status === 'failed') return say(language, batchText.fileFailed, { done, total, name, reason: outcome.error });
  const { counts } = outcome;
  if (fileStatus(outcome) === 'nothing-read') return say(language, batchText.fileNothingRead, { done, total, name, skipped: counts.sheetsSkipped });
  return say(language, batchText.fileChecked, {
    done,
    total,
    name,
    indicators: counts.indicators,
    errors: counts.findings.error,
    warnings: counts.findings.warning,
  });
}
