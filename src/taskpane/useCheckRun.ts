/** One check at a time: its progress while it runs, a stop while it only reads and checks, its outcome when it is done. */
import { useCallback, useRef, useState } from 'react';
import { CheckStopped, isCommitting, runCheck, type CheckOutcome, type CheckProgress, type RunCheckOptions } from '../addin/checkFlow';
import type { WorkbookAccess } from '../addin/workbookAccess';

export interface CheckRunState {
  running: boolean;
  progress: CheckProgress | null;
  outcome: CheckOutcome | null;
  /** The last run was stopped before it wrote anything; `at` is where it was (null: before it began). */
  stopped: { at: CheckProgress | null } | null;
  /** A stop was asked for and the run has not ended yet. */
  stopping: boolean;
  /** Starts a check unless one is running; resolves when it ends (never rejects). */
  start: (options: Omit<RunCheckOptions, 'onProgress' | 'signal'>) => Promise<void>;
  /** Stops the running check, unless it has begun writing (then it finishes: the writer is all or nothing). */
  stop: () => void;
}

export function useCheckRun(access: WorkbookAccess, onProblem: (error: unknown) => void): CheckRunState {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [stopped, setStopped] = useState<{ at: CheckProgress | null } | null>(null);
  const [stopping, setStopping] = useState(false);
  const busy = useRef(false);
  /** The running check's controller and its latest progress (read by stop, which must not wait for a render). */
  const current = useRef<{ controller: AbortController; progress: CheckProgress | null } | null>(null);

  const start = useCallback(
    async (options: Omit<RunCheckOptions, 'onProgress' | 'signal'>) => {
      if (busy.current) return;
      busy.current = true;
      const run = { controller: new AbortController(), progress: null as CheckProgress | null };
      current.current = run;
      setRunning(true);
      setStopped(null);
      setStopping(false);
      setProgress({ phase: 'reading', fraction: 0 });
      const onProgress = (next: CheckProgress) => {
        run.progress = next;
        setProgress(next);
      };
      try {
        setOutcome(await runCheck(access, { ...options, onProgress, signal: run.controller.signal }));
      } catch (error) {
        if (error instanceof CheckStopped) {
          // The results of an earlier run stay off the pane: they are not what this run would have said.
          setOutcome(null);
          setStopped({ at: error.at });
        } else {
          onProblem(error);
        }
      } finally {
        busy.current = false;
        current.current = null;
        setRunning(false);
        setStopping(false);
        setProgress(null);
      }
    },
    [access, onProblem],
  );

  const stop = useCallback(() => {
    const run = current.current;
    if (!run || run.controller.signal.aborted || (run.progress && isCommitting(run.progress))) return;
    run.controller.abort();
    setStopping(true);
  }, []);

  return { running, progress, outcome, stopped, stopping, start, stop };
}
