import { type CheckResult, type CoachResult, coach } from '../../coach/index.js';
import { compose, customerMessages } from '../compose.js';
import type { ComposedReply, ComposeInput, ComposeResult } from '../types.js';
import type { ChatError, ChatFn, ChatMessage } from './chat.js';
import { cleanModelReply, draftPrompt, revisionPrompt } from './prompt.js';

/** What happened with the model: used (revised once or not), or failed and the phrase banks answered. */
export type ModelOutcome =
  | {
      status: 'used';
      revised: boolean;
      /** The model's first draft and its coach score, before revision. */
      firstDraft: string;
      firstScore: number;
      /** The checks the coach flagged on the first draft and sent back. */
      flagged: CheckResult['id'][];
      /** Set when the revision request failed and the first draft was kept. */
      revisionError?: ChatError;
    }
  | { status: 'failed'; error: ChatError };

export interface ModelComposeResult extends ComposeResult {
  model: ModelOutcome;
}

export interface ModelOptions {
  temperature?: number;
}

const FLAGGED = new Set(['improve', 'warn']);

/**
 * Asks a chat model (any OpenAI-compatible endpoint, injected as `chat`) for the draft, runs it
 * through the coach, and sends what the coach flags back for one revision. The alternatives come
 * from the phrase banks, and if the model fails the phrase-bank draft is returned with the error.
 * @example
 * const result = await composeWithModel({ customer: 'Where is my parcel?' }, chat);
 * result.model.status; // 'used' or 'failed'
 */
export async function composeWithModel(
  input: ComposeInput,
  chat: ChatFn,
  options: ModelOptions = {},
): Promise<ModelComposeResult> {
  const offline = compose(input);
  const messages = customerMessages(input.customer);
  const coachReply = (reply: string): CoachResult =>
    coach({
      reply,
      customer: messages,
      ...(input.customerName ? { customerName: input.customerName } : {}),
      facts: input.facts ?? [],
      previousReplies: input.previousReplies ?? [],
    });
  const temperature = options.temperature ?? 0.7;
  const request = (conversation: ChatMessage[]) =>
    chat({ messages: conversation, temperature, ...(input.seed !== undefined ? { seed: input.seed } : {}) });

  const prompt = draftPrompt({ input, messages, mood: offline.mood, paraphrase: offline.paraphrase });
  const first = await request(prompt);
  if (!first.ok) return { ...offline, model: { status: 'failed', error: first.error } };
  const firstDraft = cleanModelReply(first.content);
  const firstCoach = coachReply(firstDraft);
  const flagged = firstCoach.checks.filter((c) => FLAGGED.has(c.status));
  const asReply = (text: string, report: CoachResult): ComposedReply => ({
    text,
    moves: [],
    coach: report,
    source: 'model',
  });
  const alternatives: [ComposedReply, ComposedReply] = [offline.draft, offline.alternatives[0]];
  const used = {
    status: 'used' as const,
    firstDraft,
    firstScore: firstCoach.score,
    flagged: flagged.map((c) => c.id),
  };
  if (flagged.length === 0) {
    return {
      ...offline,
      draft: asReply(firstDraft, firstCoach),
      alternatives,
      model: { ...used, revised: false },
    };
  }
  const second = await request([
    ...prompt,
    { role: 'assistant', content: first.content },
    revisionPrompt(flagged),
  ]);
  if (!second.ok) {
    return {
      ...offline,
      draft: asReply(firstDraft, firstCoach),
      alternatives,
      model: { ...used, revised: false, revisionError: second.error },
    };
  }
  const revised = cleanModelReply(second.content);
  const revisedCoach = coachReply(revised);
  // One revision, kept only if the coach does not rate it lower than the first draft.
  const keepRevision = revised !== '' && revisedCoach.score >= firstCoach.score;
  return {
    ...offline,
    draft: keepRevision ? asReply(revised, revisedCoach) : asReply(firstDraft, firstCoach),
    alternatives,
    model: { ...used, revised: keepRevision },
  };
}
