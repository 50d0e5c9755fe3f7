import type { Span } from '../../emotion/types.js';
import type { CoachContext } from '../context.js';
import { CLOSE_PATTERNS } from '../lexicon/close.js';
import { PHRASES } from '../suggest/phrasebank.js';
import { closingPoint } from '../suggest/place.js';
import { type CheckOutcome, matchPatterns, pass, skip, type Technique } from './check.js';

// The close is the last two sentences of the body plus the sign-off ("Take care, Sam").
const CLOSING_SENTENCES = 2;

function detect(ctx: CoachContext): Span[] {
  const doc = ctx.reply;
  const tail = [...doc.body.slice(-CLOSING_SENTENCES), ...doc.signoff];
  const from = tail[0]?.start ?? doc.text.length;
  // A one-sentence reply has no separate close to judge.
  if (doc.body.length < 2 && doc.signoff.length === 0) return [];
  return matchPatterns(doc, CLOSE_PATTERNS)
    .filter((sp) => sp.start >= from)
    .slice(0, 1);
}

function judge(ctx: CoachContext, found: Span[]): CheckOutcome {
  const c = ctx.customer;
  if (ctx.reply.body.length < 2) return skip('A one-line reply needs no closing line.', found);
  const why = 'People remember how an exchange ends; a warm close leaves them feeling cared for.';
  if (found.length > 0) return pass('The reply ends showing care.', why, found);
  const emotion = c.dominant ?? (c.negative ? 'frustration' : 'neutral');
  const name = ctx.customerName !== undefined ? ` ${ctx.customerName.split(/\s+/)[0]}` : '';
  const line = PHRASES[emotion].close.replace(/([.!])$/, `${name !== '' ? `,${name}` : ''}$1`);
  return {
    status: 'improve',
    message: 'The reply ends without a caring close.',
    why,
    spans: [],
    suggestion: { text: ` ${line}`, replace: closingPoint(ctx.reply) },
  };
}

/** Ends showing care ("take care", "I'm here if anything else comes up"). */
export const caringClose: Technique = { id: 'caring_close', weight: 5, detect, judge };
