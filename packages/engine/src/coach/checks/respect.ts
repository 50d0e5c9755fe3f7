import type { Span } from '../../emotion/types.js';
import type { CoachContext } from '../context.js';
import type { RewritePattern } from '../lexicon/pattern.js';
import { findAll } from '../text/spans.js';

/** A flagged phrase and the wording offered instead. */
export interface Flagged {
  span: Span;
  rewrite: string;
}

/** Matches rewrite patterns in the reply and pairs each span with its pattern's rewrite. */
export function flag(ctx: CoachContext, patterns: readonly RewritePattern[]): Flagged[] {
  const doc = ctx.reply;
  const out: Flagged[] = [];
  for (const p of patterns) {
    for (const span of findAll(doc.text, doc.folded, p.re, p.id)) out.push({ span, rewrite: p.rewrite });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The folded text from `end` to the end of its clause, for rewrites that keep the customer's details. */
export function restOfClause(ctx: CoachContext, end: number): string {
  const tail = ctx.reply.folded.slice(end);
  const stop = tail.search(/[.,;:!?\n]|\s(?:so|and|but|which|because|then)\s/);
  return stop === -1 ? tail : tail.slice(0, stop);
}

/** Matches the case of the replaced text's first letter. */
export function matchCase(original: string, replacement: string): string {
  if (replacement.length === 0) return replacement;
  const upper = /^\p{Lu}/u.test(original);
  return (
    (upper ? replacement.charAt(0).toUpperCase() : replacement.charAt(0).toLowerCase()) + replacement.slice(1)
  );
}
