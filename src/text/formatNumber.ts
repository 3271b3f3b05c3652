import type { Language } from '../core/settings';

const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-US' };

/** A number as the reader writes it: 13.225,5 in Vietnamese, 13,225.5 in English. */
export function formatNumber(value: number, language: Language, maxDecimals = 2): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: maxDecimals }).format(value);
}
