/**
 * Row numbers as offices write them: A/B/C, I/II/III, 1/2/3, 1.1/1.2.3, a/b, then bullets.
 * Each scheme has a rank; a row's parent is the nearest row above it with a smaller rank.
 * The bullets are vocabulary (vocabulary/rowBullets.ts); the numbers are patterns.
 */
import { rowBullets, type BulletScheme } from '../vocabulary/rowBullets';

export type NumberingScheme = 'letter' | 'roman' | 'arabic' | 'dotted' | 'lowerLetter' | BulletScheme;

const bulletRanks: Readonly<Record<BulletScheme, number>> = { dash: 7, plus: 8, star: 9 };
const bulletCode = ({ text, scheme }: { text: string; scheme: BulletScheme }): RowCode => ({ text, scheme, rank: bulletRanks[scheme] });

export interface RowCode {
  /** The number as written, without trailing punctuation: "I", "1", "1.2", "a", "-". */
  readonly text: string;
  readonly scheme: NumberingScheme;
  /** Depth in the usual order of schemes; smaller is higher in the hierarchy. */
  readonly rank: number;
}

const romanNumeral = /^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})$/;

export function parseRowCode(raw: string): RowCode | null {
  const text = raw.trim().replace(/[.):]+$/, '').trim();
  if (text === '') return null;
  const bullet = rowBullets.find(({ sign }) => sign === text);
  if (bullet) return bulletCode(bullet);
  if (/^\d{1,3}$/.test(text)) return { text: String(Number(text)), scheme: 'arabic', rank: 2 };
  if (/^\d{1,3}(\.\d{1,3})+$/.test(text)) return { text, scheme: 'dotted', rank: 2 + text.split('.').length - 1 };
  if (romanNumeral.test(text)) return { text, scheme: 'roman', rank: 1 };
  if (/^[A-Z]$/.test(text)) return { text, scheme: 'letter', rank: 0 };
  if (/^[a-zđ]$/.test(text)) return { text, scheme: 'lowerLetter', rank: 6 };
  return null;
}

/**
 * A number glued to the start of a label: "1.Cây lương thực", "I.Diện tích", "- Diện tích",
 * "a) Lao động nữ", "E. SẢN XUẤT". Returns the code and the label without it.
 */
export function splitLeadingCode(label: string): { code: RowCode; rest: string } | null {
  const bullet = rowBullets.find(({ sign, startsLabel }) => startsLabel && label.startsWith(sign));
  if (bullet) {
    const rest = label.slice(bullet.sign.length).replace(/^\s+/, '');
    if (rest !== '' && !/^\d/.test(rest)) return { code: bulletCode(bullet), rest: rest.trim() };
  }
  const numbered = /^(\d{1,3}(?:\.\d{1,3})*)(?:\.|\)|\s)\s*(\D.*)$/s.exec(label);
  if (numbered) {
    const code = parseRowCode(numbered[1]!);
    return code ? { code, rest: numbered[2]!.trim() } : null;
  }
  const lettered = /^([IVXL]{1,5}|[A-Z]|[a-zđ])(?:\.|\))\s*(\S.*)$/s.exec(label);
  if (lettered) {
    const code = parseRowCode(lettered[1]!);
    return code ? { code, rest: lettered[2]!.trim() } : null;
  }
  return null;
}
