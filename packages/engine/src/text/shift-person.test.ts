import { describe, expect, it } from 'vitest';
import { shiftPerson } from './shift-person.js';

describe('shiftPerson', () => {
  it.each([
    ['I was charged twice', 'you were charged twice'],
    ["my order hasn't arrived", "your order hasn't arrived"],
    ["I'm still waiting for my refund", "you're still waiting for your refund"],
    ['you sent me the wrong size', 'we sent you the wrong size'],
    ['I told you twice already', 'you told us twice already'],
    ['you guys cancelled our flight', 'we cancelled your flight'],
    [
      "we've been customers for years and your app keeps crashing",
      "you've been customers for years and our app keeps crashing",
    ],
    ['I am locked out of my account', 'you are locked out of your account'],
    ["I wasn't told about the fee", "you weren't told about the fee"],
  ])('%s → %s', (input, expected) => {
    expect(shiftPerson(input)).toBe(expected);
  });

  it('keeps words that are not pronouns untouched, names included', () => {
    expect(shiftPerson('the Berlin flight on Friday was cancelled')).toBe(
      'the Berlin flight on Friday was cancelled',
    );
  });
});
