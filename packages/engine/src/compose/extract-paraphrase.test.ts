import { describe, expect, it } from 'vitest';
import { extractParaphrase } from './extract-paraphrase.js';

describe('extractParaphrase', () => {
  it('restates the problem from our side', () => {
    expect(extractParaphrase('Hi, I was charged twice for my March bill!!')?.text).toBe(
      'you were charged twice for your March bill',
    );
  });

  it('picks the problem over the feeling and the threat', () => {
    const p = extractParaphrase(
      "I'm so angry. My order hasn't arrived and it's been three weeks. I will leave a review on Trustpilot.",
    );
    expect(p?.text).toBe("your order hasn't arrived and it's been three weeks");
    expect(p?.kind).toBe('problem');
  });

  it('turns shouting and swearing into plain words', () => {
    expect(extractParaphrase('WHY IS MY PARCEL STILL NOT HERE??? useless!!')?.text).toBe(
      'your parcel is still not here',
    );
    expect(extractParaphrase('your stupid app crashed and lost my draft')?.text).toBe(
      'our app crashed and lost your draft',
    );
  });

  it('turns questions and requests into statements', () => {
    expect(extractParaphrase('How do I change my delivery address?')).toMatchObject({
      text: "you'd like to know how to change your delivery address",
      kind: 'request',
    });
    expect(extractParaphrase('Can you cancel my subscription please?')?.text).toBe(
      "you'd like us to cancel your subscription",
    );
    expect(extractParaphrase("Where's my refund?")?.text).toBe("you're still waiting for your refund");
  });

  it('reads good news as good news', () => {
    expect(
      extractParaphrase('Thank you so much, the replacement arrived today and it is perfect!'),
    ).toMatchObject({
      text: 'the replacement arrived today and it is perfect',
      kind: 'positive',
    });
  });

  it('joins two short problem sentences', () => {
    expect(extractParaphrase('I was charged twice. I still have not had a refund.')?.text).toBe(
      'you were charged twice, and you still have not had a refund',
    );
  });

  it('drops a trailing request for contact', () => {
    expect(extractParaphrase('My order never arrived, contact me at jo@example.com.')?.text).toBe(
      'your order never arrived',
    );
  });

  it('returns null rather than guessing, and never throws on odd text', () => {
    expect(extractParaphrase('')).toBeNull();
    expect(extractParaphrase('???!!! 😡😡')).toBeNull();
    expect(extractParaphrase('What?')).toBeNull();
    expect(() => extractParaphrase('\u0000\uFFFF'.repeat(1000))).not.toThrow();
  });
});
