import { Field, InfoLabel, SpinButton, type LabelProps } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
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
  /** Told whether the field holds an entry that was not saved (shown in red): a check must not run then. */
  onValidity?: (valid: boolean) => void;
}

/**
 * A SpinButton that saves only valid values: typed text ("99,5" or "99.5") is checked when the
 * user leaves the field or presses Enter; an invalid entry stays visible with what to enter.
 */
export function NumberField({ label, info, value, min, max, step, precision, problemOf, onCommit, language, onValidity }: NumberFieldProps) {
  // The entry only: its sentence is worded at render, so the language switch re-words it.
  const [draft, setDraft] = useState<{ text: string; value: number | null } | null>(null);
  const invalid = draft !== null;
  useEffect(() => {
    onValidity?.(!invalid);
    // A field that goes away (its panel closed) holds nothing unsaved any more.
    return () => onValidity?.(true);
  }, [invalid, onValidity]);
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
    <Field label={labelSlot} validationState={draft ? 'error' : 'none'} validationMessage={draft ? (problemOf(draft.value) ?? '') : undefined}>
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
            setDraft({ text, value: next });
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
