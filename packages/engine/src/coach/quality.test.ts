import { describe, expect, it } from 'vitest';
import { coachWith, statusOf } from './fixtures.test-helpers.js';

const COMPLAINT = 'My parcel never arrived and I have been waiting two weeks.';
const UPSET = { frustration: 0.8 };

describe('respect', () => {
  it.each(['Please calm down.', 'As I already said, it is processing.', 'Per our policy we cannot help.'])(
    'warns on dismissive wording: %s',
    (reply) => {
      const r = coachWith(reply, COMPLAINT, UPSET);
      expect(statusOf(r, 'dismissive')).toBe('warn');
      expect(r.checks.find((c) => c.id === 'dismissive')?.suggestion?.replace).toBeDefined();
    },
  );

  it('reframes blame without losing the customer’s details', () => {
    const r = coachWith(
      'You forgot to update your card details, so the payment failed.',
      'Why did my payment fail?',
      UPSET,
    );
    const check = r.checks.find((c) => c.id === 'blame');
    expect(check?.status).toBe('warn');
    expect(check?.suggestion?.text).toBe('It looks like updating your card details slipped through');
    expect(check?.suggestion?.replace?.text).toBe('You forgot to update your card details');
  });

  it('does not take reassurance for blame', () => {
    expect(statusOf(coachWith("You didn't do anything wrong.", COMPLAINT, UPSET), 'blame')).toBe('pass');
    expect(statusOf(coachWith('You should have received an email from us.', COMPLAINT, UPSET), 'blame')).toBe(
      'pass',
    );
  });

  it('asks the agent to take a breath when irritated or sarcastic, and caps the score', () => {
    const r = coachWith(
      'For the third time, the parcel is LOST IN TRANSIT. Good luck with that.',
      COMPLAINT,
      UPSET,
    );
    const tone = r.checks.find((c) => c.id === 'agent_tone');
    expect(tone?.status).toBe('warn');
    expect(tone?.message).toMatch(/Take a breath before sending/);
    expect(r.score).toBeLessThanOrEqual(50);
  });

  it('caps the score of an otherwise good reply that turns sarcastic', () => {
    const r = coachWith(
      "I'm so sorry your parcel never arrived — two weeks is far too long. I've sent a replacement by express today, so it arrives tomorrow. Good luck with that.",
      COMPLAINT,
      UPSET,
    );
    expect(r.working.cap).toEqual({ limit: 50, because: ['agent_tone'] });
    expect(r.score).toBe(50);
  });
});

describe('canned', () => {
  it('flags script phrases and offers a specific rewrite', () => {
    const r = coachWith(
      'We apologise for any inconvenience this may have caused. Your call is important to us.',
      COMPLAINT,
      UPSET,
    );
    const check = r.checks.find((c) => c.id === 'canned');
    expect(check?.status).toBe('warn');
    expect(check?.suggestion?.text).toMatch(/^I'm sorry your parcel never arrived/);
  });

  it('flags a sentence repeated from an earlier reply', () => {
    const earlier = 'Our courier partner is investigating the delay with the depot right now.';
    const r = coachWith(`Thanks Ana. ${earlier}`, COMPLAINT, UPSET, { previousReplies: [earlier] });
    const check = r.checks.find((c) => c.id === 'canned');
    expect(check?.status).not.toBe('pass');
    expect(check?.spans.some((s) => s.source === 'canned.repeat')).toBe(true);
  });
});

describe('plain and personal', () => {
  it('flags internal terms the customer did not use, with a plain word', () => {
    const r = coachWith('I have escalated your ticket to tier 2.', COMPLAINT, UPSET);
    const check = r.checks.find((c) => c.id === 'jargon');
    expect(check?.status).toBe('improve');
    expect(check?.suggestion?.text).toBe('passed to a specialist');
    expect(statusOf(coachWith('The API key is in Settings.', 'Where is my API key?'), 'jargon')).toBe('pass');
  });

  it('flags long sentences and offers a split', () => {
    const long =
      'We have looked at your account and we can see that the payment was taken on the fourth of the month, but because the card had expired the bank sent it back to us, which is why the order was put on hold and not sent out to you.';
    const check = coachWith(long, COMPLAINT, UPSET).checks.find((c) => c.id === 'readability');
    expect(check?.status).toBe('improve');
    expect(check?.suggestion?.text.split('. ').length).toBeGreaterThan(1);
  });

  it('passes a reply that uses the customer’s specifics and knows their name', () => {
    const r = coachWith('Hi Ana, your parcel left the depot two weeks late.', COMPLAINT, UPSET, {
      customerName: 'Ana',
    });
    expect(statusOf(r, 'personalized')).toBe('pass');
    const generic = coachWith('Thank you for your message.', COMPLAINT, UPSET, { customerName: 'Ana' });
    expect(statusOf(generic, 'personalized')).toBe('improve');
    expect(generic.checks.find((c) => c.id === 'personalized')?.suggestion?.text).toMatch(/^Ana, /);
  });
});

describe('no false alarms on careful wording', () => {
  it.each([
    'None of this is your fault, and I will see it through myself.',
    'As you prefer email, that is how I will keep you updated.',
    "I'll update the address as soon as you confirm the new one.",
    'Your order turned up late for the third time this month, which is maddening.',
  ])('%s', (reply) => {
    const r = coachWith(reply, COMPLAINT, UPSET);
    expect(statusOf(r, 'blame')).toBe('pass');
    expect(statusOf(r, 'agent_tone')).toBe('pass');
  });
});
