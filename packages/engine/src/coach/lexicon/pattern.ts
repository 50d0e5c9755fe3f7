/** A phrase the coach recognises, with the id it reports as the span's source. */
export interface PhrasePattern {
  id: string;
  /** Compiled once with the `g` flag; matched against folded (lower-cased) text. */
  re: RegExp;
}

/** A phrase the coach flags, with the respectful or plain wording it offers instead. */
export interface RewritePattern extends PhrasePattern {
  rewrite: string;
}

/**
 * Compiles a pattern written with `{NAME}` placeholders filled from `parts`, as a global regex.
 * @example rx(String.raw`\bi feel {F}`, { F: 'sad|bad' })
 */
export function rx(source: string, parts: Readonly<Record<string, string>> = {}): RegExp {
  const filled = source.replace(/\{([A-Z_]+)\}/g, (_, name: string) => {
    const part = parts[name];
    if (part === undefined) throw new Error(`unknown lexicon part ${name}`);
    return `(?:${part})`;
  });
  return new RegExp(filled, 'gu');
}
