import type { Span } from '../../emotion/types.js';
import type { CoachContext } from '../context.js';
import { CANNED_PATTERNS } from '../lexicon/canned.js';
import { problemPhrase } from '../suggest/problem.js';
import { fold } from '../text/fold.js';
import { splitSentences } from '../text/sentences.js';
import { words } from '../text/words.js';
import { type CheckOutcome, pass, type QualityCheck, sentenceSpan } from './check.js';

const MIN_REPEAT_WORDS = 5;
// Share of a sentence's word trigrams seen in one earlier reply that makes it a repeat.
const REPEAT_SHARE = 0.6;

function trigrams(folded: string): Set<string> {
  const w = words(folded).map((x) => x.text);
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

/** Sentences of the draft that an earlier reply already said, nearly word for word. */
function repeats(ctx: CoachContext): Span[] {
  if (ctx.previousReplies.length === 0) return [];
  const earlier = ctx.previousReplies.flatMap((r) => splitSentences(r).map((s) => trigrams(fold(s.text))));
  const doc = ctx.reply;
  const out: Span[] = [];
  for (const s of doc.body) {
    const mine = trigrams(doc.folded.slice(s.start, s.end));
    if (mine.size + 2 < MIN_REPEAT_WORDS) continue;
    const hit = earlier.some((other) => {
      let shared = 0;
      for (const t of mine) if (other.has(t)) shared++;
      return shared / mine.size >= REPEAT_SHARE;
    });
    if (hit) out.push(sentenceSpan(doc, s, 'canned.repeat'));
  }
  return out;
}

function templates(ctx: CoachContext): { span: Span; strong: boolean; rewrite: string }[] {
  const doc = ctx.reply;
  const out: { span: Span; strong: boolean; rewrite: string }[] = [];
  for (const p of CANNED_PATTERNS) {
    // Whole-sentence templates ("Have a nice day.") are matched sentence by sentence.
    const perSentence = p.re.source.startsWith('^');
    const units = perSentence ? doc.sentences : [{ start: 0, end: doc.text.length, text: doc.text }];
    for (const u of units) {
      const f = doc.folded.slice(u.start, u.end);
      p.re.lastIndex = 0;
      for (let m = p.re.exec(f); m !== null; m = p.re.exec(f)) {
        const lead = m[0].length - m[0].trimStart().length;
        const start = u.start + m.index + lead;
        const end = u.start + m.index + m[0].trimEnd().length;
        out.push({
          span: { start, end, text: doc.text.slice(start, end), source: p.id },
          strong: p.strong,
          rewrite: p.rewrite,
        });
        if (m[0].length === 0) p.re.lastIndex++;
      }
    }
  }
  // Sentences the learned model reads as boilerplate that no pattern knows ("Your satisfaction
  // is our top priority."): weaker evidence, so they never make the check strong on their own.
  for (const span of ctx.learned?.templated ?? [])
    if (!out.some((f) => f.span.start < span.end && f.span.end > span.start))
      out.push({ span, strong: false, rewrite: '' });
  return out.sort((a, b) => a.span.start - b.span.start);
}

function fill(ctx: CoachContext, rewrite: string): string {
  const name = ctx.customerName !== undefined ? `, ${ctx.customerName.split(/\s+/)[0]}` : '';
  const problem = problemPhrase(ctx) ?? 'this';
  return rewrite
    .replace('{name}', name)
    .replace('{problem}', problem)
    .replace('{when}', 'the end of tomorrow');
}

function run(ctx: CoachContext): CheckOutcome {
  const found = templates(ctx);
  const repeated = repeats(ctx);
  const why = 'Scripted lines read as if nobody listened; customers notice the same words in every reply.';
  if (found.length === 0 && repeated.length === 0)
    return pass('Reads as written for this customer, not from a script.', why, []);
  const templatedChars = found.reduce((n, f) => n + f.span.end - f.span.start, 0);
  const share = templatedChars / Math.max(1, ctx.reply.text.trim().length);
  const bodyShare = repeated.length / Math.max(1, ctx.reply.body.length);
  const heavy =
    found.length >= 3 ||
    share >= 0.4 ||
    (found.some((f) => f.strong) && found.length >= 2) ||
    bodyShare >= 0.5;
  const parts = [
    found.length > 0 ? `script phrases: ${found.map((f) => `"${f.span.text}"`).join(', ')}` : '',
    repeated.length > 0
      ? `${repeated.length} sentence${repeated.length > 1 ? 's' : ''} repeated from earlier replies`
      : '',
  ].filter(Boolean);
  const first = found.find((f) => f.rewrite !== '') ?? found[0];
  const suggestion =
    first !== undefined
      ? { text: fill(ctx, first.rewrite), replace: first.span }
      : { text: 'Say this in fresh words that fit this customer’s situation.', replace: repeated[0]! };
  return {
    status: heavy ? 'warn' : 'improve',
    message: `Reads as canned: ${parts.join('; ')}.`,
    why,
    spans: [...found.map((f) => f.span), ...repeated].sort((a, b) => a.start - b.start),
    suggestion,
  };
}

/** Boilerplate phrases and templates repeated across replies. */
export const canned: QualityCheck = { id: 'canned', weight: 8, run };
