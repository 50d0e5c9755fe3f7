import type { Span } from '../../emotion/types.js';
import type { CoachContext } from '../context.js';
import { JARGON, KNOWN_ACRONYMS } from '../lexicon/jargon.js';
import { spanOf } from '../text/spans.js';
import { type CheckOutcome, pass, type QualityCheck } from './check.js';

// Longest terms first so "ticket number" wins over "ticket".
const TERMS = [...JARGON].sort((a, b) => b.term.length - a.term.length);
const TERM_RE = new RegExp(
  `\\b(?:${TERMS.map((t) => t.term.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})\\b`,
  'g',
);
const PLAIN = new Map(JARGON.map((t) => [t.term, t.plain]));
// Capitals only: codes with digits (postcodes, flight numbers, order ids) are the customer's specifics.
const ACRONYM_RE = /\b[A-Z]{2,6}s?\b/g;

function find(ctx: CoachContext): { span: Span; plain: string | undefined }[] {
  const doc = ctx.reply;
  const said = ctx.customer.folded;
  const out: { span: Span; plain: string | undefined }[] = [];
  TERM_RE.lastIndex = 0;
  for (let m = TERM_RE.exec(doc.folded); m !== null; m = TERM_RE.exec(doc.folded)) {
    // A word the customer used first is their vocabulary, not ours.
    if (new RegExp(`\\b${m[0].replace(/[-]/g, '\\-')}\\b`).test(said)) continue;
    out.push({
      span: spanOf(doc.text, m.index, m.index + m[0].length, 'jargon.lexicon'),
      plain: PLAIN.get(m[0]),
    });
  }
  ACRONYM_RE.lastIndex = 0;
  for (let m = ACRONYM_RE.exec(doc.text); m !== null; m = ACRONYM_RE.exec(doc.text)) {
    const word = m[0].replace(/s$/, '');
    if (KNOWN_ACRONYMS.has(word) || PLAIN.has(word.toLowerCase()) || said.includes(word.toLowerCase()))
      continue;
    // A run of capitals is shouting (agent_tone's business), not an acronym.
    const around = doc.text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12);
    if ((around.match(/\b[A-Z]{2,}\b/g) ?? []).length > 2) continue;
    out.push({ span: spanOf(doc.text, m.index, m.index + m[0].length, 'jargon.acronym'), plain: undefined });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function run(ctx: CoachContext): CheckOutcome {
  const found = find(ctx);
  const why = 'Customers should not need to know our internal words to follow the reply.';
  if (found.length === 0) return pass('Plain language: no internal or technical terms.', why, []);
  const first = found[0]!;
  const terms = [...new Set(found.map((f) => f.span.text))].join(', ');
  return {
    status: 'improve',
    message: `Terms the customer may not know: ${terms}.`,
    why,
    spans: found.map((f) => f.span),
    suggestion: {
      text: first.plain ?? `${first.span.text} (say what it stands for)`,
      replace: first.span,
    },
  };
}

/** Technical or internal terms the customer may not know. */
export const jargon: QualityCheck = { id: 'jargon', weight: 5, run };
