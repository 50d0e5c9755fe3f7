import type { Span } from '../../emotion/types.js';
import type { CoachContext } from '../context.js';
import { KNOWN_ACRONYMS } from '../lexicon/jargon.js';
import { TONE_PATTERNS } from '../lexicon/tone.js';
import { findAll } from '../text/spans.js';
import { type CheckOutcome, pass, type QualityCheck } from './check.js';
import { matchCase } from './respect.js';

const SHOUTING = /\b[A-Z]{3,}(?:\s+[A-Z]{2,}\b)+/g;
const HEATED_PUNCTUATION = /[!?]{2,}|!\s*\?|\?\s*!/g;

function find(ctx: CoachContext): { span: Span; kind: string; rewrite: string }[] {
  const doc = ctx.reply;
  const out: { span: Span; kind: string; rewrite: string }[] = [];
  for (const p of TONE_PATTERNS) {
    for (const span of findAll(doc.text, doc.folded, p.re, p.id))
      out.push({ span, kind: p.kind, rewrite: p.rewrite });
  }
  SHOUTING.lastIndex = 0;
  for (let m = SHOUTING.exec(doc.text); m !== null; m = SHOUTING.exec(doc.text)) {
    if (m[0].split(/\s+/).every((w) => KNOWN_ACRONYMS.has(w))) continue;
    out.push({
      span: { start: m.index, end: m.index + m[0].length, text: m[0], source: 'tone.shouting' },
      kind: 'irritation',
      rewrite: m[0].toLowerCase(),
    });
  }
  for (const span of findAll(doc.text, doc.text, HEATED_PUNCTUATION, 'tone.punctuation')) {
    out.push({ span, kind: 'irritation', rewrite: span.text.includes('?') ? '?' : '.' });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function run(ctx: CoachContext): CheckOutcome {
  const found = find(ctx);
  const why =
    'Hard conversations wear anyone down; irritation in a reply almost always inflames the customer.';
  if (found.length === 0) return pass('Calm and even tone.', why, []);
  const kinds = [...new Set(found.map((f) => f.kind))];
  const first = found.find((f) => f.rewrite !== '') ?? found[0]!;
  const label = kinds.map((k) => (k === 'defensive' ? 'defensiveness' : k)).join(' and ');
  return {
    status: 'warn',
    message: `This reads as ${label}. Take a breath before sending — step away for a minute, then reread it as the customer will.`,
    why,
    spans: found.map((f) => f.span),
    suggestion: {
      text: first.rewrite === '' ? '' : matchCase(first.span.text, first.rewrite),
      replace: first.span,
    },
  };
}

/** Irritation, sarcasm or defensiveness in the agent's own words: take a breath before sending. */
export const agentTone: QualityCheck = { id: 'agent_tone', weight: 12, run };
