import type { Direction } from './report';
import { foldCleanText } from './textFold';

/**
 * Indicators where a lower figure is better (domain.md, "What to compute"). Entries are folded
 * phrases matched inside the label; extend the table when a department reports another one.
 */
export const lowerIsBetter: readonly string[] = [
  'ho ngheo',
  'ho can ngheo',
  'ty le ngheo',
  'that nghiep',
  'thieu viec lam',
  'tai nan lao dong',
  'vu tai nan',
  'tu vong',
  'so nguoi chet',
  'bi thuong',
  'nguoi nghien',
  'doi tuong nghien',
  'tre em suy dinh duong',
  'ty le suy dinh duong',
  'tre em bi xam hai',
  'tre em lang thang',
];

/** Phrases that make an indicator higher-is-better although it mentions one of the above. */
export const higherDespite: readonly string[] = [
  'muc giam',
  'giam ty le',
  'thoat ngheo',
  'giam ho ngheo',
  'giam so ho ngheo',
  'ho tro',
  'giai quyet',
  'duoc tro giup',
  'cai nghien',
  'bao hiem that nghiep',
  'tro cap that nghiep',
];

/** The direction of an indicator from its label (as read through SheetGrid: already clean). */
export function directionOf(label: string): Direction {
  const folded = foldCleanText(label);
  if (higherDespite.some((phrase) => folded.includes(phrase))) return 'higher';
  return lowerIsBetter.some((phrase) => folded.includes(phrase)) ? 'lower' : 'higher';
}
