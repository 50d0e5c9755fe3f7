/**
 * Which phrase bank answers each move, given the customer's feeling, the channel and what the team
 * offers; and which plans (shapes) fit. A move without a bank is left out of the reply.
 */
import type { Slots } from './phrase-render.js';
import { ACK_NEUTRAL_STATEMENT, ACK_PUBLIC_NEUTRAL, ACKNOWLEDGE, LOSS } from './phrases/acknowledge.js';
import {
  CLOSE_ANXIETY,
  CLOSE_NEUTRAL,
  CLOSE_POSITIVE,
  CLOSE_PROBLEM,
  CLOSE_PUBLIC,
  CLOSE_PUBLIC_POSITIVE,
  CLOSE_SADNESS,
} from './phrases/close.js';
import { FACT_CHANNEL, FACT_EVENT, FACT_TENURE, FACT_TENURE_POSITIVE } from './phrases/facts.js';
import {
  APOLOGY,
  APOLOGY_REPEAT,
  DEADLINE,
  OWNERSHIP,
  REASSURANCE,
  REASSURANCE_GENTLE,
  SYMPATHY,
  URGENCY,
} from './phrases/moves.js';
import {
  CHECK,
  NEXT_STEP,
  NEXT_STEP_AFTER_CHOICE,
  NEXT_STEP_FALLBACK,
  STEPS_INTRO,
} from './phrases/next-step.js';
import {
  OPTION_SINGLE_NP,
  OPTION_SINGLE_VP,
  OPTIONS_CONTACT,
  OPTIONS_NP,
  OPTIONS_VP,
} from './phrases/options.js';
import {
  CLARIFY,
  PARAPHRASE_POSITIVE,
  PARAPHRASE_PROBLEM,
  PARAPHRASE_REQUEST,
  PARAPHRASE_THANKS,
  PARAPHRASE_THANKS_WHO,
} from './phrases/paraphrase.js';
import type { Phrase } from './phrases/phrase.js';
import { PRIVATE_CHANNEL, PUBLIC_POSITIVE_INVITE } from './phrases/public.js';
import {
  CONFUSION_PLANS,
  NEUTRAL_PLANS,
  type Plan,
  POSITIVE_PLANS,
  PROBLEM_PLANS,
  PUBLIC_PLANS,
  SADNESS_PLANS,
} from './plans.js';
import { redactPersonal } from './redact.js';
import { POSITIVE, plainRequest, type ReplyContext } from './reply-context.js';
import type { MoveId } from './types.js';

const PUBLIC_PARAPHRASE_MAX_WORDS = 16;

/** The reply shapes that fit the feeling and channel. */
export function plansFor(ctx: ReplyContext): readonly Plan[] {
  const { mood } = ctx;
  if (ctx.channel === 'public') return PUBLIC_PLANS;
  if (POSITIVE.has(mood.kind)) return POSITIVE_PLANS;
  if (mood.loss || mood.kind === 'sadness') return SADNESS_PLANS;
  if (mood.kind === 'confusion') return CONFUSION_PLANS;
  if (mood.kind === 'neutral' && !mood.apologise) return NEUTRAL_PLANS;
  return PROBLEM_PLANS;
}

/** The paraphrase as this channel may show it: redacted and short for public replies. */
export function paraphraseText(ctx: ReplyContext): string | undefined {
  const p = ctx.paraphrase;
  if (!p) return undefined;
  if (ctx.channel !== 'public') return p.text;
  const redacted = redactPersonal(p.text);
  return redacted.split(/\s+/).length <= PUBLIC_PARAPHRASE_MAX_WORDS ? redacted : undefined;
}

function factBank(ctx: ReplyContext, slots: Slots): Phrase[] {
  const fact = ctx.facts[0];
  if (!fact || ctx.channel === 'public') return [];
  if (fact.kind === 'channel') {
    // A channel preference matters when we will follow up, not when we are only saying thanks.
    if (POSITIVE.has(ctx.mood.kind)) return [];
    slots.channel = fact.channel;
    return FACT_CHANNEL;
  }
  if (fact.kind === 'tenure') {
    slots.year = fact.year;
    return POSITIVE.has(ctx.mood.kind) ? FACT_TENURE_POSITIVE : FACT_TENURE;
  }
  slots.event = fact.event;
  return POSITIVE.has(ctx.mood.kind) ? [] : FACT_EVENT;
}

function closeBank(ctx: ReplyContext): Phrase[] {
  const { mood } = ctx;
  if (ctx.channel === 'public') return POSITIVE.has(mood.kind) ? CLOSE_PUBLIC_POSITIVE : CLOSE_PUBLIC;
  if (POSITIVE.has(mood.kind)) return CLOSE_POSITIVE;
  if (mood.loss || mood.kind === 'sadness') return CLOSE_SADNESS;
  if (mood.kind === 'anxiety') return CLOSE_ANXIETY;
  if ((mood.kind === 'neutral' || plainRequest(ctx)) && !mood.apologise) return CLOSE_NEUTRAL;
  return CLOSE_PROBLEM;
}

/** Which bank answers each move in this situation; a move with no bank is left out. */
export function banksFor(ctx: ReplyContext, slots: Slots): Partial<Record<MoveId, readonly Phrase[]>> {
  const { mood, channel } = ctx;
  const positive = POSITIVE.has(mood.kind);
  const opts = ctx.options.items.length;
  const banks: Partial<Record<MoveId, readonly Phrase[]>> = {};
  banks.acknowledge = mood.loss
    ? LOSS
    : channel === 'public' && mood.kind === 'neutral'
      ? ACK_PUBLIC_NEUTRAL
      : mood.kind === 'neutral' && !mood.asks
        ? ACK_NEUTRAL_STATEMENT
        : // Public replies stay short: the milder, shorter acknowledgements fit a public thread.
          // and a plain question read as confusion gets the gentle words, not "mixed messages".
          ACKNOWLEDGE[mood.kind][channel === 'public' || plainRequest(ctx) ? 'mild' : mood.strength];
  if (slots.p !== undefined) {
    // The customer's feeling picks the frame; the sentence's own form only refines it.
    const kind = ctx.paraphrase?.kind;
    if (kind === 'thanks') banks.paraphrase = slots.who ? PARAPHRASE_THANKS_WHO : PARAPHRASE_THANKS;
    else if (positive) banks.paraphrase = PARAPHRASE_POSITIVE;
    else if (kind === 'request') banks.paraphrase = PARAPHRASE_REQUEST;
    else banks.paraphrase = PARAPHRASE_PROBLEM;
  } else if (!positive && channel !== 'public') {
    banks.question = CLARIFY;
  }
  if (mood.apologise) banks.apology = mood.repeatContact ? APOLOGY_REPEAT : APOLOGY;
  else if (mood.kind === 'anxiety') banks.apology = SYMPATHY;
  const heated = mood.kind === 'anger' || mood.kind === 'frustration';
  if (heated && (mood.strength === 'strong' || mood.repeatContact)) banks.ownership = OWNERSHIP;
  else if (!positive && mood.kind !== 'neutral' && channel !== 'public' && !plainRequest(ctx)) {
    banks.reassurance = mood.loss || mood.kind === 'sadness' ? REASSURANCE_GENTLE : REASSURANCE;
  }
  if (channel !== 'public') {
    if (slots.deadline !== undefined) banks.urgency = DEADLINE;
    else if (mood.urgent) banks.urgency = URGENCY;
    banks.fact = factBank(ctx, slots);
  }
  if (channel === 'public') {
    banks.private_channel = positive ? PUBLIC_POSITIVE_INVITE : PRIVATE_CHANNEL;
  } else if (mood.kind === 'confusion' && opts >= 2) {
    banks.steps = STEPS_INTRO;
  } else if (opts >= 2) {
    banks.options = ctx.options.kind === 'vp' ? OPTIONS_VP : OPTIONS_NP;
  } else if (opts === 1) {
    banks.options = ctx.options.kind === 'vp' ? OPTION_SINGLE_VP : OPTION_SINGLE_NP;
  } else if (mood.problem && !positive && ctx.paraphrase?.kind !== 'request') {
    banks.options = OPTIONS_CONTACT;
  }
  if (channel !== 'public' && banks.steps === undefined) {
    if (slots.ns !== undefined) banks.next_step = opts >= 1 ? NEXT_STEP_AFTER_CHOICE : NEXT_STEP;
    else if (mood.problem && !positive) banks.next_step = NEXT_STEP_FALLBACK;
  }
  // A check that the explanation landed only makes sense after the numbered steps.
  if (banks.steps !== undefined) banks.check = CHECK;
  banks.close = closeBank(ctx);
  return banks;
}
