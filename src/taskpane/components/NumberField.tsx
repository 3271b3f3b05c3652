import { Field, InfoLabel, SpinButton, type LabelProps } from '@fluentui/react-components';
import { useState } from 'react';
import type { Language } from '../../core/model';
import { parseNumber } from '../../addin/settingsRules';

export interface NumberFieldProps {
  label: string;
  /** What the label's term means, behind an info button beside it, and that button's name. */
  info?: { text: string; buttonName: string };
  value: number;
  min: number;
  max: number;
  step: number;
  /** Decimals kept; 0 for whole numbers. */
  precision: number;
  /** Null when the value may be saved, else the sentence that says what to enter. */
  problemOf: (value: number | null) => string | null;
  onCommit: (value: number) => void;
  language: Language;
}

/**
 * A SpinButton that saves only valid values: typed text ("99,5" or "99.5") is checked when the
 * user leaves the field or presses Enter; an invalid entry stays visible with what to enter.
 */
export function NumberField({ label, info, value, min, max, step, precision, problemOf, onCommit, language }: NumberFieldProps) {
  const [draft, setDraft] = useState<{ text: string; problem: string } | null>(null);
  const labelSlot = info
    ? {
        children: (_: unknown, slotProps: LabelProps) => (
          <InfoLabel {...slotProps} info={info.text} infoButton={{ 'aria-label': info.buttonName }}>
            {label}
          </InfoLabel>
        ),
      }
    : label;
  return (
    <Field label={labelSlot} validationState={draft ? 'error' : 'none'} validationMessage={draft?.problem}>
      <SpinButton
        value={value}
        displayValue={draft?.text ?? formatNumber(value, language)}
        min={min}
        max={max}
        step={step}
        precision={precision}
        onChange={(_, data) => {
          const text = data.displayValue ?? '';
          const next = data.value !== undefined ? data.value : parseNumber(text);
          const problem = problemOf(next);
          if (problem !== null || next === null) {
            setDraft({ text, problem: problem ?? '' });
            return;
          }
          setDraft(null);
          if (next !== value) onCommit(next);
        }}
      />
    </Field>
  );
}

function formatNumber(value: number, language: Language): string {
  const text = String(Math.round(value * 1e6) / 1e6);
  return language === 'vi' ? text.replace('.', ',') : text;
}
