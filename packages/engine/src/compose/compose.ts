import { type CustomerMessage, coachCore } from '../coach/index.js';
import { analyze } from '../emotion/index.js';
import { type BuiltReply, buildReplies } from './build-replies.js';
import { extractParaphrase } from './extract-paraphrase.js';
import { nextStepClause } from './next-step-clause.js';
import { readOptions } from './option-list.js';
import { hashString } from './prng.js';
import { readFacts } from './read-facts.js';
import { readMood } from './read-mood.js';
import { sharedSentences } from './sentences.js';
import type { ComposedReply, ComposeInput, ComposeResult, ParaphraseInfo } from './types.js';

/** Rebuilds with another seed when drafts collide; the banks make a collision rare, not impossible. */
const MAX_ATTEMPTS = 6;

/** The customer's messages as clean strings, oldest first; odd input becomes an empty message. */
export function customerMessages(customer: ComposeInput['customer']): string[] {
  const list = Array.isArray(customer) ? customer : [customer];
  const messages = list.map((m) => (typeof m === 'string' ? m : '')).filter((m) => m.trim() !== '');
  return messages.length > 0 ? messages : [''];
}

function findParaphrase(messages: string[]): ParaphraseInfo | null {
  // The last message is the one we answer; earlier ones are a fallback when it is only "hello?".
  for (let i = messages.length - 1; i >= 0; i--) {
    const found = extractParaphrase(messages[i] as string);
    if (found) return found;
  }
  return null;
}

function collide(replies: BuiltReply[]): boolean {
  for (let i = 0; i < replies.length; i++) {
    for (let j = i + 1; j < replies.length; j++) {
      if (sharedSentences(replies[i]!.text, replies[j]!.text).length > 0) return true;
    }
  }
  return false;
}

/**
 * Drafts a reply to a customer, with two alternatives. Each acknowledges the feeling that was
 * detected, restates the problem in the customer's own words, offers the team's options as a
 * choice, states the next step and closes with care; it apologises only when warranted. The three
 * share no sentence, reuse no phrasing from `previousReplies`, and come back coached, best first.
 * @example
 * const { draft } = compose({
 *   customer: 'I was charged twice for my March bill!',
 *   customerName: 'Maria',
 *   options: ['refund the second charge', 'credit it to your next bill'],
 *   nextStep: 'send you a confirmation by Friday',
 * });
 * draft.text; // "Hi Maria, ... you were charged twice for your March bill ..."
 */
export function compose(input: ComposeInput): ComposeResult {
  const messages = customerMessages(input.customer);
  const last = messages[messages.length - 1] as string;
  // Each message is analysed once and shared by the mood reading and the three coach runs.
  const analysed: CustomerMessage[] = messages.map((text, i) => ({
    text,
    analysis: i === messages.length - 1 && input.analysis ? input.analysis : analyze(text),
  }));
  const analysis = analysed[analysed.length - 1]!.analysis;
  const mood = readMood(analysis, last);
  const paraphrase = findParaphrase(messages);
  const facts = input.facts ?? [];
  const previousReplies = input.previousReplies ?? [];
  const base = {
    mood,
    paraphrase,
    channel: input.channel ?? 'email',
    options: readOptions(input.options ?? []),
    nextStep: input.nextStep ? nextStepClause(input.nextStep) || null : null,
    facts: readFacts(facts),
    previousReplies,
    ...(input.customerName?.trim() ? { customerName: input.customerName.trim() } : {}),
    ...(input.agentName?.trim() ? { agentName: input.agentName.trim() } : {}),
  };
  const seed = ((input.seed ?? 0) ^ hashString(last)) >>> 0;
  let replies = buildReplies({ ...base, seed });
  for (let attempt = 1; attempt < MAX_ATTEMPTS && collide(replies); attempt++) {
    replies = buildReplies({ ...base, seed: (seed + attempt * 0x9e3779b9) >>> 0 });
  }
  const coached: ComposedReply[] = replies.map((reply) => ({
    text: reply.text,
    moves: reply.moves,
    source: 'phrases',
    coach: coachCore({
      reply: reply.text,
      customer: analysed.filter((m) => m.text.trim() !== ''),
      ...(base.customerName ? { customerName: base.customerName } : {}),
      facts,
      previousReplies,
    }),
  }));
  // The agent sees the draft the coach rates highest; ties keep the seeded order.
  const ranked = coached
    .map((reply, index) => ({ reply, index }))
    .sort((a, b) => b.reply.coach.score - a.reply.coach.score || a.index - b.index)
    .map((r) => r.reply);
  return {
    draft: ranked[0] as ComposedReply,
    alternatives: [ranked[1] as ComposedReply, ranked[2] as ComposedReply],
    mood,
    paraphrase,
  };
}
