/**
 * The settings the pane works with: loaded from the workbook once, saved back on every change
 * (so the next check, in this session or the next, is one click again).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckSettings } from '../core/model';
import { startingSettings } from '../addin/settingsRules';
import type { WorkbookAccess } from '../addin/workbookAccess';

export interface SettingsState {
  settings: CheckSettings;
  /** False until the workbook's saved settings have been read (or failed to be). */
  loaded: boolean;
  /** Applies a change and saves the result in the workbook. */
  update: (change: (settings: CheckSettings) => CheckSettings) => void;
}

/** `onProblem` must keep its identity (a state setter, or a callback without dependencies). */
export function useSettings(
  access: WorkbookAccess,
  displayLanguage: string | undefined,
  onProblem: (error: unknown) => void,
): SettingsState {
  const [settings, setSettings] = useState<CheckSettings>(() => startingSettings(null, displayLanguage));
  const [loaded, setLoaded] = useState(false);
  const current = useRef(settings);
  /** A change made before the saved settings arrived wins over them. */
  const changedEarly = useRef(false);

  useEffect(() => {
    let live = true;
    access
      .loadSettings()
      .then((saved) => {
        if (!live || saved === null || changedEarly.current) return;
        const next = startingSettings(saved, displayLanguage);
        current.current = next;
        setSettings(next);
      })
      .catch((error: unknown) => {
        if (live) onProblem(error);
      })
      .finally(() => {
        if (live) setLoaded(true);
      });
    return () => {
      live = false;
    };
  }, [access, displayLanguage, onProblem]);

  const update = useCallback(
    (change: (settings: CheckSettings) => CheckSettings) => {
      const next = change(current.current);
      if (next === current.current) return;
      changedEarly.current = true;
      current.current = next;
      setSettings(next);
      access.saveSettings(next).catch((error: unknown) => onProblem(error));
    },
    [access, onProblem],
  );

  return { settings, loaded, update };
}
