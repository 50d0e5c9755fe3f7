/**
 * Lower-cases text and straightens quotes and dashes without changing its length, so that a match
 * found in the folded text has the same offsets in the original.
 * @example fold('I’m SO sorry') // "i'm so sorry"
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  const same =
    lower.length === text.length
      ? lower
      : Array.from(text, (ch) => {
          const l = ch.toLowerCase();
          return l.length === ch.length ? l : ch;
        }).join('');
  return same
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-');
}
