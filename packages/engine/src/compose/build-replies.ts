import { assemble, type Picks } from './assemble-reply.js';
import { banksFor, paraphraseText, plansFor } from './choose-banks.js';
import type { Slots } from './phrase-render.js';
import {
  GREETING_AGAIN,
  GREETING_INLINE,
  GREETING_INLINE_ANON,
  GREETING_INLINE_ANON_WARM,
  GREETING_INLINE_WARM,
  GREETING_LINE,
  GREETING_LINE_ANON,
  SIGNOFF,
  SIGNOFF_LIGHT,
} from './phrases/greeting.js';
import {
  NEXT_STEP_FALLBACK,
  STEP_CHOOSE_NP,
  STEP_CHOOSE_VP,
  STEP_OURS,
  STEP_REPLY,
  STEPS_INTRO,
} from './phrases/next-step.js';
import type { Phrase } from './phrases/phrase.js';
import { type Picked, pickDistinct } from './pick-phrases.js';
import type { Plan } from './plans.js';
import { createPrng, type Prng } from './prng.js';
import { type BuiltReply, POSITIVE, type ReplyContext } from './reply-context.js';
import { normaliseSentence } from './sentences.js';
import type { MoveId } from './types.js';

export type { BuiltReply, ReplyContext } from './reply-context.js';

/** Numbered steps for a confused customer: choose, reply, and what we do then. */
function renderSteps(ctx: ReplyContext, rng: Prng, previous: string, slots: Slots, n: number): Picked[] {
  const intro = pickDistinct(STEPS_INTRO, n, rng, previous, slots);
  const choose = pickDistinct(
    ctx.options.kind === 'vp' ? STEP_CHOOSE_VP : STEP_CHOOSE_NP,
    n,
    rng,
    previous,
    slots,
  );
  const reply = pickDistinct(STEP_REPLY, n, rng, previous, slots);
  const ours =
    slots.ns !== undefined
      ? pickDistinct(STEP_OURS, n, rng, previous, slots)
      : pickDistinct(NEXT_STEP_FALLBACK, n, rng, previous, slots);
  return intro.map((first, i) => {
    const steps = [choose[i], reply[i], ours[i]].filter((s): s is Picked => s !== undefined);
    return {
      id: [first.id, ...steps.map((s) => s.id)].join('+'),
      text: [first.text, ...steps.map((s, k) => `${k + 1}. ${s.text}`)].join('\n'),
    };
  });
}

/**
 * Builds `count` replies for one situation, each from a different plan and different phrasings,
 * none reusing a phrasing from `previousReplies`.
 * @example buildReplies({ mood, paraphrase, channel: 'email', options, nextStep: null, facts: [], previousReplies: [], seed: 1 })
 */
export function buildReplies(ctx: ReplyContext, count = 3): BuiltReply[] {
  const rng = createPrng(ctx.seed);
  const previous = normaliseSentence(ctx.previousReplies.join(' \n '));
  const slots: Slots = { opts: ctx.options };
  if (ctx.customerName) slots.name = ctx.customerName;
  if (ctx.agentName) slots.agent = ctx.agentName;
  const p = paraphraseText(ctx);
  if (p !== undefined) slots.p = p;
  if (ctx.paraphrase?.who) slots.who = ctx.paraphrase.who;
  if (ctx.nextStep) slots.ns = ctx.nextStep;
  if (ctx.mood.deadline) slots.deadline = ctx.mood.deadline;
  const banks = banksFor(ctx, slots);
  const picks: Picks = {};
  for (const [id, bank] of Object.entries(banks) as Array<[MoveId, readonly Phrase[]]>) {
    if (id === 'steps') picks.steps = renderSteps(ctx, rng, previous, slots, count);
    else if (bank.length > 0) picks[id] = pickDistinct(bank, count, rng, previous, slots);
  }
  if (ctx.channel === 'email' && ctx.agentName) {
    const light = POSITIVE.has(ctx.mood.kind) || (ctx.mood.kind === 'neutral' && !ctx.mood.apologise);
    picks.signoff = pickDistinct(
      light ? [...SIGNOFF, ...SIGNOFF_LIGHT] : SIGNOFF,
      count,
      rng,
      previous,
      slots,
    );
  }
  const named = ctx.customerName !== undefined && ctx.customerName.trim() !== '';
  const cheerful = POSITIVE.has(ctx.mood.kind);
  const greetings = [
    pickDistinct(
      named
        ? [...GREETING_LINE, ...(ctx.previousReplies.length > 0 ? GREETING_AGAIN : [])]
        : GREETING_LINE_ANON,
      count,
      rng,
      previous,
      slots,
    ),
    pickDistinct(
      named
        ? cheerful
          ? GREETING_INLINE_WARM
          : GREETING_INLINE
        : cheerful
          ? GREETING_INLINE_ANON_WARM
          : GREETING_INLINE_ANON,
      count,
      rng,
      previous,
      slots,
    ),
  ];
  // E-mail opens on its own line in most drafts and runs the greeting into the text in one;
  // chat and public replies always run it in.
  const styles =
    ctx.channel === 'email'
      ? rng.shuffle(['line', 'inline', 'line', 'line']).slice(0, count)
      : Array(count).fill('inline');
  const plans = rng.shuffle(plansFor(ctx));
  // One e-mail in three ends its last paragraph with the close, so the drafts differ in layout too.
  const joinClose = rng.shuffle([true, false, false, false]);
  return Array.from({ length: count }, (_, i) =>
    assemble(ctx, plans[i % plans.length] as Plan, i, picks, greetings, styles, joinClose[i]),
  );
}
