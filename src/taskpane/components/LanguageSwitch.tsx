import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { Language } from '../../core/model';
import { uiText } from '../../text/strings';
import { useSpeaker } from '../text';

export interface LanguageSwitchProps {
  value: Language;
  onChange: (language: Language) => void;
}

/** Tiếng Việt / English, each named in its own language, under a label in both. */
export function LanguageSwitch({ value, onChange }: LanguageSwitchProps) {
  const t = useSpeaker();
  return (
    <Field label={t.plain(uiText.languageLabel)} size="small">
      <RadioGroup layout="horizontal" value={value} onChange={(_, data) => onChange(data.value === 'en' ? 'en' : 'vi')}>
        <Radio value="vi" lang="vi" label={t.plain(uiText.languageName.vi)} />
        <Radio value="en" lang="en" label={t.plain(uiText.languageName.en)} />
      </RadioGroup>
    </Field>
  );
}
