import { describe, expect, it } from 'vitest';
import { coachWith, statusOf } from './fixtures.test-helpers.js';

const ANGRY = { anger: 0.8, frustration: 0.6 };
const COMPLAINT = 'I was charged twice for my order and nobody answered my emails. Ridiculous!';

describe('acknowledge', () => {
  it.each([
    'That sounds really stressful.',
    "I can see why you're upset.",
    "I'd be frustrated too.",
    'Being charged twice is so annoying.',
    'Your frustration is completely understandable.',
    'Two weeks of silence would make anyone angry.',
    "You shouldn't have had to chase us.",
  ])('recognises validation: %s', (reply) => {
    expect(coachWith(reply, COMPLAINT, ANGRY).techniques.acknowledge.present).toBe(true);
  });

  it.each([
    'There is no need to be upset.',
    "I don't understand why you're upset.",
    'We apologise for any inconvenience.',
    'Your refund is on its way.',
  ])('does not take this for validation: %s', (reply) => {
    expect(coachWith(reply, COMPLAINT, ANGRY).techniques.acknowledge.present).toBe(false);
  });

  it('skips when the customer shows no emotion, and says why', () => {
    const check = coachWith('Here is the form.', 'How do I change my address?').checks.find(
      (c) => c.id === 'acknowledge',
    );
    expect(check?.status).toBe('skip');
    expect(check?.why).toMatch(/no emotion/);
  });

  it('suggests an acknowledgement built from the customer’s own words, with their name', () => {
    const result = coachWith('Your refund is on its way.', COMPLAINT, ANGRY, { customerName: 'Maria Lopez' });
    const check = result.checks.find((c) => c.id === 'acknowledge');
    expect(check?.status).toBe('improve');
    expect(check?.suggestion?.text).toMatch(/^Maria, /);
    expect(check?.suggestion?.text).toMatch(/you were charged twice for your order/);
    expect(check?.suggestion?.replace).toMatchObject({ start: 0, end: 0 });
  });

  it('asks for more than the stock line', () => {
    const result = coachWith(
      'I understand your frustration.\nYour refund is on its way today.',
      COMPLAINT,
      ANGRY,
    );
    expect(result.techniques.acknowledge.present).toBe(true);
    expect(statusOf(result, 'acknowledge')).toBe('improve');
  });
});

describe('paraphrase', () => {
  it('finds a restatement with the pronoun shift', () => {
    const r = coachWith(
      'So your card was charged twice for the same order, and your emails went unanswered.',
      COMPLAINT,
      ANGRY,
    );
    expect(r.techniques.paraphrase.present).toBe(true);
  });

  it('does not count a promise that reuses the words', () => {
    const r = coachWith("I'll refund the double charge on your order today.", COMPLAINT, ANGRY);
    expect(r.techniques.paraphrase.present).toBe(false);
  });

  it('suggests a restatement in our words', () => {
    const check = coachWith('Refund issued.', COMPLAINT, ANGRY).checks.find((c) => c.id === 'paraphrase');
    expect(check?.suggestion?.text).toContain('you were charged twice for your order');
  });
});

describe('question, apology, reassurance', () => {
  it('counts clarifying questions but not offers or jabs', () => {
    expect(
      coachWith('Could you send me the order number?', COMPLAINT, ANGRY).techniques.question.present,
    ).toBe(true);
    expect(
      coachWith('Would you like a refund or a replacement?', COMPLAINT, ANGRY).techniques.question.present,
    ).toBe(false);
    expect(coachWith('Did you even read my email?', COMPLAINT, ANGRY).techniques.question.present).toBe(
      false,
    );
    expect(
      coachWith('Is there anything else I can help with?', COMPLAINT, ANGRY).techniques.question.present,
    ).toBe(false);
  });

  it('does not take a non-apology for an apology', () => {
    expect(coachWith("I'm sorry you feel that way.", COMPLAINT, ANGRY).techniques.apology.present).toBe(
      false,
    );
    expect(coachWith("That's on us, and I'm sorry.", COMPLAINT, ANGRY).techniques.apology.present).toBe(true);
  });

  it('does not demand an apology from a happy customer', () => {
    const r = coachWith('Glad to hear it!', 'Thank you so much, it works perfectly!', { gratitude: 0.9 });
    expect(statusOf(r, 'apology')).toBe('skip');
  });

  it('finds reassurance', () => {
    expect(
      coachWith("Don't worry, your money is safe.", COMPLAINT, { anxiety: 0.8 }).techniques.reassurance
        .present,
    ).toBe(true);
  });
});

describe('options, next step, close, information', () => {
  it('passes two options and asks for a second when there is one', () => {
    const two = coachWith(
      'I can refund it to your card, or add it as credit — whichever you prefer.',
      COMPLAINT,
      ANGRY,
    );
    expect(statusOf(two, 'options')).toBe('pass');
    const one = coachWith('I could send a replacement.', COMPLAINT, ANGRY);
    expect(statusOf(one, 'options')).toBe('improve');
  });

  it('skips options when there is no problem', () => {
    expect(
      statusOf(coachWith('Glad to hear it!', 'Thanks, all good now!', { gratitude: 0.9 }), 'options'),
    ).toBe('skip');
  });

  it('asks for a time when the next step has none', () => {
    const vague = coachWith("I'll look into this.", COMPLAINT, ANGRY);
    expect(statusOf(vague, 'next_step')).toBe('improve');
    expect(vague.checks.find((c) => c.id === 'next_step')?.suggestion?.text).toMatch(
      /by the end of tomorrow/,
    );
    expect(statusOf(coachWith("I'll email you an update by Friday.", COMPLAINT, ANGRY), 'next_step')).toBe(
      'pass',
    );
  });

  it('finds a caring close only at the end', () => {
    const end = coachWith('Your refund is done. It shows in 3 days.\nTake care,\nSam', COMPLAINT, ANGRY);
    expect(end.techniques.caring_close.present).toBe(true);
    const start = coachWith(
      'I hope you are well. Your refund is done. It shows in 3 days. The amount is $40.',
      COMPLAINT,
      ANGRY,
    );
    expect(start.techniques.caring_close.present).toBe(false);
  });

  it('finds figures, steps and plain statements of fact', () => {
    expect(
      coachWith('Go to Settings and tap Billing.', 'How do I change my card?').techniques.information.present,
    ).toBe(true);
    expect(
      coachWith('Returns are free within 30 days.', 'Can I return it?').techniques.information.present,
    ).toBe(true);
    expect(
      coachWith('Our sizing on that brand runs large overall.', 'Too big.').techniques.information.present,
    ).toBe(true);
    expect(coachWith('Thanks so much!', 'Can I return it?').techniques.information.present).toBe(false);
  });
});
