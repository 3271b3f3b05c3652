import { Button, Field, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { isCommitting, type CheckOutcome, type CheckProgress, type SheetPlace } from '../../addin/checkFlow';
import type { SheetListing } from '../../addin/workbookAccess';
import { uiText } from '../../text/strings';
import { useSpeaker, type Speaker } from '../text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  button: { width: '100%' },
});

export interface RunPanelProps {
  checkOnly: boolean;
  running: boolean;
  /** Why the button cannot be pressed now (settings still loading counts, without a sentence). */
  blocked: boolean;
  blockedReason: string | null;
  progress: CheckProgress | null;
  onRun: () => void;
  /** A stop was asked for and the run has not ended yet. */
  stopping: boolean;
  onStop: () => void;
  /** The last run was stopped, and where. */
  stopped: { at: CheckProgress | null } | null;
  /** The last run's outcome: its time, and the sheets of an earlier run it left in place. */
  outcome: CheckOutcome | null;
}

/**
 * The one button; while it works, the phase, the sheet and a bar, with a stop button that is honest
 * about the write (it cannot be stopped); afterwards, how it ended. Every sentence is worded at
 * render from data, so the language switch re-words it.
 */
export function RunPanel({ checkOnly, running, blocked, blockedReason, progress, onRun, stopping, onStop, stopped, outcome }: RunPanelProps) {
  const t = useSpeaker();
  const styles = useStyles();
  const committing = progress !== null && isCommitting(progress);
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        size="large"
        className={styles.button}
        // Focusable while disabled: a keyboard user keeps their place during the run.
        disabledFocusable={running || blocked}
        onClick={onRun}
      >
        {t.plain(checkOnly ? uiText.runCheckOnly : uiText.runAndWrite)}
      </Button>
      {blockedReason && !running && <Text size={200}>{blockedReason}</Text>}
      {running && progress && (
        <>
          <Field
            label={t.plain(uiText.phase[progress.phase])}
            hint={progress.sheet ? placeText(t, progress.sheet) : undefined}
            validationState="none"
          >
            <ProgressBar value={progress.fraction} max={1} thickness="large" />
          </Field>
          <Button disabledFocusable={committing || stopping} onClick={onStop}>
            {t.plain(stopping ? uiText.stopping : uiText.stop)}
          </Button>
          <Text size={200}>{t.plain(committing ? uiText.cannotStopWhileWriting : uiText.stopHint)}</Text>
        </>
      )}
      {!running && stopped && (
        <Text role="status">
          {t.plain(uiText.stopped)}
          {stopped.at?.sheet && ` ${t.say(uiText.stoppedAt, { phase: stopped.at.phase, place: placeText(t, stopped.at.sheet) })}`}
        </Text>
      )}
      {!running && outcome && (
        <Text role="status">
          {t.say(uiText.finishedIn, { seconds: seconds(outcome.elapsedMs) })}
          {outcome.staleSheets.length > 0 && ` ${t.say(uiText.staleSheets, staleText(outcome.staleSheets))}`}
        </Text>
      )}
    </div>
  );
}

/** The stale sheets' names, and when they were written: the latest time the record holds, if any. */
function staleText(sheets: readonly SheetListing[]): { names: string[]; checkedAt: Date | null } {
  const times = sheets.map((sheet) => (sheet.checkedAt ? Date.parse(sheet.checkedAt) : NaN)).filter((time) => Number.isFinite(time));
  return { names: sheets.map((sheet) => sheet.name), checkedAt: times.length > 0 ? new Date(Math.max(...times)) : null };
}

function placeText(t: Speaker, place: SheetPlace): string {
  return t.say(uiText.sheetPlace, place);
}

/** "0.4" under ten seconds, whole seconds above. */
function seconds(ms: number): string {
  return ms < 10_000 ? String(Math.round(ms / 100) / 10) : String(Math.round(ms / 1000));
}
