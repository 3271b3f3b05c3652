/**
 * Bullets that number a row below the numbered ones: "- Lao động nữ", "+ Trồng trọt", "* Ghi".
 * Matched as the whole code cell (trailing ".):" dropped), or at the start of a label when
 * `startsLabel` ("- Diện tích", "-Diện tích"). The report writes the row's code as `text`.
 */
export type BulletScheme = 'dash' | 'plus' | 'star';

export const rowBullets: ReadonlyArray<{ readonly sign: string; readonly scheme: BulletScheme; readonly text: string; readonly startsLabel: boolean }> = [
  { sign: '-', scheme: 'dash', text: '-', startsLabel: true },
  { sign: '–', scheme: 'dash', text: '-', startsLabel: true },
  { sign: '—', scheme: 'dash', text: '-', startsLabel: true },
  { sign: '+', scheme: 'plus', text: '+', startsLabel: true },
  { sign: '*', scheme: 'star', text: '*', startsLabel: true },
  { sign: '•', scheme: 'star', text: '•', startsLabel: true },
  { sign: '·', scheme: 'star', text: '·', startsLabel: false },
];
