import { describe, expect, it } from 'vitest';
import { analyze } from '../emotion/index.js';
import { type ConversationMessage, scenarioFromConversation } from './from-conversation.js';
import { goodReply } from './good-trainee.test-helpers.js';
import { respond, startSession } from './session.js';

const messages: ConversationMessage[] = [
  {
    id: 'm1',
    authorKind: 'customer',
    body: 'My parcel never arrived and nobody answers my emails! Write to me at ana@example.com.',
  },
  { id: 'm2', authorKind: 'agent', body: 'Per our policy please wait 10 working days.' },
  {
    id: 'm3',
    authorKind: 'customer',
    body: 'It was a birthday present for my nephew on Saturday, order 48213.',
  },
  { id: 'm4', authorKind: 'agent', body: 'As I already said, we cannot refund before then.' },
  {
    id: 'm5',
    authorKind: 'customer',
    body: "This is ridiculous. I'm cancelling my account and telling everyone.",
  },
];
const analyses = messages
  .filter((m) => m.authorKind === 'customer')
  .map((m) => ({ messageId: m.id, analysis: analyze(m.body) }));

describe('scenarioFromConversation', () => {
  it('turns a conversation that went badly into a scenario that can be practised and completed', () => {
    const made = scenarioFromConversation({
      conversationId: 'c1',
      messages,
      analyses,
      subject: 'Lost parcel',
      customerName: 'Ana',
    });
    if (!made.ok) throw new Error(made.problem.message);
    const { scenario, verdict } = made;
    expect(verdict.wentBadly).toBe(true);
    expect(verdict.reasons.join(' ')).toMatch(/threat/);
    expect(scenario).toMatchObject({
      id: 'conversation-c1',
      title: 'Lost parcel',
      industry: 'custom',
      source: { conversationId: 'c1' },
    });
    expect(scenario.persona.archetype).toBe('leaving');
    // Personal details do not travel into the practice scenario.
    expect(scenario.opening[0]).not.toContain('ana@example.com');
    expect(scenario.facts.map((f) => f.says).join(' ')).not.toContain('48213');
    expect(scenario.facts.length).toBe(2);
    expect(scenario.goal.resolves).toContain('refund');

    let state = startSession(scenario, { seed: 3 });
    while (state.status === 'active') state = respond(scenario, state, goodReply(scenario, state));
    expect(state.status).toBe('solved');
  });

  it('says why a conversation cannot become a scenario', () => {
    const agentOnly = scenarioFromConversation({
      conversationId: 'c2',
      messages: [messages[1] as ConversationMessage],
      analyses: [],
    });
    expect(agentOnly).toMatchObject({ ok: false, problem: { code: 'no_customer_messages' } });
    const unanalysed = scenarioFromConversation({
      conversationId: 'c3',
      messages,
      analyses: analyses.slice(0, 1),
    });
    expect(unanalysed).toMatchObject({ ok: false, problem: { code: 'not_analysed' } });
  });

  it('does not call a conversation that ended well a bad one', () => {
    const happy: ConversationMessage[] = [
      { id: 'h1', authorKind: 'customer', body: 'Where is my parcel?' },
      { id: 'h2', authorKind: 'agent', body: 'It arrives tomorrow morning.' },
      { id: 'h3', authorKind: 'customer', body: 'Thank you so much, that is great news!' },
    ];
    const made = scenarioFromConversation({
      conversationId: 'c4',
      messages: happy,
      analyses: happy
        .filter((m) => m.authorKind === 'customer')
        .map((m) => ({ messageId: m.id, analysis: analyze(m.body) })),
    });
    expect(made.ok && made.verdict.wentBadly).toBe(false);
  });
});
