/**
 * Property tests: the engine takes customer text from anywhere (imports, webhooks, keystrokes),
 * so for any input at all it must return a well-formed result and never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyze, coach, compose } from '../src/index.js';

// Text a help desk actually receives, mixed with hostile and malformed pieces.
const HOSTILE = [
  "'; DROP TABLE messages; --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("return process")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal template-injection attempt is the point
  '${process.exit(1)}',
  '\u0000\u0001\u0002',
  '\uD800', // a lone surrogate: invalid UTF-16
  '\u202E reversed',
  'A'.repeat(5_000),
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '😡😡😡😡😡😡😡😡',
  '4111 1111 1111 1111',
  'ÇA NE MARCHE PAS',
  '\n\n\n\t\t',
];
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...HOSTILE),
  fc.constantFrom('still waiting', 'charged twice', 'thank you so much', 'NOT HAPPY', 'by Friday', 'not'),
);
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(' '));

function expectWellFormed(text: string, r: Analysis): void {
  expect(['negative', 'neutral', 'positive']).toContain(r.sentiment.label);
  expect(r.sentiment.score).toBeGreaterThanOrEqual(-1);
  expect(r.sentiment.score).toBeLessThanOrEqual(1);
  expect(r.intensity).toBeGreaterThanOrEqual(0);
  expect(r.intensity).toBeLessThanOrEqual(1);
  for (const v of [r.risk.escalation, r.risk.churn]) {
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(1);
  }
  for (const e of r.emotions) {
    expect(Number.isFinite(e.score)).toBe(true);
    for (const s of e.evidence) expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  for (const c of r.cues) expect(text.slice(c.start, c.end)).toBe(c.text);
  // Each cue once (kind and span), in reading order.
  const keys = r.cues.map((c) => `${c.kind}:${c.start}:${c.end}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (let i = 1; i < r.cues.length; i++)
    expect(r.cues[i]!.start).toBeGreaterThanOrEqual(r.cues[i - 1]!.start);
}

describe('engine properties', () => {
  it('analyze() returns a well-formed result for any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expectWellFormed(t, analyze(t));
      }),
      { numRuns: 300 },
    );
  });

  it('analyze() reports, never throws on, values that are not text', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        if (typeof value === 'string') return;
        const r = analyze(value as unknown as string);
        expect(r.problem?.code).toBe('not_text');
      }),
      { numRuns: 200 },
    );
  });

  it('coach() scores any draft against any customer message between 0 and 100', () => {
    fc.assert(
      fc.property(text, text, (reply, customer) => {
        const r = coach({ reply, customer });
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        for (const check of r.checks) {
          for (const s of check.spans) expect(reply.slice(s.start, s.end)).toBe(s.text);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('compose() drafts a reply for any message, the same one for the same seed', () => {
    fc.assert(
      fc.property(
        text.filter((t) => t.trim() !== ''),
        fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 }),
        fc.constantFrom('email', 'chat', 'public') as fc.Arbitrary<'email' | 'chat' | 'public'>,
        fc.nat(1000),
        (customer, customerName, options, channel, seed) => {
          const input = { customer, customerName, options, channel, seed };
          const a = compose(input);
          expect(typeof a.draft.text).toBe('string');
          expect(a.draft.text.trim()).not.toBe('');
          expect(a.alternatives).toHaveLength(2);
          expect(compose(input).draft.text).toBe(a.draft.text);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never repeats markup or card numbers from the customer into a public reply', () => {
    const r = compose({
      customer: 'My card 4111 1111 1111 1111 was charged twice <script>alert(1)</script> fix it!!',
      channel: 'public',
    });
    for (const d of [r.draft, ...r.alternatives]) {
      expect(d.text).not.toContain('<script>');
      expect(d.text).not.toMatch(/4111[ -]?1111/);
    }
  });
});
