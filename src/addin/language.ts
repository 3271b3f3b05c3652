import type { Language } from '../core/model';

/**
 * The task pane's language from Office's display language ("vi-VN", "en-US"…): Vietnamese for
 * any Vietnamese locale, English for every other one (and when Office does not say).
 */
export function languageFor(displayLanguage: string | undefined): Language {
  return displayLanguage?.trim().toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
