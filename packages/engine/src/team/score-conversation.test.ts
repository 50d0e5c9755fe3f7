import { describe, expect, it } from 'vitest';
import { coachCore } from '../coach/index.js';
import { analyze } from '../emotion/index.js';
import { coached, reading } from './fixtures.test-helpers.js';
import { scoreConversation, type TeamMessage } from './index.js';

const ANGRY = reading('anger', 0.95, -0.9, 0.9);
const CALMER = reading('frustration', 0.4, -0.5);
const THANKS = reading('gratitude', 0.95, 0.9);

let clock = 0;
const msg = (
  authorKind: TeamMessage['authorKind'],
  body: string,
  extra: Partial<TeamMessage> = {},
): TeamMessage => ({
  id: `m${++clock}`,
  authorKind,
  authorUserId: authorKind === 'agent' ? 'sam' : null,
  body,
  createdAt: new Date(Date.UTC(2026, 10, 23, 9, clock)).toISOString(),
  ...extra,
});

describe('scoreConversation', () => {
  it('scores each reply against the customer turn before it and the message after it', () => {
    const seen: string[][] = [];
    const results = [
      coached(40, { acknowledge: 'improve', apology: 'improve', agent_tone: 'warn', jargon: 'pass' }),
      coached(90, { acknowledge: 'pass', apology: 'pass', personalized: 'pass', jargon: 'pass' }, [
        'acknowledge',
        'apology',
      ]),
    ];
    const { replies, conversation } = scoreConversation(
      {
        id: 'c1',
        messages: [
          msg('customer', 'first', { analysis: ANGRY }),
          msg('customer', 'second', { analysis: ANGRY }),
          msg('agent', 'reply one'),
          msg('customer', 'third', { analysis: ANGRY }),
          msg('agent', 'reply two'),
          msg('system', 'note'),
          msg('customer', 'fourth', { analysis: THANKS }),
        ],
      },
      {
        coach: (input) => {
          seen.push(input.customer.map((c) => c.text));
          const next = results.shift();
          if (!next) throw new Error('coached too often');
          return next;
        },
      },
    );
    // Reply one answers both customer messages; reply two only the one after reply one.
    expect(seen).toEqual([['first', 'second'], ['third']]);
    expect(
      replies.map((r) => [r.score, r.empathy, r.regulation, r.apologyFit, r.jargonFree, r.personalisation]),
    ).toEqual([
      [40, 0, 0, 0, 1, null],
      [90, 1, 1, 1, 1, 1],
    ]);
    // Angry → still angry: not calmer. Angry → thanks: calmer.
    expect(replies.map((r) => [r.heatBefore, r.heatAfter, r.deEscalation])).toEqual([
      [0.9, 0.9, 0],
      [0.9, 0, 1],
    ]);
    expect(replies[0]?.customerHostile).toBe(true);
    expect(replies[0]?.week).toBe('2026-11-23');
    expect(conversation).toMatchObject({ agentId: 'sam', endValence: 0.9, endedWell: 1, replies: 2 });
  });

  it('needs a heat of 0.3 and a drop of 0.2 to judge de-escalation', () => {
    const { replies } = scoreConversation(
      {
        id: 'c2',
        messages: [
          msg('customer', 'a', { analysis: reading('frustration', 0.5, -0.25) }),
          msg('agent', 'r1'),
          msg('customer', 'b', { analysis: reading('anger', 0.8, -0.8) }),
          msg('agent', 'r2'),
          msg('customer', 'c', { analysis: CALMER }),
        ],
      },
      { coach: () => coached(50, {}) },
    );
    // 0.25 is too calm to judge; 0.8 → 0.5 is a drop of only 0.3 ≥ 0.2: calmer.
    expect(replies.map((r) => r.deEscalation)).toEqual([null, 1]);
  });

  it('does not ask for empathy or apology where the customer showed no emotion', () => {
    const { replies } = scoreConversation({
      id: 'c3',
      customerName: 'Ana',
      messages: [
        msg('customer', 'How do I change the e-mail address on my account?', {
          analysis: reading('neutral', 0.9, 0),
        }),
        msg('agent', 'Hi Ana, go to Settings, then Profile, and type the new address. It changes at once.'),
      ],
    });
    expect(replies[0]?.empathy).toBeNull();
    expect(replies[0]?.apologyFit).toBe(1);
    expect(replies[0]?.customerHostile).toBe(false);
  });

  it('finds acknowledgement, an unwarranted apology and a lost temper with the real coach', () => {
    const customer = 'This is the THIRD time my refund has failed. You people are useless and I am furious!!';
    const { replies } = scoreConversation(
      {
        id: 'c4',
        customerName: 'Ana',
        messages: [
          msg('customer', customer),
          msg('agent', 'As I already said, calm down. It is not our fault the bank rejected it.'),
          msg('customer', 'Thank you so much, the parcel arrived and it is perfect!'),
          msg('agent', 'So sorry for any inconvenience! Enjoy it, Ana.'),
        ],
      },
      { coach: coachCore, analyze },
    );
    expect(replies[0]).toMatchObject({ customerHostile: true, regulation: 0, empathy: 0 });
    // An apology to a delighted customer does not fit.
    expect(replies[1]).toMatchObject({ customerHostile: false, regulation: null, apologyFit: 0 });
  });

  it('leaves out agent openers and messages without an author, and credits the ending to the last replier', () => {
    const { replies, conversation } = scoreConversation(
      {
        id: 'c5',
        messages: [
          msg('agent', 'We noticed your delivery is late.'),
          msg('customer', 'ok', { analysis: reading('neutral', 0.6, -0.6) }),
          msg('agent', 'r', { authorUserId: null }),
          msg('agent', 'r2', { authorUserId: 'lea' }),
          msg('customer', 'still bad', { analysis: reading('anger', 0.8, -0.7) }),
        ],
      },
      { coach: () => coached(50, {}) },
    );
    expect(replies.map((r) => r.agentId)).toEqual(['lea']);
    expect(conversation).toMatchObject({ agentId: 'lea', endedWell: 0, endValence: -0.7 });
  });
});
