import { type RewritePattern, rx } from './pattern.js';

/** Irritation, sarcasm and defensiveness in the agent's own words. */
export const TONE_PATTERNS: readonly (RewritePattern & { kind: 'irritation' | 'sarcasm' | 'defensive' })[] = [
  {
    id: 'tone.for_the_nth_time',
    kind: 'irritation',
    re: rx(
      String.raw`(?:^|[.!?]\s+|\b(?:telling you|saying (?:this|it)|explaining (?:this|it)|repeat(?:ing)? (?:this|myself))\s+)for the (?:last|third|fourth|fifth|hundredth|umpteenth|nth|\d+(?:st|nd|rd|th)) time\b|\bagain and again\b|\bhow many times\b|\bi(?:'ve| have) (?:already )?told you\b|\bas i keep (?:saying|telling you)\b`,
    ),
    rewrite: 'To recap',
  },
  {
    id: 'tone.condescending',
    kind: 'irritation',
    re: rx(
      String.raw`\bobviously\b|\bcalm down\b|\b(?:have|did) you even\b|\bas i (?:already |previously |just )?(?:said|explained|mentioned|stated)\b|\bas (?:previously|already) (?:advised|stated|mentioned|explained)\b|\b(?:i'm |we're )?sorry you feel that way\b|\bworks? fine for\b|\bwell,? (?:you|being|it|that)\b|\bwhat do you want\b|\bnot rocket science\b|\b(?:do not|don't) use capitals\b`,
    ),
    rewrite: '',
  },
  {
    id: 'tone.frankly',
    kind: 'irritation',
    re: rx(
      String.raw`\b(?:honestly|frankly|seriously|quite frankly|to be honest),? (?:i|you|we|this|that|it)\b|\bi don't have time\b|\bi(?:'m| am) not going to (?:argue|repeat)\b|\bstop (?:shouting|yelling|emailing|calling|messaging)\b|\bi can't help you if\b|\bwhatever\b`,
    ),
    rewrite: '',
  },
  {
    id: 'tone.sarcasm',
    kind: 'sarcasm',
    re: rx(
      String.raw`\bgood luck with that\b|\boh,? (?:great|wonderful|perfect|sure)\b|\bnice try\b|\bsure you did\b|\bi'm sure you (?:did|have)\b|\bnot (?:exactly )?rocket science\b|\bbelieve it or not\b|\bshocking(?:ly)?,? i know\b|\bas hard as (?:that|it) (?:may be|is) to believe\b|\bif you had bothered\b|\bclearly you\b|\bwell,? (?:duh|obviously)\b|\bcongrat(?:ulation)?s,? you\b|\bthanks for nothing\b|\bwow\b|\bsigh\b|\bnews flash\b|\bnewsflash\b|\bfunny how\b`,
    ),
    rewrite: '',
  },
  {
    id: 'tone.defensive',
    kind: 'defensive',
    re: rx(
      String.raw`\b(?:it's|it is|it was|this is|that's|that is) not (?:my|our) fault\b|\bi(?:'m| am) (?:just|only) doing my job\b|\bi didn't make the (?:rules|policy)\b|\bthere(?:'s| is) nothing wrong with (?:our|the)\b|\bwe (?:did|have done) nothing wrong\b|\b(?:that's|that is) (?:simply )?not true\b|\bi never said\b|\bwe (?:are|cannot be|can't be) (?:not )?(?:held )?responsible\b|\byou(?:'re| are) (?:wrong|mistaken)\b|\bnot my (?:department|problem|job)\b|\bdon't blame (?:me|us)\b|\bwe did everything (?:right|correctly)\b|\bour system (?:is|was) (?:working|fine)\b`,
    ),
    rewrite: 'Let me look at what happened',
  },
];
