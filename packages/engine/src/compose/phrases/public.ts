import { bank } from './phrase.js';

/**
 * Public replies move the conversation to a private channel and offer a choice of how, with a
 * promise of when we will act there; they never ask for personal details in the open.
 */
export const PRIVATE_CHANNEL = bank('private', [
  "Send us a direct message, or reply here and we'll reach out privately, whichever is easier; I'll take it from there and get back to you within the hour.",
  "Message us privately, or email our support team if you'd rather, and we'll pick it up straight away and put this right today.",
  'Could you DM us or email our support team? We will take it from there privately and reply within the hour.',
  "Pop us a direct message or an email, whichever suits you, and I'll sort it out with you privately today.",
  "Please send us a private message, or email our support team if you prefer, and I'll make sure this is looked into today.",
]);

/** For happy public posts: thanks, and an open door rather than a move to private. */
export const PUBLIC_POSITIVE_INVITE = bank('private.positive', [
  'Thanks for sharing this with everyone!',
  'We have passed your kind words on to the team.',
  "We'll make sure the team sees this.",
]);
