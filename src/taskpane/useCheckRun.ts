/** One check at a time: its progress while it runs, its outcome when it is done. */
import { useCallback, useRef, useState } from 'react';
import { runCheck, type CheckOutcome, type CheckProgress, type RunCheckOptions } from '../addin/checkFlow';
import type { WorkbookAccess } from '../addin/workbookAccess';

export interface CheckRunState {
  running: boolean;
  progress: CheckProgress | null;
  outcome: CheckOutcome | null;
  /** Starts a check unless one is running; resolves when it ends (never rejects). */
  start: (options: Omit<RunCheckOptions, 'onProgress'>) => Promise<void>;
}

export function useCheckRun(access: WorkbookAccess, onProblem: (error: unknown) => void): CheckRunState {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const busy = useRef(false);

  const start = useCallback(
    async (options: Omit<RunCheckOptions, 'onProgress'>) => {
      if (busy.current) return;
      busy.current = true;
      setRunning(true);
      setProgress({ phase: 'reading', fraction: 0 });
      try {
        setOutcome(await runCheck(access, { ...options, onProgress: setProgress }));
      } catch (error) {
        onProblem(error);
      } finally {
        busy.current = false;
        setRunning(false);
        setProgress(null);
      }
    },
    [access, onProblem],
  );

  return { running, progress, outcome, start };
}
