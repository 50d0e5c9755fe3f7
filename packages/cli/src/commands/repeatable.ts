/**
 * The parser of a repeatable option (`--customer A --customer B` → `['A', 'B']`). The CLI has no
 * variadic options (`<text...>`): those take every word after them, positional arguments too.
 * @example new Command().option('--fact <text>', 'repeatable', repeatable, [])
 */
export function repeatable(value: string, previous: readonly string[] = []): string[] {
  return [...previous, value];
}
