import { bank } from './phrase.js';

/** Caring closes for a customer with a problem. */
export const CLOSE_PROBLEM = bank('close.problem', [
  "I'm here if anything else comes up.",
  "Reply here if anything still isn't right; it comes straight back to me.",
  'Thank you for giving us the chance to fix this, and take care.',
  "Take care, and I'll be in touch soon.",
  "I'm here whenever you need me, and I'll make sure you're looked after.",
  "I hope the rest of your week is a lot smoother than this; I'll be in touch.",
  'Thanks for telling us about this. It helps us get better, and I will see it through.',
]);

/** Closes for worried customers: they are not alone with it. */
export const CLOSE_ANXIETY = bank('close.anxiety', [
  "Try not to worry, and take care; you're not on your own with this.",
  "You're not alone with this; I'm here whenever you need me.",
  "I'll keep a close eye on this so you don't have to; take care in the meantime.",
  'If anything changes or worries you in the meantime, write to me here.',
]);

/** Closes after sad news: gentle, no hurry. */
export const CLOSE_SADNESS = bank('close.sadness', [
  'Please take care of yourself.',
  "Take all the time you need; we're here for you.",
  'Thinking of you, and please reach out if there is anything else at all.',
  "There's no rush on anything from your side, and we're here for you.",
]);

/** Closes for happy customers: warmth that matches theirs. */
export const CLOSE_POSITIVE = bank('close.positive', [
  'Enjoy it!',
  'Have a wonderful week.',
  "Thanks again, and say hello any time; we're always glad to hear from you.",
  "It's customers like you who make this job a joy, so enjoy your day!",
  'Wishing you all the best, and thank you again.',
  "We're here whenever you need us.",
]);

/** Closes for plain questions. */
export const CLOSE_NEUTRAL = bank('close.neutral', [
  'Let me know if anything else comes up.',
  "If there's anything else I can help with, just reply here.",
  'Hope that helps, and have a good day.',
  "If you need anything else, I'm happy to help.",
  "Any other questions, just reply; I'm right here.",
]);

/** Closes that fit a public reply: short, warm, no promises about private details. */
export const CLOSE_PUBLIC = bank('close.public', [
  "Thanks for flagging this with us; we're here for you.",
  "We want to get this right for you, and we're here whenever you need us.",
  'Speak soon, and take care.',
  'Thank you for your honesty, and take care.',
  'We really appreciate you telling us, and we hope the rest of your day goes better.',
]);

/** Closes for happy public posts. */
export const CLOSE_PUBLIC_POSITIVE = bank('close.public.positive', [
  'Enjoy!',
  'Have a brilliant week.',
  'Enjoy the rest of your day!',
  'You made our day too, so enjoy yours!',
]);
