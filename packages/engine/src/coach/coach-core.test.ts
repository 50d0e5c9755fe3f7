import { describe, expect, it } from 'vitest';
import { shiftPerson } from '../text/index.js';
import { coachCore } from './coach-core.js';
import { coachWith } from './fixtures.test-helpers.js';
import { splitSentences } from './text/sentences.js';
import { CHECK_IDS, TECHNIQUE_IDS } from './types.js';

describe('coachCore', () => {
  it('reports every technique and check, with the score’s working', () => {
    const r = coachWith(
      "I'm so sorry — that sounds stressful. I'll refund it today.",
      'I was charged twice!',
      { anger: 0.8 },
    );
    expect(Object.keys(r.techniques).sort()).toEqual([...TECHNIQUE_IDS].sort());
    expect(r.checks.map((c) => c.id)).toEqual([...TECHNIQUE_IDS, ...CHECK_IDS]);
    const applied = r.checks.filter((c) => c.status !== 'skip');
    expect(r.working.possible).toBe(applied.reduce((n, c) => n + c.weight, 0));
    expect(r.working.earned).toBe(applied.reduce((n, c) => n + c.earned, 0));
    expect(r.score).toBe(Math.round((100 * r.working.earned) / r.working.possible));
    for (const c of r.checks) {
      expect(c.why.length).toBeGreaterThan(0);
      if (c.status === 'improve' || c.status === 'warn') expect(c.suggestion?.text).toBeDefined();
    }
  });

  it('scores a caring reply above a dismissive one for the same customer', () => {
    const customer = 'My flight was cancelled and I will miss my daughter’s wedding. I am panicking.';
    const good = coachWith(
      "I'm so sorry — with your daughter's wedding at stake, this must be so stressful. I've held two seats for you: tonight at 21:05 or tomorrow at 07:40. Which would you prefer? I'll confirm within 10 minutes of your reply. Take care.",
      customer,
      { anxiety: 0.8 },
    );
    const bad = coachWith('Please calm down. You should have bought insurance.', customer, { anxiety: 0.8 });
    expect(good.score).toBeGreaterThan(80);
    expect(bad.score).toBeLessThan(40);
  });

  it('never throws on odd text', () => {
    for (const reply of ['', '   ', '!!!???', '😀😀', 'a'.repeat(5000), '\n\n\n', 'İİİ ÀÉ']) {
      expect(() => coachCore({ reply, customer: [] })).not.toThrow();
    }
  });
});

describe('text helpers', () => {
  it('splits sentences, lines and keeps abbreviations and decimals', () => {
    expect(splitSentences('Hi Ana,\nMr. Lee paid $3.50 today. Sorry! Is it ok?').map((s) => s.text)).toEqual([
      'Hi Ana,',
      'Mr. Lee paid $3.50 today.',
      'Sorry!',
      'Is it ok?',
    ]);
  });

  it('shifts pronouns from the customer’s view to ours', () => {
    expect(shiftPerson('I was charged twice for my order')).toBe('you were charged twice for your order');
    expect(shiftPerson('you sent me the wrong size')).toBe('we sent you the wrong size');
  });
});
