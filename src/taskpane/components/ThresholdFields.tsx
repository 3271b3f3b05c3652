import { makeStyles, tokens } from '@fluentui/react-components';
import { achievedProblem, limits, nearlyProblem, toleranceProblem, type NumberProblem } from '../../addin/settingsRules';
import type { CheckSettings } from '../../core/model';
import { uiText } from '../../text/strings';
import { useSpeaker, type Speaker } from '../text';
import { NumberField } from './NumberField';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface ThresholdFieldsProps {
  settings: CheckSettings;
  onSettings: (change: (settings: CheckSettings) => CheckSettings) => void;
}

/** Achieved and nearly-achieved thresholds (% of plan) and the extra tolerance, each validated. */
export function ThresholdFields({ settings, onSettings }: ThresholdFieldsProps) {
  const t = useSpeaker();
  const styles = useStyles();
  const { achievedThreshold: achieved, nearlyThreshold: nearly } = settings;
  return (
    <div className={styles.root}>
      <NumberField
        label={t.plain(uiText.achievedThreshold)}
        value={achieved}
        min={0}
        max={limits.achieved.max}
        step={1}
        precision={2}
        language={t.language}
        problemOf={(value) =>
          sentence(t, achievedProblem(value), achieved) ??
          (value !== null && value < nearly ? t.say(uiText.achievedBelowNearly, { nearly: formatted(nearly, t) }) : null)
        }
        onCommit={(value) => onSettings((s) => ({ ...s, achievedThreshold: value }))}
      />
      <NumberField
        label={t.plain(uiText.nearlyThreshold)}
        value={nearly}
        min={0}
        max={achieved}
        step={1}
        precision={2}
        language={t.language}
        problemOf={(value) => sentence(t, nearlyProblem(value, achieved), achieved)}
        onCommit={(value) => onSettings((s) => ({ ...s, nearlyThreshold: value }))}
      />
      <NumberField
        label={t.plain(uiText.extraTolerance)}
        info={{ text: t.plain(uiText.extraToleranceInfo), buttonName: t.plain(uiText.termInfo) }}
        value={settings.extraToleranceDigits}
        min={limits.extraToleranceDigits.min}
        max={limits.extraToleranceDigits.max}
        step={1}
        precision={0}
        language={t.language}
        problemOf={(value) => sentence(t, toleranceProblem(value), achieved)}
        onCommit={(value) => onSettings((s) => ({ ...s, extraToleranceDigits: value }))}
      />
    </div>
  );
}

function sentence(t: Speaker, problem: NumberProblem | null, achieved: number): string | null {
  switch (problem) {
    case null:
      return null;
    case 'notANumber':
      return t.plain(uiText.notANumber);
    case 'achievedRange':
      return t.plain(uiText.achievedRange);
    case 'nearlyRange':
      return t.say(uiText.nearlyRange, { achieved: formatted(achieved, t) });
    case 'toleranceRange':
      return t.plain(uiText.toleranceRange);
  }
}

function formatted(value: number, t: Speaker): string {
  return t.language === 'vi' ? String(value).replace('.', ',') : String(value);
}
