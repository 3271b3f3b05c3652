/** What a cell says as a figure: the shapes every later step of the check works with. */

/**
 * How a typed number relates to the true figure: "trên 4.730" (over), "<3" (under),
 * "khoảng 237" (about), "gần 20.000" (nearly), "≥ 75" / "từ 3 trở lên" (atLeast),
 * "≤" / "không quá" (atMost), "(còn 1,86%)" (remaining).
 */
export type Qualifier = 'over' | 'under' | 'about' | 'nearly' | 'atLeast' | 'atMost' | 'remaining';

export type Figure =
  | { kind: 'empty' }
  /** `decimals` are the decimals shown to the reader; `text` is the typed text, null for a numeric cell. */
  | { kind: 'number'; value: number; qualifier: Qualifier | null; decimals: number; text: string | null }
  | { kind: 'range'; low: number; high: number; decimals: number; text: string }
  | { kind: 'unreadable'; text: string };

/** 'vi': "13.225" is thirteen thousand and "101,28" a decimal; 'en': the other way round. */
export type NumberStyle = 'vi' | 'en';
