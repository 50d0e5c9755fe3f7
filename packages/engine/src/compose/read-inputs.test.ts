import { describe, expect, it } from 'vitest';
import type { Analysis } from '../emotion/types.js';
import { nextStepClause } from './next-step-clause.js';
import { joinList, readOptions } from './option-list.js';
import { readFacts } from './read-facts.js';
import { readMood } from './read-mood.js';

const analysis = (overrides: Partial<Analysis>): Analysis => ({
  sentiment: { label: 'negative', score: -0.6 },
  emotions: [],
  fine: [],
  intensity: 0.3,
  cues: [],
  risk: { escalation: 0.2, churn: 0.1, reasons: [] },
  language: { code: 'en', supported: true },
  ...overrides,
});

describe('readOptions', () => {
  it('tells things we give from actions we take, and strips the voice', () => {
    expect(readOptions(['a full refund', 'A replacement by Friday.'])).toEqual({
      kind: 'np',
      items: ['a full refund', 'a replacement by Friday'],
    });
    expect(readOptions(['I can refund the charge', 'option 2: credit your account'])).toEqual({
      kind: 'vp',
      items: ['refund the charge', 'credit your account'],
    });
    expect(readOptions(['refund the charge', 'a voucher']).items).toEqual([
      'refund the charge',
      'arrange a voucher',
    ]);
  });

  it('joins lists the way people write them', () => {
    expect(joinList(['a', 'b', 'c'], 'or')).toBe('a, b or c');
    expect(joinList(['a', 'b'], 'and')).toBe('a and b');
  });
});

describe('nextStepClause', () => {
  it('voices an action as ours and keeps a full sentence', () => {
    expect(nextStepClause({ action: 'refund the charge', when: 'by Friday' })).toBe(
      "I'll refund the charge by Friday",
    );
    expect(nextStepClause("We'll call you tomorrow.")).toBe("we'll call you tomorrow");
    expect(nextStepClause('  ')).toBe('');
  });
});

describe('readFacts', () => {
  it('uses channel preferences, tenure and events, and leaves other facts alone', () => {
    expect(
      readFacts([
        'prefers email',
        'customer since 2019',
        "travelling for her daughter's wedding",
        'likes cats',
      ]),
    ).toEqual([
      { kind: 'channel', channel: 'email' },
      { kind: 'tenure', year: '2019' },
      { kind: 'event', event: "your daughter's wedding" },
    ]);
  });
});

describe('readMood', () => {
  it('answers the strongest feeling and apologises when we are at fault', () => {
    const mood = readMood(
      analysis({
        emotions: [
          { label: 'anger', score: 0.82, evidence: [] },
          { label: 'urgency', score: 0.5, evidence: [] },
        ],
        cues: [{ kind: 'deadline', start: 0, end: 9, text: 'by Friday' }],
      }),
      'I was charged twice and I need it back by Friday',
    );
    expect(mood).toMatchObject({
      kind: 'anger',
      strength: 'strong',
      apologise: true,
      urgent: true,
      deadline: 'by Friday',
    });
  });

  it('does not apologise to a happy customer or treat a plain question as a complaint', () => {
    expect(
      readMood(
        analysis({ emotions: [{ label: 'gratitude', score: 0.9, evidence: [] }] }),
        'Thank you so much!',
      ),
    ).toMatchObject({ kind: 'gratitude', apologise: false, problem: false });
    expect(
      readMood(analysis({ sentiment: { label: 'neutral', score: 0 } }), 'Do you ship to Norway?'),
    ).toMatchObject({ kind: 'neutral', apologise: false });
  });

  it('reads a bereavement as sadness, whatever the model said', () => {
    const mood = readMood(
      analysis({ emotions: [{ label: 'frustration', score: 0.4, evidence: [] }] }),
      'My husband passed away and I need to close his account',
    );
    expect(mood).toMatchObject({ kind: 'sadness', loss: true, strength: 'strong' });
  });
});
