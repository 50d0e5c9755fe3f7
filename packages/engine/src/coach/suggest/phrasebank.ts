import type { CxEmotion } from '../../emotion/types.js';

/** Words that fit each emotion when the coach writes an acknowledgement or a close. */
export interface EmotionPhrases {
  /** "that sounds really {feeling}" */
  feeling: string;
  /** A sentence that validates the feeling; `{problem}` is filled with the customer's problem. */
  acknowledge: string;
  /** Said when there is no problem phrase to build on. */
  acknowledgeShort: string;
  reassure: string;
  close: string;
}

/** Phrase banks per emotion (anxious → certainty; angry → ownership, no excuses; confused → steps). */
export const PHRASES: Readonly<Record<CxEmotion, EmotionPhrases>> = {
  anger: {
    feeling: 'infuriating',
    acknowledge: "I can see why you're angry that {problem} — that's not the service you should get.",
    acknowledgeShort: "I can see why you're angry, and you're right to expect better.",
    reassure: "I'm taking ownership of this myself and will see it through.",
    close: "Thank you for giving us the chance to put this right — I'm here if you need me.",
  },
  frustration: {
    feeling: 'frustrating',
    acknowledge: 'I can see how frustrating it is that {problem}.',
    acknowledgeShort: "That sounds really frustrating, and I'd feel the same.",
    reassure: "I'll make sure this gets sorted properly this time.",
    close: "Thanks for bearing with us — I'm here if anything else comes up.",
  },
  anxiety: {
    feeling: 'worrying',
    acknowledge: "I can hear how worrying it is that {problem}, so let's get you certainty quickly.",
    acknowledgeShort: 'That sounds really worrying, and it makes sense you want certainty.',
    reassure: "You're in good hands: I'll make sure this is taken care of.",
    close: "I'm here if anything else worries you — just reply to this message.",
  },
  confusion: {
    feeling: 'confusing',
    acknowledge: 'I can see why this is confusing — {problem} is not obvious at all.',
    acknowledgeShort: "I can see why this is confusing; let's go through it step by step.",
    reassure: "This is easy to fix, and I'll walk you through it.",
    close: "If any step doesn't look the way I described, just reply and I'll help.",
  },
  disappointment: {
    feeling: 'disappointing',
    acknowledge:
      'I know how disappointing it is that {problem}, especially when you were looking forward to it.',
    acknowledgeShort: "I know how disappointing this is, and I'm sorry we let you down.",
    reassure: "I'll do everything I can to make this right for you.",
    close: "I hope we can still make this a good experience for you — I'm here if you need me.",
  },
  sadness: {
    feeling: 'hard',
    acknowledge:
      "I'm so sorry — it sounds like a really hard time, and {problem} is the last thing you need.",
    acknowledgeShort: "I'm so sorry you're going through this; it sounds like a really hard time.",
    reassure: "You don't need to worry about this part: I'll take care of it.",
    close: "Please take care of yourself, and I'm here whenever you need us.",
  },
  urgency: {
    feeling: 'stressful',
    acknowledge: 'I know time is tight, and it must be stressful that {problem}.',
    acknowledgeShort: 'I know time is tight, so I will keep this quick and clear.',
    reassure: "I'm treating this as urgent and will make sure it's handled today.",
    close: "I'm keeping an eye on this until it's done — reply here if anything changes.",
  },
  gratitude: {
    feeling: 'lovely',
    acknowledge: "I'm so glad to hear it — thank you for letting us know.",
    acknowledgeShort: "I'm so glad to hear it — thank you for letting us know.",
    reassure: "We'll keep it that way.",
    close: 'Thanks again for the kind words, and enjoy the rest of your day!',
  },
  delight: {
    feeling: 'great',
    acknowledge: "That's wonderful to hear — I'm so glad it worked out!",
    acknowledgeShort: "That's wonderful to hear — I'm so glad it worked out!",
    reassure: "We'll keep it that way.",
    close: 'Enjoy, and thanks for sharing the good news with us!',
  },
  neutral: {
    feeling: 'inconvenient',
    acknowledge: "I understand {problem}, and I'm glad you got in touch.",
    acknowledgeShort: "Thanks for explaining — I've got the details.",
    reassure: "I'll make sure this is taken care of.",
    close: "I hope this helps — I'm here if anything else comes up.",
  },
};
