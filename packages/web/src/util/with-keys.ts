/**
 * Pairs each item with a React key built from its content, numbering repeats (`cue:80#2`), so
 * identical findings (the same cue twice, a repeated reason) stay distinct without index keys.
 *
 * @example
 * withKeys(['a', 'b', 'a'], (s) => s); // → [{ key: 'a', item: 'a' }, { key: 'b', ... }, { key: 'a#2', ... }]
 */
export function withKeys<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
): Array<{ key: string; item: T }> {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = keyOf(item);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: n === 1 ? base : `${base}#${n}`, item };
  });
}
