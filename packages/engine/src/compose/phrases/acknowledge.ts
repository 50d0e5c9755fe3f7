import type { CxEmotion } from '../../emotion/types.js';
import type { Strength } from '../types.js';
import { bank, type Phrase } from './phrase.js';

/**
 * Acknowledgements of the customer's feeling, by kind and strength. Each names the feeling in
 * plain words (the coach looks for that) and varies its shape: statements, short exclamations,
 * "you"-first and "I"-first sentences. Anxious customers get certainty, angry ones no excuses,
 * confused ones a promise of plain steps, disappointed ones validation, happy ones matching warmth.
 */
export const ACKNOWLEDGE: Record<CxEmotion, Record<Strength, Phrase[]>> = {
  anger: {
    strong: bank('ack.anger.strong', [
      'You have every right to be angry about this.',
      "I'd be furious in your place, and I won't pretend otherwise.",
      'Your anger makes complete sense; this should never have happened.',
      'I can hear how angry you are, and you are right to be.',
      'Nobody should end up this angry after dealing with us.',
      'Angry is a fair word for this, and you have every right to feel it.',
      'Anyone would be livid after this, and I completely understand why you are.',
    ]),
    mild: bank('ack.anger.mild', [
      'It is completely reasonable to be annoyed about this.',
      "I'd be annoyed too.",
      'I get why this has left you annoyed.',
      "You're right to be irritated by this.",
      'I can tell how much this has annoyed you, and fairly so.',
      'No wonder you are irritated.',
    ]),
  },
  frustration: {
    strong: bank('ack.frustration.strong', [
      'I can only imagine how frustrating this has been.',
      "No wonder you're fed up; this has dragged on far too long.",
      "It's maddening when something this simple turns into a battle, and I can hear how frustrated you are.",
      'Being let down over and over is exhausting, and your frustration makes complete sense.',
      "Anyone would be frustrated by now; I'd be at the end of my rope too.",
      'That is a genuinely frustrating run of events.',
      'You must be so frustrated with us by now.',
    ]),
    mild: bank('ack.frustration.mild', [
      'That sounds frustrating.',
      'I can see why this is frustrating.',
      'What a frustrating thing to run into.',
      'That must be frustrating, especially when you just want it to work.',
      "It's fair to be frustrated with this.",
      'I know how irritating this kind of thing is.',
    ]),
  },
  anxiety: {
    strong: bank('ack.anxiety.strong', [
      "I can hear how worried you are, so let me be clear: I'm handling this personally.",
      "It's natural to worry about this, so know that I'm on it now and will stay on it until it's settled.",
      "I know this is stressful, so here's exactly where things stand.",
      "It's completely understandable to feel anxious about this, and you won't be left guessing.",
      'That is a worrying thing to see, and I want to take that worry off your plate.',
      'I can tell how much this has been weighing on you, and you deserve a clear answer.',
    ]),
    mild: bank('ack.anxiety.mild', [
      "I can see why you'd be a little worried.",
      "It's natural to feel uneasy about this, so let me put your mind at rest.",
      "That's a fair thing to be concerned about.",
      "I'd be concerned too, so here's where things stand.",
      "Your worry makes sense, and I'm glad you checked with us.",
      'I understand the concern, and there is a clear way through it.',
    ]),
  },
  confusion: {
    strong: bank('ack.confusion.strong', [
      "I can see how confusing this has been, so I'll lay it out simply.",
      "This really shouldn't be so confusing, so let's take it one step at a time.",
      "No wonder it's confusing; the way this works isn't obvious at all.",
      "Anyone would be confused by this; it's genuinely unclear.",
      "It's completely fair to be puzzled by this.",
      "You're not the first to be confused by this, and it's on us to explain it better.",
    ]),
    mild: bank('ack.confusion.mild', [
      "Good question, and it's a confusing one.",
      'I can see where the confusion comes from.',
      "That part confuses a lot of people, so you're in good company.",
      "It's easy to get mixed up here, so let's untangle it.",
      "It's completely understandable to be unsure here, so let's make it simple.",
      "No wonder you're unsure; it isn't as clear as it should be.",
    ]),
  },
  disappointment: {
    strong: bank('ack.disappointment.strong', [
      "That's really disappointing, and it's not the experience you should have had.",
      'I can hear how let down you feel, and I want to put that right.',
      'You expected better from us, and you were right to.',
      "It's so disappointing when something you were looking forward to goes wrong.",
      "I'm disappointed on your behalf; this isn't the standard we hold ourselves to.",
      "It's completely fair to feel let down after this.",
    ]),
    mild: bank('ack.disappointment.mild', [
      "That's disappointing, and I'd like to make it right.",
      "I can see why that's a letdown.",
      "Not what you were hoping for, and that's disappointing, I know.",
      "It's a shame this didn't live up to what you expected.",
      'What a letdown, and not what you signed up for.',
      "I get why you're disappointed.",
    ]),
  },
  sadness: {
    strong: bank('ack.sadness.strong', [
      "That sounds incredibly hard, and I'm sorry you're going through it.",
      "I'm so sorry; that's a lot to carry right now.",
      "I'm so sorry, and thank you for telling me; I know that can't have been easy to write.",
      "I'm so sorry; my heart goes out to you.",
      "I'm truly sorry you're dealing with this on top of everything else.",
      'I was so sorry to read this, and I want to make things as easy for you as I can.',
    ]),
    mild: bank('ack.sadness.mild', [
      "I'm sorry to hear that; it sounds upsetting.",
      'That sounds really upsetting.',
      'That must have been upsetting to find.',
      "I can tell this has upset you, and I'm sorry.",
      'What an upsetting thing to deal with.',
      'That is a sad thing to hear, and I am sorry.',
    ]),
  },
  urgency: {
    strong: bank('ack.urgency.strong', [
      "I can see how stressful this is with time running out, so I'll get straight to it.",
      "You're right to be worried about the timing, and I'm treating this as urgent.",
      "I know how much the timing matters here, so let's not waste any of it.",
      "No wonder you're anxious with the clock ticking; I've made this my priority.",
      "I understand why you're worried, and this won't be left waiting.",
      "It's completely fair to want this sorted now, so I'll keep this short.",
    ]),
    mild: bank('ack.urgency.mild', [
      'I can see why you want this sorted soon.',
      "I know how much the timing matters, so I'll keep this quick.",
      "It's fair to want this moving right away, so let's get going.",
      "It's completely reasonable to want this done quickly, so here's the quick version.",
      'I can see the timing matters to you.',
      'I understand why the timing worries you.',
    ]),
  },
  gratitude: {
    strong: bank('ack.gratitude.strong', [
      "Thank you so much, and I'm so glad it helped.",
      "Oh, thank you! I'm so glad to hear it, and the team will be thrilled.",
      "This is lovely to read, and I'm so glad it made a difference for you.",
      "What a kind message; I'm so glad we could help.",
      "You've made my day with this. Thank you!",
      "I'm really touched by this, and so glad we could help.",
    ]),
    mild: bank('ack.gratitude.mild', [
      "Thanks so much for letting us know; I'm glad to hear it.",
      "Thank you, that's kind of you to say.",
      'Glad to hear it, and thanks for the note.',
      "That's great to hear, thank you.",
      "Thanks for taking a moment to tell us; I'm glad it went well.",
      'I really appreciate you saying so.',
    ]),
  },
  delight: {
    strong: bank('ack.delight.strong', [
      "This is wonderful news, and I'm so happy for you!",
      "That's brilliant! I love hearing this.",
      'How exciting, and thank you for sharing it with us!',
      "I'm grinning reading this!",
      'Fantastic! This made my afternoon.',
      "That's such great news, and it's lovely of you to share it.",
    ]),
    mild: bank('ack.delight.mild', [
      "That's great to hear!",
      "Lovely, I'm glad it worked out.",
      'So glad this is working for you.',
      'Good to hear it all went well.',
      'Nice! Really pleased for you.',
      'I love hearing that.',
    ]),
  },
  neutral: {
    strong: bank('ack.neutral.strong', [
      'Happy to help with this.',
      'Good question.',
      'Thanks for checking with us first.',
      'Glad you asked.',
      'Sure thing; this one is quick to sort.',
      'I can help with that.',
    ]),
    mild: bank('ack.neutral.mild', [
      'Happy to help with this.',
      'Good question.',
      'Thanks for checking with us first.',
      'Glad you asked.',
      'Sure thing; this one is quick to sort.',
      'I can help with that.',
    ]),
  },
};

/** Sympathy for a bereavement or personal loss, which no other bank should answer. */
export const LOSS = bank('ack.loss', [
  "I'm so sorry for your loss.",
  "I'm very sorry to hear of your loss, and thank you for letting us know.",
  'Please accept my sincere condolences.',
  "I'm so sorry. Losing someone you love is one of the hardest things there is.",
  "I'm so sorry, and my deepest sympathies to you and your family.",
]);

/** No clear feeling and no question: thanks for the details, not "good question". */
export const ACK_NEUTRAL_STATEMENT = bank('ack.neutral.statement', [
  'Thanks for letting me know.',
  'Thank you for the details.',
  'Thanks for flagging this.',
  'Got it, and thank you for explaining.',
  'Thanks for telling me about this.',
]);

/** A public post with no clear feeling: thanks for raising it, no invented empathy. */
export const ACK_PUBLIC_NEUTRAL = bank('ack.public.neutral', [
  'Thanks for letting us know about this.',
  'Thank you for raising this here.',
  'We appreciate you telling us about this.',
  'Thanks for bringing this to us.',
]);
