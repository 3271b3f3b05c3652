import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { achievedProblem, limits, nearlyProblem, toleranceProblem, type NumberProblem, type SettingProblem } from '../../addin/settingsRules';
import type { CheckSettings } from '../../core/model';
import { uiText, type Localized } from '../../text/strings';
import { useSpeaker, type Speaker } from '../text';
import { NumberField } from './NumberField';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface ThresholdFieldsProps {
  settings: CheckSettings;
  onSettings: (change: (settings: CheckSettings) => CheckSettings) => void;
  /** Told which field holds an unsaved, invalid entry (and when it no longer does). */
  onValidity?: (field: SettingProblem['field'], valid: boolean) => void;
}

/** Each threshold field's label: also how the run button names a field that blocks it. */
export const thresholdLabels: Record<SettingProblem['field'], Localized> = {
  achievedThreshold: uiText.achievedThreshold,
  nearlyThreshold: uiText.nearlyThreshold,
  extraToleranceDigits: uiText.extraTolerance,
};

/** Achieved and nearly-achieved thresholds (% of plan) and the extra tolerance, each validated. */
export function ThresholdFields({ settings, onSettings, onValidity }: ThresholdFieldsProps) {
  const t = useSpeaker();
  const styles = useStyles();
  const validity = useValidityCallbacks(onValidity);
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
        onValidity={validity.achievedThreshold}
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
        onValidity={validity.nearlyThreshold}
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
        onValidity={validity.extraToleranceDigits}
      />
    </div>
  );
}

/** One stable callback per field, so a field reports its validity only when it changes. */
function useValidityCallbacks(onValidity: ThresholdFieldsProps['onValidity']) {
  return useMemo(
    () => ({
      achievedThreshold: (valid: boolean) => onValidity?.('achievedThreshold', valid),
      nearlyThreshold: (valid: boolean) => onValidity?.('nearlyThreshold', valid),
      extraToleranceDigits: (valid: boolean) => onValidity?.('extraToleranceDigits', valid),
    }),
    [onValidity],
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
