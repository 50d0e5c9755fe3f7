import { type PhrasePattern, rx } from './pattern.js';

/** Endings that show care for the person, not just the ticket. */
export const CLOSE_PATTERNS: readonly PhrasePattern[] = [
  {
    id: 'close.care',
    re: rx(
      String.raw`\btake care\b|\bstay (?:safe|warm|well)\b|\bhave an? (?:\w+ )?(?:great|lovely|wonderful|good|nice|fantastic|safe|relaxing|restful|brilliant) (?:\w+ )?(?:day|evening|weekend|trip|flight|stay|time|week|holiday|one|night|journey|celebration|wedding|birthday)\b|\b(?:i |we )?hope (?:this|that|it|you|your|the|everything|things|she|he|they|all)\b|\bwishing you\b|\b(?:all the )?best (?:of luck|wishes)\b|\benjoy\b|\bgood luck\b|\bsafe travels\b|\bbon voyage\b|\bcongratulations\b`,
    ),
  },
  {
    id: 'close.here',
    re: rx(
      String.raw`\b(?:i'm|i am|we're|we are) (?:always |still |right )?here (?:if|for|whenever|to help|should)\b|\bdon't hesitate to\b|\b(?:reach out|get in touch|message me|write back|reply (?:here|to this)|just reply|let me know)(?: \w+){0,4}? (?:any ?time|anytime|whenever|if (?:you|there|anything))\b|\bhere (?:for you|to help)\b|\bif you need (?:anything|me|us|help)\b|\bif (?:anything|there's anything)(?: else)? (?:comes up|changes|else|worries|i can)\b|\bany (?:other )?questions,? (?:just|please|feel|let)\b`,
    ),
  },
  {
    id: 'close.thanks',
    re: rx(
      String.raw`\bthank(?:s| you) (?:so much |again |very much )?(?:for (?:your patience|bearing with|being|sticking|your understanding|choosing|your loyalty|flying|letting us know|the (?:kind|lovely|wonderful)|sharing|telling|taking the time|your kind)|again)\b`,
    ),
  },
];
