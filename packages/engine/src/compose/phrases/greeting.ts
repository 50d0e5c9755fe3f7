import { bank } from './phrase.js';

/** A greeting on its own line (e-mail), with the customer's name. */
export const GREETING_LINE = bank('greeting.line', [
  'Hi {name},',
  'Hello {name},',
  'Dear {name},',
  '{name},',
]);

/** Greetings for a second or later reply in the same conversation. */
export const GREETING_AGAIN = bank('greeting.again', [
  'Hi again, {name},',
  'Hello again, {name},',
  '{name}, hello again.',
]);

/** A greeting on its own line when we do not know the name. */
export const GREETING_LINE_ANON = bank('greeting.line.anon', ['Hi there,', 'Hello,', 'Hello there,']);

/** A greeting that runs into the first sentence ("Hi Ana, that sounds frustrating."). */
export const GREETING_INLINE = bank('greeting.inline', ['Hi {name}, ', '{name}, ', 'Hello {name}, ']);

export const GREETING_INLINE_ANON = bank('greeting.inline.anon', ['Hi there, ', 'Hello, ', 'Hi, ']);

/**
 * Greetings with an exclamation mark, only for customers who are happy. They stand as a sentence
 * of their own, so they use words the line greetings do not (drafts must not share a sentence).
 */
export const GREETING_INLINE_WARM = bank('greeting.inline.warm', [
  'Hey {name}! ',
  'Hey there, {name}! ',
  '{name}, hello! ',
]);

export const GREETING_INLINE_ANON_WARM = bank('greeting.inline.anon.warm', [
  'Hey! ',
  'Hey there! ',
  'Oh, hello! ',
]);

/** Sign-offs for e-mail, on one line with the agent's name. */
export const SIGNOFF = bank('signoff', [
  'Best wishes, {agent}',
  'Warm regards, {agent}',
  'All the best, {agent}',
  'Kind regards, {agent}',
  'Speak soon, {agent}',
  'With thanks, {agent}',
]);

/** Lighter sign-offs, only for happy customers and plain questions. */
export const SIGNOFF_LIGHT = bank('signoff.light', [
  'Cheers, {agent}',
  'Thanks again, {agent}',
  'Have a good one, {agent}',
]);
