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

/** Decimals a stored number carries once float noise is gone, capped for values such as 2/3. */
export function storedDecimals(value: number): number {
  // Most stored figures are whole numbers: no need to print them to find their decimals.
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const [mantissa = '', exponent = '0'] = Math.abs(withoutFloatNoise(value)).toString().split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.min(maxStoredDecimals, Math.max(0, fraction.length - Number(exponent)));
}
