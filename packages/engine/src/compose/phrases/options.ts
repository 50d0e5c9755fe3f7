import { bank } from './phrase.js';

/**
 * Options offered as a real choice. `vp` frames take actions we can take ("refund the charge"),
 * `np` frames take things we can give ("a full refund"). `{opts:or}` renders "a, b or c".
 */
export const OPTIONS_VP = bank('options.vp', [
  'I can {opts:or}, whichever you prefer.',
  'Would you like me to {opts:or}?',
  "There are {count} ways I can put this right: {opts:or}. It's your call.",
  'Tell me which you would prefer: I can {opts:or}.',
  "I'm happy to {opts:or}, whichever works best for you.",
  'Which would suit you better, for me to {opts:or}?',
  'You choose: I can {opts:or}.',
]);

export const OPTIONS_NP = bank('options.np', [
  'Would you prefer {opts:or}?',
  'You can choose between {opts:and}.',
  'I can offer you {opts:or}, whichever suits you best.',
  'There are {count} options on the table: {opts:or}. Which would you like?',
  "It's up to you: {opts:or}.",
  'Which would work better for you, {opts:or}?',
  'The choice is yours between {opts:and}.',
]);

/** One option on the table: still a choice, because the customer may want something else. */
export const OPTION_SINGLE_VP = bank('options.single.vp', [
  "I can {a}, or if something else would suit you better, just say and I'll see what's possible.",
  "One option is for me to {a}; if you'd rather something different, tell me what would help most.",
  "I'd suggest I {a}, but if you'd prefer another route, I'm open to it.",
  'Would it help if I {a}? If not, tell me what would work better for you.',
]);

export const OPTION_SINGLE_NP = bank('options.single.np', [
  "I can offer {a}, or if something else would suit you better, tell me and I'll see what's possible.",
  "{A} is one option; if you'd rather something different, tell me what would help most.",
  "I'd suggest {a}, though I'm open to another route if you'd prefer.",
  'Would {a} help? If not, tell me what would work better for you.',
]);

/** With a problem but no options from the team, the customer still chooses how we carry on. */
export const OPTIONS_CONTACT = bank('options.contact', [
  'Would you rather I call you to go through it, or keep things here in writing?',
  'If it is easier, I can phone you, or we can carry on here, whichever suits you.',
  "You can reply here, or if you'd prefer a call, tell me a good time and I'll ring you.",
  "I'm happy to talk it through by phone or keep it in writing here; it's your choice.",
  'Would a quick call help, or would you prefer to keep this in writing?',
]);
