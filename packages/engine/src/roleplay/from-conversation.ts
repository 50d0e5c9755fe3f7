import { redactPersonal } from '../compose/index.js';
import type { Analysis, CxEmotion } from '../emotion/types.js';
import type { Archetype, Scenario, ScenarioFact } from './types.js';

/** A stored message as the server holds it; only its author, text and id matter here. */
export interface ConversationMessage {
  id: string;
  authorKind: 'customer' | 'agent' | 'system';
  body: string;
}

export interface ConversationInput {
  conversationId: string;
  messages: readonly ConversationMessage[];
  /** Analyses of (some of) the messages, by message id, as the store returns them. */
  analyses: readonly { messageId: string; analysis: Analysis }[];
  subject?: string | null;
  customerName?: string | null;
}

/** Why a conversation could not become a scenario. Problems are data, never exceptions. */
export type ConversationProblem =
  | { code: 'no_customer_messages'; message: string }
  | { code: 'not_analysed'; message: string };

export type ScenarioFromConversation =
  | { ok: true; scenario: Scenario; verdict: ConversationVerdict }
  | { ok: false; problem: ConversationProblem };

/** Whether a conversation went badly, and why, from its customer messages' analyses. */
export interface ConversationVerdict {
  wentBadly: boolean;
  reasons: string[];
  first: { emotion: CxEmotion; intensity: number };
  last: { emotion: CxEmotion; intensity: number };
}

const ARCHETYPE_OF: Record<CxEmotion, Archetype> = {
  anger: 'angry',
  frustration: 'angry',
  anxiety: 'anxious',
  confusion: 'confused',
  disappointment: 'let_down',
  sadness: 'grieving',
  urgency: 'hurried',
  gratitude: 'let_down',
  delight: 'let_down',
  neutral: 'let_down',
};
const NEGATIVE: ReadonlySet<CxEmotion> = new Set([
  'anger',
  'frustration',
  'anxiety',
  'confusion',
  'disappointment',
  'sadness',
  'urgency',
]);
const FIXES = [
  'refund',
  'replacement',
  'replace',
  'rebook',
  'credit',
  'engineer',
  'deliver',
  'restore',
  'cancel',
];
const STOP = new Set(
  'that this with have from they were your what when will would could there their about been just still into them then than only also because after before again'.split(
    ' ',
  ),
);
const MAX_TEXT = 600;
const MAX_FACTS = 3;

/**
 * Reads how a conversation went: badly when the customer ended upset (a negative feeling at 0.5
 * or more), grew more upset, or threatened to leave or go public.
 * @example conversationVerdict(customerAnalyses).wentBadly
 */
export function conversationVerdict(customer: readonly Analysis[]): ConversationVerdict {
  const first = feeling(customer[0]);
  const last = feeling(customer[customer.length - 1]);
  const reasons: string[] = [];
  if (NEGATIVE.has(last.emotion) && last.intensity >= 0.5)
    reasons.push(`ended with ${last.emotion} at ${last.intensity.toFixed(2)}`);
  if (customer.length > 1 && last.intensity > first.intensity + 0.1 && NEGATIVE.has(last.emotion)) {
    reasons.push(`grew from ${first.intensity.toFixed(2)} to ${last.intensity.toFixed(2)}`);
  }
  const threats = customer.flatMap((a) => a.cues.map((c) => c.kind)).filter((k) => k.startsWith('threat_'));
  if (threats.length > 0) reasons.push(`the customer made threats (${[...new Set(threats)].join(', ')})`);
  return { wentBadly: reasons.length > 0, reasons, first, last };
}

/**
 * A practice scenario from a real conversation: the customer's first message opens it with the
 * feeling it showed; what they said later becomes facts to discover by asking; fixes the agent
 * offered become the goal. Personal details (e-mails, phone, card and order numbers) are removed.
 * @example const made = scenarioFromConversation({ conversationId, messages, analyses });
 * if (made.ok) startSession(made.scenario, { seed: 1 });
 */
export function scenarioFromConversation(input: ConversationInput): ScenarioFromConversation {
  const byId = new Map(input.analyses.map((a) => [a.messageId, a.analysis]));
  const customer = input.messages.filter((m) => m.authorKind === 'customer' && m.body.trim() !== '');
  if (customer.length === 0) {
    return {
      ok: false,
      problem: {
        code: 'no_customer_messages',
        message: 'The conversation has no customer message to practise on',
      },
    };
  }
  const analysed = customer.map((m) => byId.get(m.id));
  if (analysed.some((a) => a === undefined)) {
    return {
      ok: false,
      problem: {
        code: 'not_analysed',
        message: 'Some customer messages have no stored analysis; analyse them first',
      },
    };
  }
  const analyses = analysed as Analysis[];
  const verdict = conversationVerdict(analyses);
  const threatened = analyses.some((a) => a.cues.some((c) => c.kind === 'threat_to_leave'));
  const archetype: Archetype = threatened ? 'leaving' : ARCHETYPE_OF[verdict.first.emotion];
  const agentText = input.messages
    .filter((m) => m.authorKind === 'agent')
    .map((m) => m.body.toLowerCase())
    .join(' ');
  const fixes = FIXES.filter((f) => agentText.includes(f));
  const facts = laterFacts(customer.slice(1).map((m) => clean(m.body)));
  const name = input.customerName?.trim() || 'The customer';
  const startIntensity = Math.min(
    0.9,
    Math.max(0.45, Math.max(verdict.first.intensity, verdict.last.intensity)),
  );
  const scenario: Scenario = {
    id: `conversation-${input.conversationId}`,
    title: input.subject?.trim() || 'A conversation that went badly',
    industry: 'custom',
    persona: {
      name,
      archetype,
      summary: `A real customer from your own conversations (${verdict.reasons.join('; ') || 'a hard case'}).`,
      volatility: 1,
    },
    brief: 'This is a real conversation from your team. Try to do better than the reply they got.',
    start: {
      emotion: NEGATIVE.has(verdict.first.emotion) ? verdict.first.emotion : 'frustration',
      intensity: round(startIntensity),
    },
    opening: [clean((customer[0] as ConversationMessage).body)],
    issue: 'this',
    facts,
    goal: {
      summary: `Learn what the customer has not said yet${facts.length > 0 ? ` (${facts.length} facts)` : ''}, then put it right and say what happens next.`,
      facts: facts.map((f) => f.id),
      resolves: [...new Set([...fixes, 'fix this', 'sort this out', 'put this right', 'credit'])],
    },
    options: ['fix this for you today', 'a goodwill credit on your account'],
    nextStep: 'confirm by email once it is done',
    turnLimit: 8,
    source: { conversationId: input.conversationId },
  };
  return { ok: true, scenario, verdict };
}

function feeling(analysis: Analysis | undefined): { emotion: CxEmotion; intensity: number } {
  const top = analysis?.emotions.find((e) => e.label !== 'neutral');
  return { emotion: top?.label ?? 'neutral', intensity: round(analysis?.intensity ?? 0) };
}

/** The customer's later messages, one fact each, keeping those with something specific in them. */
function laterFacts(later: readonly string[]): ScenarioFact[] {
  const facts: ScenarioFact[] = [];
  for (const text of later) {
    const about = contentWords(text);
    if (about.length < 2) continue;
    facts.push({
      id: `fact-${facts.length + 1}`,
      says: text,
      about,
      ask: `Could you tell me more about the ${about.slice(0, 2).join(' and ')}?`,
    });
    if (facts.length === MAX_FACTS) break;
  }
  return facts;
}

function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  return [...new Set(words.filter((w) => !STOP.has(w)))].slice(0, 8);
}

function clean(text: string): string {
  const redacted = redactPersonal(text);
  return redacted.length > MAX_TEXT ? `${redacted.slice(0, MAX_TEXT - 3)}...` : redacted;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
