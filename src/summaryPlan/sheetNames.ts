/** Excel's rules for worksheet names: allowed characters, length, and names compared ignoring case. */

const MAX_SHEET_NAME = 31;

/**
 * A valid worksheet name based on `base` that differs from every name in `taken`, compared as
 * Excel does (ignoring case): "Tổng hợp", then "Tổng hợp (2)", "Tổng hợp (3)"…
 */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  // Excel reserves "History" for its change tracking.
  const used = new Set([...taken, 'History'].map(sheetNameKey));
  const clean = cleanSheetName(base);
  if (!used.has(sheetNameKey(clean))) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = clean.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!used.has(sheetNameKey(candidate))) return candidate;
  }
}

function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return cleaned || 'Sheet';
}

/** Excel compares sheet names ignoring case (and Unicode form). */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
