import { bank } from './phrase.js';

/**
 * Frames that restate the customer's problem in their own words (`{p}` is already shifted to
 * "you"/"we"). They differ in shape, not only in words: a bare restatement, a check-back, a
 * "you've told me", a summary.
 */
export const PARAPHRASE_PROBLEM = bank('para.problem', [
  'So {p}.',
  "If I've understood correctly, {p}.",
  "From what you've written, {p}.",
  "You've told me that {p}.",
  "Just so I'm sure I have this right: {p}.",
  '{P}.',
  'It sounds like {p}.',
  "What I'm hearing is that {p}.",
  'As I understand it, {p}.',
  "Let me check I've got this right: {p}.",
  'In short, {p}.',
  "Here's what I understand: {p}.",
  'Reading your message, I can see that {p}.',
  'You explained that {p}.',
]);

/** Frames for good news the customer shares: they echo it with warmth rather than "if I understood". */
export const PARAPHRASE_POSITIVE = bank('para.positive', [
  "I'm so glad {p}.",
  "It's great to hear that {p}.",
  '{P}, and that is exactly what we hoped for.',
  'Knowing that {p} really made our day.',
  'Hearing that {p} is the best kind of message to get.',
  "It's lovely that {p}.",
  'The team will be thrilled that {p}.',
]);

/** Frames for a plain request ("you'd like to change your address"). */
export const PARAPHRASE_REQUEST = bank('para.request', [
  'So {p}.',
  "If I've understood correctly, {p}.",
  'From your message, {p}.',
  '{P}, and I can help with that.',
  'It sounds like {p}.',
  'As I understand it, {p}.',
  "Here's what I understand: {p}.",
]);

/** When no problem statement can be lifted from the message, ask for the detail instead of guessing. */
export const CLARIFY = bank('question', [
  'Could you tell me a little more about what happened, so I can fix the right thing?',
  'Would you mind sharing a few more details, such as when this started and what you see on your side?',
  'So I can pin this down quickly, what exactly happened when you tried?',
  'Could you walk me through what you were doing when this went wrong?',
  'What would a good outcome look like for you here?',
]);

/** Thanks for something we did; `{p}` is what we did ("getting you on the later flight"). */
export const PARAPHRASE_THANKS = bank('para.thanks', [
  'It was a real pleasure {p}.',
  '{P} was the least we could do.',
  "I'm so glad {p} made a difference.",
  'Knowing that {p} helped means a lot to us.',
  'Thank you for noticing; {p} is exactly what we aim for.',
]);

/** Thanks to a colleague or team (`{who}`) for what they did. */
export const PARAPHRASE_THANKS_WHO = bank('para.thanks.who', [
  "I'll make sure {who} hears how much {p} meant to you.",
  'I have passed this straight on to {who}; {p} is exactly the care we want every customer to get.',
  '{who} will be so pleased to hear that {p} made such a difference.',
  "I'll share this with {who}, because {p} deserves to be recognised.",
]);
