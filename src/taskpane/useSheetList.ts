/** The workbook's sheets, for the sheet chooser: listed on start and again after each check. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SheetListing, WorkbookAccess } from '../addin/workbookAccess';

export interface SheetListState {
  /** Null until listed (or when listing failed: the check then takes every visible sheet). */
  sheets: SheetListing[] | null;
  refresh: () => void;
}

export function useSheetList(access: WorkbookAccess, onProblem: (error: unknown) => void): SheetListState {
  const [sheets, setSheets] = useState<SheetListing[] | null>(null);
  const latest = useRef(0);

  const refresh = useCallback(() => {
    const request = ++latest.current;
    access
      .listSheets()
      .then((listed) => {
        if (request === latest.current) setSheets(listed);
      })
      .catch((error: unknown) => {
        if (request === latest.current) onProblem(error);
      });
  }, [access, onProblem]);

  useEffect(() => {
    refresh();
    return () => {
      latest.current++;
    };
  }, [refresh]);

  return { sheets, refresh };
}
