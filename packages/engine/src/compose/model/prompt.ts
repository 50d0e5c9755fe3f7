import type { CheckResult } from '../../coach/index.js';
import type { ComposeInput, Mood, ParaphraseInfo } from '../types.js';
import type { ChatMessage } from './chat.js';

const FEELING_GUIDE: Record<Mood['kind'], string> = {
  anger: 'They are angry: own the mistake plainly, no excuses, no defensiveness.',
  frustration: 'They are frustrated: show you see how much effort this has cost them, and own it.',
  anxiety: 'They are worried: reassure them with certainty about what will happen and when.',
  confusion: 'They are confused: explain in plain numbered steps, one action per step.',
  disappointment: 'They are disappointed: validate that they expected better, and make it right.',
  sadness: 'They are sad or grieving: be gentle and unhurried, sympathy first.',
  urgency: 'They are short of time: get to the point and say what happens right away.',
  gratitude: 'They are grateful: answer with warmth that matches theirs; do not apologise.',
  delight: 'They are delighted: share their joy warmly; do not apologise.',
  neutral: 'They show no strong feeling: be friendly and efficient; do not over-empathise.',
};

const CHANNEL_GUIDE = {
  email: 'Channel: e-mail. Greet them by name, short paragraphs, sign off with the agent name if given.',
  chat: 'Channel: live chat. Two to five short sentences, no sign-off.',
  public:
    'Channel: a public reply on a review or social post. Under 70 words. Never mention e-mail addresses, phone numbers, order or account numbers; invite them to a private channel (direct message or e-mail) and offer that as a choice.',
} as const;

/** Everything the model needs to write the first draft. */
export interface PromptContext {
  input: ComposeInput;
  messages: string[];
  mood: Mood;
  paraphrase: ParaphraseInfo | null;
}

/**
 * The chat messages asking a model for a first draft: the same moves the phrase banks make,
 * stated as instructions, with the customer's words and the team's options and next step.
 * @example draftPrompt({ input, messages: ['I was charged twice'], mood, paraphrase: null })
 */
export function draftPrompt(ctx: PromptContext): ChatMessage[] {
  const { input, mood } = ctx;
  const channel = input.channel ?? 'email';
  const rules = [
    'You write replies for a customer-service agent, who will review them before sending.',
    'The reply must: acknowledge the feeling the customer shows, in your own words;',
    "restate their problem in one sentence using their specifics (your words, from the agent's side);",
    mood.apologise
      ? 'apologise once, sincerely, because we are at fault or they are hurt;'
      : 'not apologise, because nothing went wrong on our side;',
    'offer the options below as a real choice (or, with none, ask how they would like us to proceed);',
    'state the next step and when it happens; close in a way that shows care.',
    'Plain words, short sentences, no jargon, no boilerplate ("we apologise for any inconvenience",',
    '"your call is important to us"), no blame, never "calm down" or "as I said".',
    'Do not invent facts, amounts, dates or policies that are not given below.',
    FEELING_GUIDE[mood.kind],
    CHANNEL_GUIDE[channel],
    'Answer with the reply text only: no subject line, no notes, no quotation marks.',
  ];
  const details = [
    `Customer message${ctx.messages.length > 1 ? 's (oldest first)' : ''}:`,
    ...ctx.messages.map((m) => `"""${m}"""`),
    input.customerName ? `Customer name: ${input.customerName}` : 'Customer name: unknown',
    input.agentName ? `Agent name: ${input.agentName}` : '',
    `Detected feeling: ${mood.kind} (${mood.strength})${mood.deadline ? `, deadline ${mood.deadline}` : ''}`,
    ctx.paraphrase ? `Their problem, restated: ${ctx.paraphrase.text}` : '',
    input.options?.length
      ? `Options we can offer: ${input.options.join('; ')}`
      : 'Options we can offer: none given',
    input.nextStep
      ? `Next step: ${typeof input.nextStep === 'string' ? input.nextStep : `${input.nextStep.action} ${input.nextStep.when ?? ''}`}`
      : 'Next step: none given; say that we are looking into it and will come back',
    input.facts?.length ? `What we remember about them: ${input.facts.join('; ')}` : '',
    input.previousReplies?.length
      ? `Earlier replies in this conversation (do not repeat their wording):\n${input.previousReplies.join('\n---\n')}`
      : '',
  ].filter((line) => line !== '');
  return [
    { role: 'system', content: rules.join('\n') },
    { role: 'user', content: details.join('\n') },
  ];
}

/**
 * The follow-up asking for one revision: the coach's findings, each with its suggestion.
 * @example revisionPrompt([{ id: 'paraphrase', status: 'improve', message: 'Restate the problem', ... }])
 */
export function revisionPrompt(flagged: CheckResult[]): ChatMessage {
  const points = flagged.map(
    (c) => `- ${c.message}${c.suggestion ? ` Suggestion: ${c.suggestion.text}` : ''}`,
  );
  return {
    role: 'user',
    content: [
      'A reviewer checked your draft and flagged these points:',
      ...points,
      'Rewrite the reply so it fixes them and keeps what was good. Answer with the reply text only.',
    ].join('\n'),
  };
}

/**
 * Strips what models wrap around a reply: code fences, "Subject:" lines, "Here is the reply:"
 * prefaces and surrounding quotation marks.
 * @example cleanModelReply('Here is a draft:\n"Hi Ana, ..."') // 'Hi Ana, ...'
 */
export function cleanModelReply(text: string): string {
  let out = text.trim().replace(/^```[a-z]*\n?|\n?```$/g, '');
  out = out.replace(/^subject:.*\n+/i, '');
  out = out.replace(/^(here is|here's|sure[,!]?|certainly[,!]?)[^\n]*:\s*\n+/i, '');
  out = out.trim().replace(/^"([\s\S]*)"$/, '$1');
  return out.trim();
}
