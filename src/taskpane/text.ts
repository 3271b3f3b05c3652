/**
 * The pane's language, passed down by context, and the two ways to say an entry of strings.ts.
 * Every visible word of the pane comes from strings.ts through these.
 */
import { createContext, useContext } from 'react';
import type { Language } from '../core/model';
import { say, sayPlain, type Localized } from '../text/strings';

export const LanguageContext = createContext<Language>('vi');

export interface Speaker {
  language: Language;
  plain: (entry: Localized<void>) => string;
  say: <P>(entry: Localized<P>, params: P) => string;
}

export function speakerFor(language: Language): Speaker {
  return {
    language,
    plain: (entry) => sayPlain(language, entry),
    say: (entry, params) => say(language, entry, params),
  };
}

export function useSpeaker(): Speaker {
  return speakerFor(useContext(LanguageContext));
}
