import { describe, expect, it } from 'vitest';
import type { Analysis, CxEmotion } from '../emotion/types.js';
import { journey } from './index.js';

function reading(mood: number, intensity: number, emotion: CxEmotion, escalation = 0, churn = 0): Analysis {
  return {
    sentiment: { label: mood <= -0.25 ? 'negative' : mood >= 0.25 ? 'positive' : 'neutral', score: mood },
    emotions: [{ label: emotion, score: 0.9, evidence: [] }],
    fine: [],
    intensity,
    cues: [],
    risk: { escalation, churn, reasons: [] },
    language: { code: 'en', supported: true },
  };
}

describe('journey', () => {
  it('follows a real conversation from anger to thanks, read by the engine', () => {
    const j = journey([
      {
        id: 'c1',
        author: 'customer',
        text: 'I was charged TWICE and nobody answers the phone. This is ridiculous!!',
      },
      { id: 'a1', author: 'agent', text: 'I am so sorry. I have refunded the second charge just now.' },
      { id: 'c2', author: 'customer', text: 'Thank you so much, that is a real relief.' },
    ]);
    expect(j.turns.map((t) => t.messageId)).toEqual(['c1', 'c2']);
    expect(j.turns[0]?.mood).toBeLessThan(-0.5);
    expect(j.turns[1]?.mood).toBeGreaterThan(0.5);
    expect(j.replies).toEqual([
      expect.objectContaining({ replyId: 'a1', beforeId: 'c1', afterId: 'c2', effect: 'de-escalated' }),
    ]);
    expect(j.end?.messageId).toBe('c2');
    expect(j.remembered.reasons.map((r) => r.code)).toContain('recovered');
    expect(j.risk.trend).toBeGreaterThan(1);
    expect(j.risk.reasons).toContain('they ended calmer than they started');
  });

  it('marks a reply that made the customer more upset as inflamed and raises risk', () => {
    const calm = journey([
      { id: 'c1', author: 'customer', analysis: reading(-0.3, 0.3, 'confusion', 0.1, 0.1) },
      { id: 'a1', author: 'agent', text: 'Here is how.' },
      { id: 'c2', author: 'customer', analysis: reading(-0.3, 0.3, 'confusion', 0.1, 0.1) },
    ]);
    const inflamed = journey([
      { id: 'c1', author: 'customer', analysis: reading(-0.3, 0.3, 'confusion', 0.1, 0.1) },
      { id: 'a1', author: 'agent', text: 'As I already said, read the FAQ.' },
      { id: 'c2', author: 'customer', analysis: reading(-0.9, 0.9, 'anger', 0.6, 0.5) },
    ]);
    expect(calm.replies[0]?.effect).toBe('steady');
    expect(inflamed.replies[0]?.effect).toBe('inflamed');
    expect(inflamed.replies[0]?.change).toBeLessThan(-0.25);
    expect(inflamed.risk.escalation).toBeGreaterThan(calm.risk.escalation);
    expect(inflamed.risk.churn).toBeGreaterThan(calm.risk.churn);
    expect(inflamed.remembered.label).toBe('negative');
    expect(inflamed.remembered.reasons).toContainEqual({
      code: 'inflamed_by_reply',
      replyId: 'a1',
      change: inflamed.replies[0]?.change,
    });
    expect(inflamed.remembered.reasons.map((r) => r.code)).toContain('unanswered');
  });

  it('picks the most intense moment as the peak and predicts memory from peak and end', () => {
    const j = journey([
      { id: 'c1', author: 'customer', analysis: reading(-0.2, 0.2, 'confusion') },
      { id: 'a1', author: 'agent' },
      { id: 'c2', author: 'customer', analysis: reading(-0.95, 0.95, 'anger') },
      { id: 'a2', author: 'agent' },
      { id: 'c3', author: 'customer', analysis: reading(0.6, 0.3, 'gratitude') },
    ]);
    expect(j.peak?.messageId).toBe('c2');
    expect(j.end?.messageId).toBe('c3');
    expect(j.remembered.score).toBeCloseTo((-0.95 + 0.6) / 2, 3);
    expect(j.remembered.label).toBe('mixed');
    expect(j.remembered.message).toMatch(
      /^Likely remembered as mixed\. The most intense moment was negative \(anger\)/,
    );
    expect(j.replies.map((r) => r.effect)).toEqual(['inflamed', 'de-escalated']);
  });

  it('gives every reply in a run the customer message before and after it', () => {
    const j = journey([
      { id: 'a0', author: 'agent', text: 'Hello, how can I help?' },
      { id: 'c1', author: 'customer', analysis: reading(-0.6, 0.6, 'frustration') },
      { id: 's1', author: 'system', text: 'Assigned to Tier 2' },
      { id: 'a1', author: 'agent' },
      { id: 'a2', author: 'agent' },
    ]);
    expect(j.replies).toEqual([
      { replyId: 'a0', beforeId: null, afterId: 'c1', change: null, effect: 'unknown' },
      { replyId: 'a1', beforeId: 'c1', afterId: null, change: null, effect: 'unknown' },
      { replyId: 'a2', beforeId: 'c1', afterId: null, change: null, effect: 'unknown' },
    ]);
    expect(j.remembered.reasons.map((r) => r.code)).not.toContain('unanswered');
  });

  it('returns an empty, explained journey when the customer never wrote', () => {
    const j = journey([{ id: 'a1', author: 'agent', text: 'Following up on your order.' }]);
    expect(j).toMatchObject({ turns: [], peak: null, end: null, risk: { escalation: 0, churn: 0 } });
    expect(j.remembered).toMatchObject({ label: 'unknown', reasons: [{ code: 'no_customer_messages' }] });
    expect(journey([]).remembered.label).toBe('unknown');
  });

  it('uses the analyser it is given instead of the default engine', () => {
    const seen: string[] = [];
    const j = journey([{ id: 'c1', author: 'customer', text: 'hello' }], {
      analyze: (text) => {
        seen.push(text);
        return reading(0.8, 0.5, 'delight');
      },
    });
    expect(seen).toEqual(['hello']);
    expect(j.remembered.label).toBe('positive');
  });
});
