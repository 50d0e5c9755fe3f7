import { describe, expect, it } from 'vitest';
import { coach } from './index.js';

const blameOf = (customer: string, reply: string) =>
  coach({ reply, customer }).checks.find((c) => c.id === 'blame')?.status;

describe('blame in context', () => {
  it("does not call a restatement of the customer's own words blame", () => {
    expect(
      blameOf(
        "I was told I'd get a call back yesterday and nobody called.",
        "What I'm hearing is that you were told you'd get a call back yesterday and nobody called.",
      ),
    ).toBe('pass');
  });

  it('still flags the same words when the customer never said them', () => {
    expect(blameOf('My card was declined.', 'As you were told last week, the card expired.')).toBe('warn');
  });

  it('flags fault placed on their side, but not a neutral "on your side"', () => {
    expect(blameOf('The app crashed.', "It's an error on your end.")).toBe('warn');
    expect(blameOf('The app crashed.', 'What do you see on your side when it happens?')).toBe('pass');
  });
});
