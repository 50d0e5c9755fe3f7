import { rx } from './pattern.js';

/** Questions that offer or close rather than ask ("Would you like me to ...", "Anything else?"). */
export const NOT_CLARIFYING = rx(
  String.raw`^(?:\w+,\s*)?(?:would you like|would you prefer|would you rather|do you want me|do you want us|do you prefer|shall i|shall we|should i|can i|could i|may i|is there anything else|anything else|which would you (?:prefer|like|rather)|which (?:works|suits|would suit|would work)|does (?:that|this) (?:match|fix|answer|solve|cover)|(?:could|can) you try|would (?:tomorrow|today|that time|monday|friday|this) work|is there something else|does (?:that|this) (?:help|make sense|work|sound)|how does (?:that|this) sound|would (?:that|this|it) (?:help|work|suit|be okay|be ok)|is (?:that|this) (?:okay|ok|alright|all right)|sound good|would you be (?:happy|okay|ok|interested)|can we help with anything|how can i help|what else can i)\b`,
);

/** Questions that accuse or scold ("did you even read ...", "how many times ..."). */
export const RHETORICAL = rx(
  String.raw`\b(?:did you (?:even|not|actually)|have you (?:even|not)|what (?:did you|do you) expect|how many times|why (?:didn't|did) you|what part of|do you (?:not|even) (?:understand|read|realise|realize)|seriously\?|really\?|are you (?:serious|kidding)|can't you|couldn't you (?:just)?)\b`,
);

/** How a question opens when it has no question mark ("could you send me the order number."). */
export const QUESTION_OPENING = rx(
  String.raw`^(?:\w+,\s*)?(?:could you|can you|would you|do you|did you|have you|will you|are you)\b`,
);
