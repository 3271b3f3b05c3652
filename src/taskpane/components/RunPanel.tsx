import { Button, Field, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckProgress } from '../../addin/checkFlow';
import { uiText } from '../../text/strings';
import { useSpeaker } from '../text';

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
}

/** The one button, and while it works, the phase and a progress bar. */
export function RunPanel({ checkOnly, running, blocked, blockedReason, progress, onRun }: RunPanelProps) {
  const t = useSpeaker();
  const styles = useStyles();
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
        <Field label={t.plain(uiText.phase[progress.phase])} validationState="none">
          <ProgressBar value={progress.fraction} max={1} thickness="large" />
        </Field>
      )}
    </div>
  );
}
