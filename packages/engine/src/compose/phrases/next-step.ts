import { bank } from './phrase.js';

/** The next step, where `{ns}` is a clause ("I'll refund the charge by Friday"). */
export const NEXT_STEP = bank('next', [
  'Next, {ns}.',
  "Here's what happens now: {ns}.",
  'From my side, {ns}.',
  '{NS}, and I will keep you posted along the way.',
  'What happens next is simple: {ns}.',
  'To move this forward, {ns}.',
]);

/** The next step when it waits on the customer's choice of option. */
export const NEXT_STEP_AFTER_CHOICE = bank('next.choice', [
  'As soon as I hear back from you, {ns}.',
  'The moment you reply, {ns}.',
  'Once I have your answer, {ns}.',
  'Whichever you pick, {ns}.',
  'When you have decided, {ns}.',
  'Once you let me know, {ns}.',
]);

/** When the team gave no next step: we still say what we do and that we come back. */
export const NEXT_STEP_FALLBACK = bank('next.fallback', [
  "I'm looking into this now and will write back as soon as I have an answer.",
  "I'll dig into this straight away and come back to you with what I find.",
  "I'm checking this with the team now, and you'll hear from me as soon as I know more.",
  "Next, I'll look into exactly what went wrong and report back to you.",
  "I'll follow this up today and update you the moment there's news.",
]);

/** Numbered steps for confused customers: an intro, then choose, reply, and what we do. */
export const STEPS_INTRO = bank('steps.intro', [
  "Here's what happens next:",
  'To keep it simple:',
  "Here's the plan, step by step:",
  'Step by step, it works like this:',
  'In plain steps:',
]);

export const STEP_CHOOSE_VP = bank('steps.choose.vp', [
  'Decide whether you would like me to {opts:or}.',
  'Pick what suits you: I can {opts:or}.',
  'Choose one: should I {opts:or}?',
  'Have a think about whether I should {opts:or}.',
]);

export const STEP_CHOOSE_NP = bank('steps.choose.np', [
  'Pick the option you would like: {opts:or}.',
  'Choose between {opts:and}.',
  'Decide which suits you best: {opts:or}.',
  'Have a think about which you prefer, {opts:or}.',
]);

export const STEP_REPLY = bank('steps.reply', [
  'Reply to this message with your choice.',
  'Send me a quick reply saying which you would like.',
  'Let me know your pick here; one line is plenty.',
  'Tell me which one you would like in your reply.',
]);

export const STEP_OURS = bank('steps.ours', [
  '{NS}.',
  'After that, {ns}.',
  'Then {ns}.',
  'Once I hear from you, {ns}.',
]);

/** A check that the explanation landed, for confused customers. */
export const CHECK = bank('check', [
  'Does that clear it up, or would it help if I walked you through it on a call?',
  'Does that make sense? If any step is unclear, ask and I will explain it differently.',
  'Is any of that still unclear? Happy to go over it again.',
  'Did that help, or shall I explain any part in more detail?',
]);
