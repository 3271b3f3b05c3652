/**
 * What an Excel number format code tells a reader of the figure: how many decimals are shown,
 * and whether the stored number is a ratio shown as a percentage.
 */

export interface FormatReading {
  /** Decimals shown; null when the format shows the stored value as it is ("General", "@"). */
  decimals: number | null;
  percent: boolean;
}

/** The sections of a format code (Excel's order: positive; negative; zero; text), with quoted text, [colours], escapes and fills removed. */
function sectionsOf(format: string): string[] {
  const sections: string[] = [''];
  for (let i = 0; i < format.length; i++) {
    const ch = format.charAt(i);
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end;
    } else if (ch === '[') {
      const end = format.indexOf(']', i + 1);
      i = end < 0 ? format.length : end;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else if (ch === ';') {
      sections.push('');
    } else {
      sections[sections.length - 1] += ch;
    }
  }
  return sections;
}

function readSection(section: string): FormatReading {
  const percent = section.includes('%');
  if (/general/i.test(section) || !/[0#?]/.test(section)) return { decimals: null, percent };
  const afterPoint = /\.([0#?]*)/.exec(section);
  return { decimals: afterPoint?.[1]?.length ?? 0, percent };
}

/** A format code read once for every value it may show; a column repeats the same few codes. */
export function readFormatSections(format: string | null | undefined): readonly FormatReading[] {
  return sectionsOf(format ?? '').map(readSection);
}

/** The reading of the section that applies to a value. */
export function sectionForValue(sections: readonly FormatReading[], value: number): FormatReading {
  const index = value < 0 && sections.length > 1 ? 1 : value === 0 && sections.length > 2 ? 2 : 0;
  return sections[index]!;
}
