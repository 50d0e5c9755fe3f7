import { describe, expect, it } from 'vitest';
import {
  assess,
  buildScorecards,
  type ConversationScore,
  calibrate,
  type ReplyScore,
  tallyScores,
  verdictsFor,
} from './index.js';

function reply(
  agentId: string,
  conversationId: string,
  week: string,
  fields: Partial<ReplyScore>,
): ReplyScore {
  return {
    messageId: `${conversationId}-${Math.random()}`,
    conversationId,
    agentId,
    at: `${week}T10:00:00.000Z`,
    week,
    score: 50,
    empathy: null,
    activeListening: null,
    regulation: null,
    deEscalation: null,
    apologyFit: null,
    personalisation: null,
    jargonFree: null,
    heatBefore: 0,
    heatAfter: null,
    customerEmotional: false,
    customerHostile: false,
    ...fields,
  };
}

const ending = (
  agentId: string,
  conversationId: string,
  week: string,
  endedWell: 0 | 1,
): ConversationScore => ({
  conversationId,
  agentId,
  at: `${week}T11:00:00.000Z`,
  week,
  endValence: endedWell ? 0.8 : -0.8,
  endedWell,
  replies: 1,
});

// Ann: 6 conversations, empathy 5 of 6, one reply in each. Ben: 2 conversations (a small sample).
// Cy: 5 conversations, empathy 2 of 5.
const W1 = '2026-11-16';
const W2 = '2026-11-23';
const REPLIES: ReplyScore[] = [
  ...[1, 1, 1, 1, 1, 0].map((e, i) =>
    reply('ann', `a${i}`, i < 3 ? W1 : W2, { empathy: e as 0 | 1, score: 80 }),
  ),
  reply('ben', 'b0', W2, { empathy: 1, score: 70 }),
  reply('ben', 'b1', W2, { empathy: 1, score: 60 }),
  reply('ben', 'b1', W2, { empathy: null, jargonFree: 0, score: 20 }),
  ...[1, 0, 0, 1, 0].map((e, i) => reply('cy', `c${i}`, W2, { empathy: e as 0 | 1, score: 40 })),
];
const ENDINGS = [ending('ann', 'a0', W1, 1), ending('ann', 'a1', W1, 0), ending('cy', 'c0', W2, 1)];

describe('tallyScores and buildScorecards', () => {
  it('counts hits, applicable replies and conversations per agent', () => {
    const tallies = tallyScores(REPLIES, ENDINGS, { byAgent: true, byWeek: false });
    expect(tallies.map((t) => [t.agentId, t.replies, t.conversations, t.scoreSum])).toEqual([
      ['ann', 6, 6, 480],
      ['ben', 3, 2, 150],
      ['cy', 5, 5, 200],
    ]);
    const ben = tallies[1];
    expect(ben?.metrics.empathy).toEqual({ hits: 2, applicable: 2, conversations: 2 });
    expect(ben?.metrics.jargon_free).toEqual({ hits: 0, applicable: 1, conversations: 1 });
    expect(tallies[0]?.metrics.end_sentiment).toEqual({ hits: 1, applicable: 2, conversations: 2 });
  });

  it('flags small samples and ranks only the rest', () => {
    const cards = buildScorecards(tallyScores(REPLIES, ENDINGS, { byAgent: true, byWeek: false }), {
      goals: [
        { metric: 'empathy', target: 0.7, agentId: null },
        { metric: 'empathy', target: 0.3, agentId: 'cy' },
      ],
    });
    const [ann, ben, cy] = cards;
    expect(ann?.metrics.empathy).toMatchObject({
      value: 5 / 6,
      smallSample: false,
      rank: 1,
      goal: 0.7,
      meetsGoal: true,
    });
    // Ben's 100% rests on two conversations: shown, flagged, not ranked above Ann.
    expect(ben?.metrics.empathy).toMatchObject({ value: 1, conversations: 2, smallSample: true, rank: null });
    expect(cy?.metrics.empathy).toMatchObject({ value: 0.4, rank: 2, goal: 0.3, meetsGoal: true });
    expect(ann?.meanScore).toBe(80);
  });

  it('groups by week for trends', () => {
    const weeks = tallyScores(REPLIES, ENDINGS, { byAgent: false, byWeek: true });
    expect(
      weeks.map((w) => [w.week, w.replies, w.metrics.empathy.hits, w.metrics.empathy.applicable]),
    ).toEqual([
      [W1, 3, 3, 3],
      // W2: Ann 2 of 3, Ben 2 of 2, Cy 2 of 5.
      [W2, 11, 6, 10],
    ]);
  });
});

describe('assess', () => {
  it('names strengths, the areas furthest below target and who gains most', () => {
    const replies = [
      ...Array.from({ length: 10 }, (_, i) =>
        reply('ann', `a${i}`, W2, {
          empathy: i < 9 ? 1 : 0,
          regulation: i < 4 ? 1 : 0,
          jargonFree: 1,
          apologyFit: i < 7 ? 1 : 0,
        }),
      ),
      ...Array.from({ length: 10 }, (_, i) =>
        reply('cy', `c${i}`, W2, { empathy: 1, regulation: i < 2 ? 1 : 0, jargonFree: 1, apologyFit: 1 }),
      ),
    ];
    const [team] = buildScorecards(tallyScores(replies, [], { byAgent: false, byWeek: false }));
    const agents = buildScorecards(tallyScores(replies, [], { byAgent: true, byWeek: false }));
    if (!team) throw new Error('no team card');
    const result = assess(team, agents, {
      scenarios: [
        { id: 'angry-refund', title: 'Angry refund', archetype: 'angry' },
        { id: 'lost-pet', title: 'Grieving', archetype: 'grieving' },
      ],
    });
    // Regulation 6/20 = 0.3 (−0.5 from 0.8), apology 17/20 = 0.85 and empathy 19/20 above 0.8.
    expect(result.improve.map((m) => m.metric)).toEqual(['regulation', 'apology_fit']);
    expect(result.strengths.map((m) => m.metric)).toEqual(['jargon_free', 'empathy']);
    const regulation = result.training[0];
    expect(regulation?.scenarios.map((s) => s.id)).toEqual(['angry-refund']);
    // Cy would avoid (0.8 − 0.2) × 10 = 6 misses, Ann (0.8 − 0.4) × 10 = 4.
    expect(regulation?.agents.map((a) => [a.agentId, a.missesAvoided])).toEqual([
      ['cy', 6],
      ['ann', 4],
    ]);
    expect(result.notJudged).toContain('de_escalation');
  });
});

describe('calibrate', () => {
  it('compares leads’ verdicts with the automatic ones where both exist', () => {
    const byConversation = new Map([
      [
        'x',
        verdictsFor(
          [reply('ann', 'x', W2, { empathy: 1 }), reply('ann', 'x', W2, { empathy: 0 })],
          ending('ann', 'x', W2, 1),
        ),
      ],
      ['y', verdictsFor([reply('ann', 'y', W2, { empathy: 0, regulation: 0 })], undefined)],
    ]);
    expect(byConversation.get('x')).toMatchObject({ empathy: true, regulation: null, end_sentiment: true });
    const result = calibrate(
      [
        { conversationId: 'x', ratings: { empathy: true, end_sentiment: false, regulation: true } },
        { conversationId: 'y', ratings: { empathy: false, regulation: true } },
        { conversationId: 'gone', ratings: { empathy: true } },
      ],
      (id) => byConversation.get(id),
    );
    // x: empathy agrees, ending disagrees, regulation n/a. y: empathy agrees, regulation disagrees.
    expect(result.byMetric.empathy).toEqual({ compared: 2, agreed: 2, rate: 1 });
    expect(result.overall).toEqual({ compared: 4, agreed: 2, rate: 0.5 });
    expect(result.conversations).toBe(3);
  });
});
