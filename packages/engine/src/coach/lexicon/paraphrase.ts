import { rx } from './pattern.js';

/** Openings that announce a restatement of what the customer said. */
export const PARAPHRASE_MARKERS = rx(
  String.raw`\b(?:it sounds like|sounds like|it seems like|it looks like you|if i(?:'ve| have)? understood|if i understand|if i'm understanding|if i am understanding|just to (?:confirm|check|make sure)|to make sure i(?:'ve| have)?|so you(?:'re| are|'ve| have)?|you mentioned|you said|you've told|you told|you wrote|you explained|from what you(?:'ve| have)? (?:said|described|told|written)|what i'm hearing|you're saying|you are saying|i see (?:that |from \w+ \w+ that )?(?:you|your)|i understand (?:that )?(?:you|your)|i can see (?:that )?(?:you|your)|i've read|i have read|thanks for (?:explaining|letting me know|telling me)|i've gone through|i can see from|(?:let me|i want to|i'd like to) (?:check|make sure|confirm) i(?:'ve| have)? (?:got|understood|understand)|here's what i (?:understand|have understood|'ve understood)|reading your message|in short, (?:you|your)|to recap)\b`,
);

/** A reply sentence that is about what we will do, not about the customer's situation. */
export const FUTURE_ACTION = rx(
  String.raw`\b(?:will|'ll|going to|shall)\b|^(?:\w+,\s*)?(?:i|we|i've|we've|i have|we have|please|let me|you can|you could|you should|you'll need)\b(?!')`,
);
