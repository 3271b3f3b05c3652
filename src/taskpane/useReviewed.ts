import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReviewedFinding, WorkbookAccess } from '../addin/workbookAccess';
import { reviewKey, withReviewed, type FindingEntry } from './findingsView';

export interface Reviewed {
  /** reviewKey of every finding ticked, in this run or an earlier one. */
  keys: ReadonlySet<string>;
  set: (entry: FindingEntry, ticked: boolean) => void;
}

/** The "đã xem" ticks: loaded from the workbook once, saved back on every change. */
export function useReviewed(access: WorkbookAccess, onProblem: (error: unknown) => void): Reviewed {
  const [reviewed, setReviewed] = useState<readonly ReviewedFinding[]>([]);
  // The latest list, so two quick ticks both count (a state closure would drop the first).
  const latest = useRef<readonly ReviewedFinding[]>([]);

  useEffect(() => {
    let live = true;
    access
      .loadReviewed()
      .then((loaded) => {
        if (!live) return;
        latest.current = loaded;
        setReviewed(loaded);
      })
      .catch(onProblem);
    return () => {
      live = false;
    };
  }, [access, onProblem]);

  const set = useCallback(
    (entry: FindingEntry, ticked: boolean) => {
      const next = withReviewed(latest.current, entry, ticked);
      latest.current = next;
      setReviewed(next);
      access.saveReviewed(next).catch(onProblem);
    },
    [access, onProblem],
  );

  const keys = useMemo(() => new Set(reviewed.map(reviewKey)), [reviewed]);
  return { keys, set };
}
