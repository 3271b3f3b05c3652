/**
 * What makes a row a figure per person ("Thu nhập bình quân đầu người", "GRDP bình quân/người"),
 * and the amount units no per-person figure is written in: folded text, whole words (matching.ts).
 */
export const perPersonPhrases: readonly string[] = [
  'binh quan dau nguoi',
  'binh quan nguoi',
  'binh quan mot nguoi',
  'binh quan 1 nguoi',
  'tren dau nguoi',
  'dau nguoi',
  'per capita',
];

/**
 * An amount per person is never a billion đồng or a million dollars: a unit this large on such a
 * row names the total's unit, not the figure's (42.87 "Tỷ đồng" for 42.87 triệu đồng/người).
 */
export const perPersonUnitCeilings: ReadonlyArray<{ readonly base: string; readonly scale: number }> = [
  { base: 'đồng', scale: 1e9 },
  { base: 'usd', scale: 1e6 },
];
