import { type PhrasePattern, rx } from './pattern.js';

/** Offering a choice, an alternative or a suggestion the customer can take up. */
export const OPTION_PATTERNS: readonly PhrasePattern[] = [
  {
    id: 'options.either_or',
    re: rx(
      String.raw`\b(?:you can|you could|we can|we could|i can|i could|would you (?:prefer|like|rather)|do you (?:prefer|want)|happy to|we're happy to|i'm happy to)\b[^.!?\n]{3,120}?\bor\b(?! (?:not|two|so|three)\b)`,
    ),
  },
  { id: 'options.either', re: rx(String.raw`\beither\b[^.!?\n]{3,100}?\bor\b`) },
  {
    id: 'options.named',
    re: rx(
      String.raw`\b(?:one|another|a second|a third|the other|your|two|three|a few|some|both|these|the) (?:options?|choices?|alternatives?|ways)\b|\balternatively\b|\bif you(?:'d| would)? (?:prefer|rather|like)\b|\bif (?:that|this) doesn't (?:work|suit)\b|\bwhichever (?:you prefer|suits|works|is easier)\b|\bup to you\b|\bchoose between\b|\b(?:it's|it is) your (?:call|choice)\b|\byour call either way\b|\binstead\b|\b(?:in the meantime|until then|meanwhile)\b|\boption (?:1|one|a)\b|\binstead,? (?:you|we|i) (?:can|could)\b`,
    ),
  },
  {
    id: 'options.suggest',
    re: rx(
      String.raw`\b(?:you (?:could|might|may want to|might want to|might like to|might prefer to)|i'd (?:suggest|recommend)|i (?:suggest|recommend)|one thing to try|it might help to|it may help to|a good option|you're welcome to|feel free to|if you(?:'d)? like,? (?:i|we) can|you can (?:also |always )?(?:choose|pick|opt|keep|exchange|switch|upgrade|downgrade|change to|swap|request|claim|ask for|try))\b(?! (?:be|imagine|see why|understand|rest)\b)`,
    ),
  },
  {
    id: 'options.conditional',
    re: rx(
      String.raw`\bif (?:it|that|this|the|you|she|he|they|your|nothing)\b[^.!?\n]{0,70}?,? (?:we'll|i'll|we can|i can|i will|we will|tell me|let me know|just)\b|\bif you (?:want|need|prefer|would like|'d like|wish)\b|^(?:would|shall|should|could) [^?]*\bor\b[^?]*\?|\bor would you (?:prefer|rather|like)\b|\bwhich (?:would (?:suit|work|be)|option|one|suits|works)[^.!?]*\bor\b|\b(?:could|can) you try\b|\btry (?:again|\w+ing)\b|\b(?:i|we) (?:would|'d) (?:aim|suggest|recommend|advise)\b|\bwe (?:recommend|suggest|advise)\b|\byou can also\b`,
    ),
  },
  {
    id: 'options.offer',
    re: rx(
      String.raw`\b(?:i|we) (?:can|could) (?:also |either |gladly |certainly |happily )?(?:offer|arrange|send|refund|book|rebook|switch|upgrade|set up|waive|credit|give|move|reschedule|swap|replace|extend|cancel|hold|reserve|ship|issue|add|apply|call|change|pause|split|spread|cover|reimburse|upgrade)\b`,
    ),
  },
];
