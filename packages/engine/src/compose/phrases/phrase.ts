/**
 * A phrasing in a bank. `text` may hold slots in braces, filled by `renderPhrase`:
 * `{name}` customer name, `{agent}` agent name, `{p}` / `{P}` the paraphrase (lower / capitalised
 * first letter), `{opts:or}` / `{opts:and}` the options as a list, `{count}` how many options,
 * `{a}` / `{A}` the single option, `{ns}` the next step as a clause, `{deadline}`, `{channel}`,
 * `{year}`, `{event}`, `{who}` (whom the customer thanked).
 */
export interface Phrase {
  id: string;
  text: string;
}

/** Builds a bank's entries with ids `prefix.0`, `prefix.1`, ... so a draft can name what it used. */
export function bank(prefix: string, texts: readonly string[]): Phrase[] {
  return texts.map((text, i) => ({ id: `${prefix}.${i}`, text }));
}
