import { describe, expect, it } from 'vitest';
import { CX_EMOTIONS } from '../emotion/types.js';
import { buildReplies, type ReplyContext } from './build-replies.js';
import { extractParaphrase } from './extract-paraphrase.js';
import { nextStepClause } from './next-step-clause.js';
import { readOptions } from './option-list.js';
import { normaliseSentence, sharedSentences, splitSentences } from './sentences.js';
import type { Channel, Mood } from './types.js';

const mood = (overrides: Partial<Mood>): Mood => ({
  kind: 'frustration',
  strength: 'strong',
  apologise: true,
  deadline: null,
  repeatContact: false,
  urgent: false,
  problem: true,
  asks: false,
  loss: false,
  ...overrides,
});

const context = (overrides: Partial<ReplyContext> = {}): ReplyContext => ({
  mood: mood({}),
  paraphrase: extractParaphrase(
    'My order #48213 never arrived and I was charged for delivery. Email me at jo@example.com.',
  ),
  channel: 'email',
  customerName: 'Jo',
  agentName: 'Sam',
  options: readOptions(['refund the delivery fee', 'send a replacement by express']),
  nextStep: nextStepClause('check with the courier and update you by Thursday'),
  facts: [],
  previousReplies: [],
  seed: 1,
  ...overrides,
});

describe('buildReplies', () => {
  const channels: Channel[] = ['email', 'chat', 'public'];
  for (const channel of channels) {
    it(`gives three ${channel} replies that share no sentence, for every feeling and several seeds`, () => {
      for (const kind of CX_EMOTIONS) {
        for (const strength of ['mild', 'strong'] as const) {
          for (let seed = 0; seed < 5; seed++) {
            const replies = buildReplies(context({ channel, seed, mood: mood({ kind, strength }) }));
            expect(replies).toHaveLength(3);
            const [a, b, c] = replies.map((r) => r.text) as [string, string, string];
            expect([...sharedSentences(a, b), ...sharedSentences(a, c), ...sharedSentences(b, c)]).toEqual(
              [],
            );
          }
        }
      }
    });
  }

  it('is reproducible for a seed and varies across seeds', () => {
    expect(buildReplies(context({ seed: 9 }))).toEqual(buildReplies(context({ seed: 9 })));
    const texts = new Set(Array.from({ length: 6 }, (_, seed) => buildReplies(context({ seed }))[0]!.text));
    expect(texts.size).toBeGreaterThan(3);
  });

  it('paraphrases, offers the options as a choice and states the next step', () => {
    const [reply] = buildReplies(context());
    const ids = reply!.moves.map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining(['acknowledge', 'paraphrase', 'apology', 'options', 'next_step', 'close']),
    );
    expect(reply!.text).toContain('your order #48213 never arrived');
    expect(reply!.text).toContain('refund the delivery fee or send a replacement by express');
    expect(reply!.text).toContain("I'll check with the courier and update you by Thursday");
  });

  it('apologises only when an apology is warranted', () => {
    const happy = buildReplies(
      context({
        mood: mood({ kind: 'gratitude', apologise: false, problem: false }),
        options: readOptions([]),
      }),
    );
    for (const reply of happy) {
      expect(reply.moves.some((m) => m.id === 'apology')).toBe(false);
      expect(reply.text).not.toMatch(/\b(sorry|apologi[sz]e)\b/i);
    }
  });

  it('never reuses a phrasing from earlier replies in the conversation', () => {
    const first = buildReplies(context({ seed: 3 }));
    const previous = first.map((r) => r.text);
    const next = buildReplies(context({ seed: 3, previousReplies: previous }));
    const before = new Set(first.flatMap((r) => r.moves.map((m) => m.phrase)));
    for (const reply of next) {
      for (const move of reply.moves) {
        // Moves built only from the customer's words or the agent's name have no wording to repeat.
        if (move.id === 'greeting' || move.id === 'signoff') continue;
        expect(before.has(move.phrase), `${move.id} ${move.phrase}`).toBe(false);
      }
    }
  });

  it('writes public replies short, without personal data, and moves to a private channel', () => {
    for (let seed = 0; seed < 5; seed++) {
      for (const reply of buildReplies(context({ channel: 'public', seed }))) {
        expect(reply.text).not.toMatch(/48213|@|example\.com/);
        expect(reply.text.split(/\s+/).length).toBeLessThanOrEqual(70);
        expect(reply.moves.some((m) => m.id === 'private_channel')).toBe(true);
        expect(reply.moves.some((m) => m.id === 'signoff')).toBe(false);
      }
    }
  });

  it('gives a confused customer plain numbered steps', () => {
    for (const reply of buildReplies(
      context({ mood: mood({ kind: 'confusion', strength: 'mild', apologise: false }) }),
    )) {
      expect(reply.text).toMatch(/\n1\. .+\n2\. .+\n3\. /);
    }
  });

  it('asks instead of guessing when the problem cannot be restated', () => {
    const [reply] = buildReplies(context({ paraphrase: null }));
    expect(reply!.moves.some((m) => m.id === 'question')).toBe(true);
    expect(splitSentences(reply!.text).some((s) => s.endsWith('?'))).toBe(true);
  });

  it('names the customer deadline back to them', () => {
    const [reply] = buildReplies(context({ mood: mood({ deadline: 'by Friday', urgent: true }) }));
    expect(normaliseSentence(reply!.text)).toContain('by friday');
  });
});
