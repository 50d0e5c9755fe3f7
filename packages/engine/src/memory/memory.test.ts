import { describe, expect, it } from 'vitest';
import { type ExtractedFact, extractFacts, mergeFacts, type RememberedFact } from './index.js';

const pick = (facts: ExtractedFact[]) => facts.map((f) => [f.kind, f.key, f.value]);

describe('extractFacts', () => {
  it('reads contact preferences, people and life events with their evidence', () => {
    const text = 'Please email me, not call. My wife Sarah and I are moving house next month.';
    const facts = extractFacts(text);
    expect(pick(facts)).toEqual([
      ['contact_preference', 'channel', 'email'],
      ['person', 'wife', 'Sarah'],
      ['life_event', 'moving', 'moving home'],
    ]);
    for (const f of facts) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
    expect(facts[0]).toMatchObject({ rule: 'contact.please_channel', evidence: { text: 'Please email me' } });
  });

  it('reads plans, deadlines, time zones, products and names', () => {
    expect(
      pick(extractFacts("I'm on the Pro plan and I need this fixed by Friday. My flight is on Monday.")),
    ).toEqual([
      ['plan', 'plan', 'Pro plan'],
      ['deadline', 'friday', 'by Friday'],
      ['life_event', 'travel', 'travelling'],
      ['deadline', 'flight', 'flight on Monday'],
    ]);
    expect(
      pick(extractFacts('I prefer phone calls, ideally call me after 5pm EST. I spoke to Anna last week.')),
    ).toEqual([
      ['contact_preference', 'channel', 'phone'],
      ['contact_preference', 'contact_time', 'after 5pm'],
      ['time_zone', 'time_zone', 'America/New_York'],
      ['person', 'spoke_to:anna', 'Anna'],
    ]);
    expect(
      pick(extractFacts("I have a MacBook Pro 14 and my iPhone 15 keeps crashing. Don't call me at work.")),
    ).toEqual([
      ['product', 'macbook pro 14', 'MacBook Pro 14'],
      ['product', 'iphone 15', 'iPhone 15'],
      ['contact_preference', 'avoid_channel', 'phone'],
    ]);
    expect(pick(extractFacts("My time zone is Europe/Berlin. I'm based in London."))).toEqual([
      ['time_zone', 'time_zone', 'Europe/Berlin'],
    ]);
  });

  it('does not remember denials, suppositions and questions', () => {
    expect(extractFacts("I'm not moving. If I'm moving I will tell you. Should I email you?")).toEqual([]);
    const asked = extractFacts('Could you email me by Friday, my wife Ana asks?');
    expect(asked.every((f) => f.confidence <= 0.45)).toBe(true);
  });

  it('never throws on odd input', () => {
    expect(extractFacts('')).toEqual([]);
    expect(extractFacts(undefined as unknown as string)).toEqual([]);
    expect(extractFacts('my '.repeat(20_000))).toEqual([]);
  });
});

describe('mergeFacts', () => {
  const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`;
  const said = (text: string, messageId: string, day: number) =>
    extractFacts(text).map((fact) => ({ fact, source: { messageId, at: at(day) } }));

  it('keeps one fact per key, strengthens repeats and lets later statements replace earlier ones', () => {
    const first = mergeFacts([], said('Please email me.', 'm1', 1));
    expect(first).toEqual([
      expect.objectContaining({ key: 'channel', value: 'email', timesSeen: 1, messageId: 'm1' }),
    ]);
    const again = mergeFacts(first, said('Please email me.', 'm2', 2));
    expect(again[0]).toMatchObject({ value: 'email', timesSeen: 2, firstSeenAt: at(1), lastSeenAt: at(2) });
    expect(again[0]?.confidence).toBeGreaterThan(first[0]?.confidence ?? 1);
    const changed = mergeFacts(again, said('I would prefer a phone call from now on.', 'm3', 3));
    expect(changed[0]).toMatchObject({ value: 'phone', timesSeen: 1, messageId: 'm3', firstSeenAt: at(3) });
  });

  it('ignores older statements and the same message read twice', () => {
    const stored: RememberedFact[] = mergeFacts([], said('I prefer phone calls.', 'm5', 5));
    expect(mergeFacts(stored, said('Please email me.', 'm1', 1))).toEqual([]);
    expect(mergeFacts(stored, said('I prefer phone calls.', 'm5', 5))).toEqual([]);
  });

  it('lets the latest statement win inside one batch, whatever the input order', () => {
    const batch = [...said('I prefer phone calls.', 'm9', 9), ...said('Please email me.', 'm2', 2)];
    expect(mergeFacts([], batch)).toEqual([expect.objectContaining({ value: 'phone', messageId: 'm9' })]);
  });
});
