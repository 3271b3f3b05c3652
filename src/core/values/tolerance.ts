/** Half a unit of the last decimal shown: how far a shown figure can be from the figure behind it. */
export function roundingTolerance(decimals: number): number {
  return 0.5 / 10 ** decimals;
}
