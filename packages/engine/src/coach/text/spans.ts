import type { Span } from '../../emotion/types.js';

/**
 * A span of the reply, cut from the original text so `text` shows what the agent wrote.
 * @example spanOf('Hello there', 0, 5, 'coach.x') // { start: 0, end: 5, text: 'Hello', source: 'coach.x' }
 */
export function spanOf(reply: string, start: number, end: number, source: string): Span {
  return { start, end, text: reply.slice(start, end), source };
}

/**
 * Every match of a global pattern in `folded`, as spans of `reply`. Lexicon patterns are compiled
 * once with the `g` flag; `lastIndex` is reset here so a pattern can be reused call after call.
 */
export function findAll(reply: string, folded: string, g: RegExp, source: string): Span[] {
  g.lastIndex = 0;
  const out: Span[] = [];
  for (let m = g.exec(folded); m !== null; m = g.exec(folded)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    out.push(spanOf(reply, m.index, m.index + m[0].length, source));
  }
  return out;
}
