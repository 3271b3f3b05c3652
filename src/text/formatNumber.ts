import type { Language } from '../core/model';

const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-US' };

// Building an Intl.NumberFormat costs far more than using one: keep one per language and precision.
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(language: Language, maxDecimals: number): Intl.NumberFormat {
  const key = `${language}:${maxDecimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locales[language], { maximumFractionDigits: maxDecimals });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A number as the reader writes it: 13.225,5 in Vietnamese, 13,225.5 in English. */
export function formatNumber(value: number, language: Language, maxDecimals = 2): string {
  return formatterFor(language, maxDecimals).format(value);
}
