/**
 * Sentence splitting and comparison for replies. "No two drafts share a sentence" is checked with
 * these functions, so the benchmark and `compose()` agree on what a sentence is.
 */

/**
 * Splits a reply into sentences: at ., ! or ? followed by space, and at line breaks. List markers
 * ("1.", "-") are not sentences on their own.
 * @example splitSentences('Hi Ana,\nThanks! It works.') // ['Hi Ana,', 'Thanks!', 'It works.']
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    const body = line.replace(/^\s*(?:\d+[.)]|[-*•])\s+/, '');
    for (const part of body.split(/(?<=[.!?])\s+(?=\S)/)) {
      const trimmed = part.trim();
      if (trimmed.length > 0) out.push(trimmed);
    }
  }
  return out;
}

/**
 * The comparable form of a sentence: lower case, letters, digits and single spaces only.
 * @example normaliseSentence('  Thanks, Ana!') // 'thanks ana'
 */
export function normaliseSentence(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/**
 * The sentences two replies have in common (normalised), ignoring empty ones.
 * @example sharedSentences('Hi. Thanks.', 'Thanks. Bye.') // ['thanks']
 */
export function sharedSentences(a: string, b: string): string[] {
  const left = new Set(splitSentences(a).map(normaliseSentence));
  const shared = new Set<string>();
  for (const sentence of splitSentences(b).map(normaliseSentence)) {
    if (sentence.length > 0 && left.has(sentence)) shared.add(sentence);
  }
  return [...shared];
}
