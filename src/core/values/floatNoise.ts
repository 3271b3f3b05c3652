/** Float clean-up shared by the value and unit readers. */

/** Whole numbers below this have at most 15 digits: nothing for toPrecision(15) to drop. */
const fifteenDigitWholes = 1e15;

/** Drops binary noise such as 0.1 + 0.2 = 0.30000000000000004; 15 digits is what Excel keeps. */
export function withoutFloatNoise(value: number): number {
  // Printing is what costs, and most values cleaned are whole (unit scales, counts): skip it for
  // those, as printing would give them back unchanged (but for -0, which prints as 0).
  if (Number.isInteger(value) && Math.abs(value) < fifteenDigitWholes) return value === 0 ? 0 : value;
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

const maxStoredDecimals = 10;

/**
 * Decimals a stored number carries once float noise is gone, capped for values such as 2/3: the
 * digits after the point of the number as printed. Found without printing (every figure cell is
 * read, and printing is what costs): a typed figure is the double nearest its decimal, so it
 * needs no cleaning; only a value with noise or more digits is cleaned first.
 */
export function storedDecimals(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const magnitude = Math.abs(value);
  const asStored = fewestDecimals(magnitude);
  if (asStored !== null) return asStored;
  if (beyondNineDecimals(magnitude)) return maxStoredDecimals;
  const clean = Math.abs(withoutFloatNoise(value));
  return Number.isInteger(clean) ? 0 : (fewestDecimals(clean) ?? maxStoredDecimals);
}

/**
 * The fewest decimals d (below the cap) at which rounding to d decimals gives the number back,
 * with at most 15 significant digits: then they are the number's printed decimals, and the
 * scaled value stays below 10^15, where rounding is exact. Null when there are none such.
 */
function fewestDecimals(magnitude: number): number | null {
  let scale = 1;
  for (let decimals = 1; decimals < maxStoredDecimals; decimals++) {
    scale *= 10;
    const scaled = Math.round(magnitude * scale);
    if (scaled >= fifteenDigitWholes) return null;
    if (scaled / scale === magnitude) return decimals;
  }
  return null;
}

/**
 * Whether the number, cleaned, certainly has more than nine decimals: a ratio a formula left,
 * such as 99.23410251893607. Its nearest nine-decimal neighbour is then further away than
 * cleaning to 15 significant digits can move it (at most half of 10^-14 of the number), with a
 * wide margin for the rounding in this test; a number that is near one is left to be printed.
 */
function beyondNineDecimals(magnitude: number): boolean {
  if (magnitude >= 1e5) return false;
  const nearest = Math.round(magnitude * 1e9) / 1e9;
  return Math.abs(magnitude - nearest) > magnitude * 1e-13;
}
