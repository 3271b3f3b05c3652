/**
 * A function that computes each distinct key once. The table lives as long as the returned
 * function: callers make one per check run, so nothing is remembered between runs.
 */
export function memoize<K, V>(compute: (key: K) => V): (key: K) => V {
  const table = new Map<K, V>();
  return (key) => {
    const known = table.get(key);
    if (known !== undefined || table.has(key)) return known as V;
    const value = compute(key);
    table.set(key, value);
    return value;
  };
}
