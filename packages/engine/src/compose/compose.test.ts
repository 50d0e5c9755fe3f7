import { describe, expect, it } from 'vitest';
import { compose } from './compose.js';
import { sharedSentences } from './sentences.js';

describe('compose', () => {
  const input = {
    customer: "I was charged twice for my March bill and I still haven't had a refund. This is ridiculous!",
    customerName: 'Maria',
    agentName: 'Sam',
    options: ['refund the second charge today', 'credit it to your next bill'],
    nextStep: 'confirm the refund by email within 24 hours',
  };

  it('returns a coached draft and two alternatives that share no sentence', () => {
    const result = compose(input);
    const all = [result.draft, ...result.alternatives];
    expect(all).toHaveLength(3);
    for (const reply of all) {
      expect(reply.source).toBe('phrases');
      expect(reply.coach.score).toBeGreaterThanOrEqual(0);
      expect(reply.text).toContain('Maria');
      expect(reply.text).toContain('you were charged twice for your March bill');
    }
    expect(sharedSentences(all[0]!.text, all[1]!.text)).toEqual([]);
    expect(sharedSentences(all[0]!.text, all[2]!.text)).toEqual([]);
    expect(sharedSentences(all[1]!.text, all[2]!.text)).toEqual([]);
    expect(result.draft.coach.score).toBeGreaterThanOrEqual(result.alternatives[0].coach.score);
  });

  it('reads the feeling and apologises for a failure we caused', () => {
    const result = compose(input);
    expect(['anger', 'frustration', 'disappointment']).toContain(result.mood.kind);
    expect(result.mood.apologise).toBe(true);
    expect(result.draft.moves.some((m) => m.id === 'apology')).toBe(true);
  });

  it('does not apologise to a delighted customer', () => {
    const result = compose({
      customer: 'The handwritten note in my order made my day! Love it!',
      customerName: 'Grace',
    });
    for (const reply of [result.draft, ...result.alternatives]) {
      expect(reply.text).not.toMatch(/\b(sorry|apologi[sz]e)\b/i);
    }
  });

  it('is reproducible for a seed, and moves on from phrasings already sent', () => {
    expect(compose({ ...input, seed: 4 }).draft.text).toBe(compose({ ...input, seed: 4 }).draft.text);
    const first = compose({ ...input, seed: 4 });
    const next = compose({ ...input, seed: 4, previousReplies: [first.draft.text] });
    for (const reply of [next.draft, ...next.alternatives]) {
      expect(sharedSentences(reply.text, first.draft.text)).toEqual([]);
    }
  });

  it('keeps finding fresh wording over a conversation of several replies', () => {
    const sent: string[] = [];
    const turns = [
      'My parcel still has not arrived and it has been two weeks.',
      'It STILL has not arrived. This is the third time I am writing!',
      'Nothing again today. I am really fed up with this.',
      'Still nothing. I want my money back.',
    ];
    for (const [i, customer] of turns.entries()) {
      const { draft } = compose({
        customer: turns.slice(0, i + 1),
        customerName: 'Jo',
        options: ['a full refund', 'a replacement by express delivery'],
        nextStep: 'chase the courier and update you by tomorrow',
        previousReplies: sent,
      });
      for (const previous of sent) expect(sharedSentences(draft.text, previous), customer).toEqual([]);
      sent.push(draft.text);
    }
  });

  it('never throws on odd input', () => {
    expect(() => compose({ customer: '' })).not.toThrow();
    expect(() => compose({ customer: ['', '   '] })).not.toThrow();
    expect(() => compose({ customer: '😡😡😡!!!???' })).not.toThrow();
    expect(compose({ customer: '' }).draft.text.length).toBeGreaterThan(0);
  });
});
