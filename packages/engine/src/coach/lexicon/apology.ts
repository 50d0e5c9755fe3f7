import { type PhrasePattern, rx } from './pattern.js';

/** Ways of saying sorry and owning a mistake. */
export const APOLOGY_PATTERNS: readonly PhrasePattern[] = [
  {
    id: 'apology.sorry',
    re: rx(String.raw`\b(?:i'm|i am|we're|we are|so|really|truly|very|terribly|deeply)? ?sorry\b`),
  },
  { id: 'apology.apologise', re: rx(String.raw`\b(?:apologi[sz]e|apologi[sz]ing|apologies|apology)\b`) },
  {
    id: 'apology.regret',
    re: rx(String.raw`\b(?:i|we) (?:sincerely |truly |deeply )?regret (?:that|the|this|any)\b`),
  },
  {
    id: 'apology.ownership',
    re: rx(
      String.raw`\b(?:that's|that is|this is|this was|that was) (?:on us|on me|our (?:mistake|fault|error)|my (?:mistake|fault|error))\b|\b(?:we|i) (?:got (?:this|that|it) wrong|dropped the ball|messed (?:this |that |it )?up|made (?:a|an) (?:mistake|error)|let you down|should have (?:caught|told|called|warned|flagged|done|sent|checked|spotted))\b|(?<!\b(?:not|never|isn't|wasn't|no) (?:\w+ )?)\b(?:our|my) (?:mistake|fault|error|bad)\b`,
    ),
  },
];

/** Apologies that are not apologies ("sorry you feel that way", "sorry, but ..."). "It is not our fault" is
 * refused in the ownership pattern itself. */
export const NON_APOLOGY = rx(
  String.raw`\bsorry (?:if )?you feel (?:that way|like that|this way)\b|\bsorry,? but\b|\bsorry if you (?:were|are|feel|felt|think)\b|\bsorry to (?:disappoint|inform|say)\b|\bsorry for (?:the|any) (?:confusion|misunderstanding) on your (?:part|end)\b`,
);
