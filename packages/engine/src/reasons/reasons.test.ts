import { describe, expect, it } from 'vitest';
import { discoverReasons } from './index.js';
import { keyPhrases } from './name-reasons.js';
import { stemWord, textTerms } from './terms.js';

const themes = {
  refund: [
    'still waiting for my refund after returning the kettle',
    'refund never arrived, returned the coat weeks ago',
    'where is my refund, the return was accepted',
    'refund approved but no money back yet',
    'no refund for the returned lamp',
    'waiting on a refund for the faulty blender',
  ],
  crash: [
    'the app crashes at checkout',
    'app keeps crashing after the update',
    'app crashed twice while paying',
    'the app freezes and crashes on login',
    'crashes every time I open the app',
    'app crash on the basket screen',
  ],
  rude: [
    'the driver was rude and shouted',
    'rude staff at the counter',
    'the cashier was rude and dismissive',
    'so rude, the manager laughed at me',
    'rude agent hung up on me',
    'staff were rude and ignored me',
  ],
};
const texts = Object.entries(themes).flatMap(([theme, list]) =>
  list.map((text, i) => ({ id: `${theme}-${i}`, text })),
);

describe('discoverReasons', () => {
  it('puts posts about the same problem together and names the group by its words', () => {
    const result = discoverReasons(texts, { seed: 3, minDocs: 2 });
    // Silhouette may split a theme into sub-reasons, but never mixes two themes in one group.
    const best = Math.max(...result.candidates.map((c) => c.silhouette));
    expect(result.candidates.find((c) => c.k === result.k)?.silhouette).toBe(best);
    for (const reason of result.reasons) {
      const themeOf = new Set(reason.memberIds.map((id) => id.split('-')[0]));
      expect(themeOf.size).toBe(1);
    }
    const names = result.reasons.map((r) => r.keyPhrases.join(' '));
    expect(names.some((n) => /refund/.test(n))).toBe(true);
    expect(names.some((n) => /crash|app/.test(n))).toBe(true);
    expect(names.some((n) => /rude/.test(n))).toBe(true);
    expect(result.candidates.map((c) => c.k)).toEqual([2, 3, 4, 5, 6]);
    expect(Object.keys(result.assignments)).toHaveLength(texts.length);
  });

  it('gives the same result for the same input and seed, and does not depend on input order', () => {
    const a = discoverReasons(texts, { seed: 5, minDocs: 2 });
    expect(discoverReasons(texts, { seed: 5, minDocs: 2 })).toEqual(a);
    const reversed = discoverReasons([...texts].reverse(), { seed: 5, minDocs: 2 });
    const groups = (r: typeof a) => r.reasons.map((x) => [...x.memberIds].sort().join(',')).sort();
    expect(groups(reversed)).toEqual(groups(a));
  });

  it('returns no reasons for too few texts, and leaves texts without content words unassigned', () => {
    expect(discoverReasons(texts.slice(0, 4)).reasons).toEqual([]);
    const withEmpty = [...texts, { id: 'empty', text: 'Ugh!!! 😡 @brand #fail 12345' }];
    const result = discoverReasons(withEmpty, { seed: 1, minDocs: 2 });
    expect(result.unassigned).toEqual(['empty']);
    expect(result.assignments.empty).toBeUndefined();
  });
});

describe('terms', () => {
  it('stems inflections together and keeps two-word phrases within a clause', () => {
    expect(new Set(['crashes', 'crashed', 'crashing', 'crash'].map(stemWord)).size).toBe(1);
    expect(stemWord('deliveries')).toBe(stemWord('delivery'));
    expect(stemWord('charged')).toBe(stemWord('charges'));
    const { terms } = textTerms('Charged twice, late delivery! Email me at jo@example.com #fail');
    expect(terms).toContain(`${stemWord('charged')} ${stemWord('twice')}`);
    expect(terms).toContain(`late ${stemWord('delivery')}`);
    expect(terms).not.toContain(`${stemWord('twice')} late`);
    expect(terms.some((t) => t.includes('example') || t.includes('fail'))).toBe(false);
  });
});

describe('reason names', () => {
  it('joins two chosen words into the phrase they form ("money back", not "back | money")', () => {
    // "money" and "back" each set the group apart more than the phrase does (they also occur
    // apart), yet the name should read as the phrase.
    const labels = ['money', 'back', 'waiting', 'kettle', 'account', 'money back', 'late'];
    const matrix = { vectors: [], vocabulary: labels, labels };
    const centroids = [
      Float64Array.from([0.6, 0.55, 0.4, 0.3, 0.25, 0.2, 0]),
      Float64Array.from([0, 0, 0, 0, 0, 0, 1]),
    ];
    const names = keyPhrases(matrix, { assignments: new Int32Array(0), centroids, cohesion: 0 }, 0);
    expect(names).toEqual(['money back', 'waiting', 'kettle', 'account']);
  });
});
