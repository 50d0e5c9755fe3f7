import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';

const labels = (text: string) => analyze(text).emotions.map((e) => e.label);
const cues = (text: string) => analyze(text).cues.map((c) => c.kind);

describe('reading feelings in context', () => {
  it('reads a thank-you for easing a bad time as gratitude, not anger', () => {
    const r = analyze(
      'The claim was paid much faster than I expected. Thank you for making a horrible week easier.',
    );
    expect(r.sentiment.label).toBe('positive');
    expect(r.emotions[0]?.label).toBe('gratitude');
    expect(
      labels('The claim was paid much faster than I expected. Thank you for making a horrible week easier.'),
    ).not.toContain('anger');
  });

  it('still reads sarcastic thanks as frustration', () => {
    const r = analyze('Thanks for the horrible service, really.');
    expect(r.sentiment.label).toBe('negative');
    expect(cues('Thanks for the horrible service, really.')).toContain('sarcasm');
    expect(analyze('Thank you for the wonderful service, Mia was great').sentiment.label).toBe('positive');
  });

  it("keeps someone else's feeling as context, but not the customer's own", () => {
    expect(
      labels('The crew were incredible with my nervous daughter. Please pass on our thanks.'),
    ).not.toContain('anxiety');
    expect(labels("I'm nervous about my daughter's flight tomorrow")).toContain('anxiety');
  });

  it('does not read codes such as flight numbers as shouting', () => {
    expect(cues('The crew on flight BA117 were lovely')).not.toContain('shouting');
    expect(cues('WHERE IS MY REFUND')).toContain('shouting');
  });

  it('finds a deadline and a threat inside a negated condition', () => {
    const found = cues('If this is not fixed by Friday I am cancelling my account');
    expect(found).toEqual(expect.arrayContaining(['deadline', 'threat_to_leave']));
  });

  it('reads cancellations and squashed deliveries as service failures, and being lost as no failure', () => {
    expect(cues('The tour was cancelled')).toContain('service_failure');
    expect(analyze('The tour was cancelled').sentiment.label).toBe('negative');
    expect(cues('My birthday cake arrived squashed')).toContain('service_failure');
    expect(cues('My laptop won’t even start')).toContain('service_failure');
    expect(cues("I don't know where to start")).not.toContain('service_failure');
  });

  it('reads a stake put at risk by a failure as urgent, and the same stake alone as calm', () => {
    const urgent = analyze('I have a job interview Wednesday and the laptop you repaired will not turn on.');
    const urgency = urgent.emotions.find((e) => e.label === 'urgency');
    expect(urgency?.evidence.map((e) => e.source)).toEqual(
      expect.arrayContaining(['cue.deadline_appointment', 'rule:stake_at_risk']),
    );
    expect(labels('I have an interview on Monday so please only call after 2pm next week.')).not.toContain(
      'urgency',
    );
    expect(labels('My dad relies on the landline and it has been cut off since Sunday.')).toContain(
      'urgency',
    );
    expect(labels('My mum lives alone and I wanted to add her as a second contact.')).not.toContain(
      'urgency',
    );
    expect(labels('Our card terminal is broken and customers cannot pay.')).toContain('urgency');
    expect(labels('My wedding is in June, can I change the delivery address?')).not.toContain('urgency');
    expect(labels('The wedding is on Saturday and the dress has not arrived.')).toContain('urgency');
  });

  it('does not read excitement about an event as delight with us', () => {
    const r = analyze(
      'You cancelled my flight and the rebooking is for Thursday. I have a job interview Wednesday morning!',
    );
    expect(r.emotions.map((e) => e.label)).not.toContain('delight');
    expect(r.sentiment.label).toBe('negative');
  });

  it('reads a plain question as neutral and a stated muddle as confusion', () => {
    expect(labels('Do you deliver to Northern Ireland?')).toEqual(['neutral']);
    expect(labels('Is late checkout available on Sunday?')).not.toContain('confusion');
    expect(labels('The two emails contradict each other, which date is right?')).toContain('confusion');
    expect(labels('I have no idea which form I need.')).toContain('confusion');
  });
});
