import { bank } from './phrase.js';

/** Apologies, used only when we are at fault or the customer is hurt. */
export const APOLOGY = bank('apology', [
  "I'm really sorry about this.",
  "I'm sorry we let you down.",
  'I apologise; this one is on us.',
  'Please accept my apology for this.',
  "I'm genuinely sorry this happened.",
  "I'm so sorry you've had to deal with this.",
  'My apologies; you deserved better here.',
  "I'm sorry for the trouble this has caused you.",
]);

/** Sympathy for a worried customer when nothing was our fault: sorry for the worry, not for a mistake. */
export const SYMPATHY = bank('apology.sympathy', [
  "I'm sorry you're dealing with this worry.",
  "I'm so sorry this has given you such a fright.",
  "I'm sorry this has caused you so much stress.",
  "I'm really sorry you've had this worry on top of everything else.",
  "I'm sorry you've been left feeling uneasy about this.",
]);

/** Apologies for making the customer come back more than once. */
export const APOLOGY_REPEAT = bank('apology.repeat', [
  "I'm sorry you've had to get in touch more than once about this.",
  "You shouldn't have had to chase us, and I'm sorry you did.",
  "I'm sorry it has taken several messages to get here.",
  'Having to explain this again is the last thing you needed, and I apologise.',
  "I'm sorry you've been passed around; that stops with me.",
]);

/** Ownership without excuses, and the promise to fix it, for angry or fed-up customers. */
export const OWNERSHIP = bank('ownership', [
  "That's on us, not you, and I'll put it right.",
  "We got this wrong, and I won't make excuses; I'll fix it.",
  "There is no excuse for this; the mistake was ours, and I'll put it right.",
  "This was our mistake to fix, not yours to chase, and I'll fix it now.",
  "I'm taking ownership of this from here until it's sorted.",
  "We dropped the ball, plain and simple, and I'll sort it out.",
  "None of this is your fault, and I'll see it through myself.",
]);

/** Reassurance with certainty, for worried, hurried or let-down customers. */
export const REASSURANCE = bank('reassurance', [
  "I'll make sure this gets sorted.",
  "This is fixable, and I'm going to see it through.",
  "You won't have to chase this; I'll keep you posted.",
  "I'll stay with this until it's resolved.",
  "We can put this right, and I'll make sure it happens.",
  "I've got this, and I'll see it through to the end.",
  'You will not be left in the dark on this.',
]);

/** Gentle reassurance after a loss or in hard times: no "fixable", no hurry. */
export const REASSURANCE_GENTLE = bank('reassurance.gentle', [
  "I'll take care of this for you, one step at a time.",
  "You won't need to chase anything; I'll handle it.",
  "I'll make this as simple as I can for you.",
  'Leave the details with me.',
  'You do not have to sort this out alone; I will look after it.',
]);

/** The customer's deadline, named back to them so they know it was heard. */
export const DEADLINE = bank('urgency.deadline', [
  "I know you need this {deadline}, so I'm moving on it now.",
  "I've noted that it has to be done {deadline}, and I'm treating it that way.",
  'Getting this done {deadline} is my priority.',
  "Since you need it {deadline}, I've put this at the top of my list.",
  "I won't lose sight of the fact that you need this {deadline}.",
]);

/** Urgency without a deadline we can name. */
export const URGENCY = bank('urgency', [
  "I know time matters here, so I've put this first.",
  "I'm treating this as urgent.",
  "I'll move quickly on this, since I know you can't wait long.",
  'This goes to the top of my list today.',
]);
