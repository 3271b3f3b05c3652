/**
 * What Ctrl-C (SIGINT) or SIGTERM does to a run: the entry (check.ts) turns the signals into an
 * abort; the run stops where it is (a batch first reports the files it finished), then
 * interruptRun removes every temporary file still open and gives the exit code.
 */
import { abandonTemporaries, removeTemporariesNow } from './writeAtomic';

export type StopSignal = 'SIGINT' | 'SIGTERM';

/** The shell's convention: 128 plus the signal's number. */
const EXIT_CODES: Record<StopSignal, number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Aborted with the signal's name at the first SIGINT or SIGTERM, for the run to stop where it is
 * and clean up. A second one ends the process at once, its temporary files removed: a run stuck in
 * a long step (a write to a stalled drive) still stops without leaving one.
 */
export function abortOnStopSignals(): AbortSignal {
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (!controller.signal.aborted) {
        controller.abort(signal);
        return;
      }
      removeTemporariesNow();
      process.exit(EXIT_CODES[signal]);
    });
  }
  return controller.signal;
}

/** Removes every temporary file the run has open and refuses later writes; the exit code to end with. */
export async function interruptRun(signal: StopSignal): Promise<number> {
  await abandonTemporaries();
  return EXIT_CODES[signal];
}

export function stopSignalOf(interruption: AbortSignal): StopSignal {
  return interruption.reason === 'SIGTERM' ? 'SIGTERM' : 'SIGINT';
}

/** As `work` settles, or null as soon as `interruption` is aborted (at once if it already is). */
export function unlessInterrupted<T>(work: Promise<T>, interruption: AbortSignal | undefined): Promise<T | null> {
  if (!interruption) return work;
  if (interruption.aborted) {
    work.catch(() => undefined);
    return Promise.resolve(null);
  }
  const aborted = new Promise<null>((resolve) => interruption.addEventListener('abort', () => resolve(null), { once: true }));
  return Promise.race([work, aborted]);
}
