import { type RewritePattern, rx } from './pattern.js';

/**
 * Phrases that put the fault on the customer. `rewrite` is the plain fallback; the blame check
 * reframes the whole clause by pattern id, so "you forgot to update your card" becomes "it looks
 * like updating your card slipped through" rather than a generic line.
 */
export const BLAME_PATTERNS: readonly RewritePattern[] = [
  {
    id: 'blame.you_failed',
    re: rx(
      String.raw`\byou (?:failed to|forgot to|neglected to|didn't bother to|did not bother to|never bothered to|didn't|did not|never) (?!(?:do|did) (?:anything|nothing) wrong)(?:read|check|follow|update|enter|tell|inform|send|provide|include|select|click|save|confirm|verify|call|contact|notify|activate|register|submit|pay|return|cancel|read|attach|complete|fill|reply|respond|keep|look|use|turn|plug|install|accept)\b`,
    ),
    rewrite: 'it looks like this step was missed',
  },
  {
    id: 'blame.should_have',
    re: rx(
      String.raw`\byou (?:should|ought to|could) have (?!(?:received|got|gotten|been|had|heard|paid [$£€\d]|seen (?:an?|the|our) (?:email|message|text|letter|notification)))(?:\w+ed|taken|bought|read|known|done|gone|sent|told|kept|made|chosen|written|left|brought|given)\b`,
    ),
    rewrite: 'for next time, it can help to',
  },
  {
    id: 'blame.lecture',
    re: rx(
      String.raw`\b(?:in (?:the )?future|next time),? (?:please |you should |you need to |make sure (?:you |to )?|remember to |try to |be sure to )?(?:read|check|press|make|remember|follow|contact|call|book|pay|save|keep|update|use|double-check)\b|\b(?:read|check|follow)(?: \w+){1,4} before \w+ing in (?:the )?future\b`,
    ),
    rewrite: 'if it helps for another time, you can',
  },
  {
    id: 'blame.your_fault',
    re: rx(
      String.raw`\b(?:(?:it's|it is|it was|this is|this was|that's|that is|that was) )?(?:your (?:own )?(?:fault|mistake|error|responsibility|problem)|user error)\b|\b(?:(?:it's|it is|it was|this is|this was|that's|that is|that was)|(?:problem|issue|error|fault|mistake)(?: is| was)?) on your (?:end|side|part)\b`,
    ),
    rewrite: 'a mix-up',
  },
  {
    id: 'blame.you_entered_wrong',
    re: rx(
      String.raw`\byou(?:'re| are)? (?:entered|entering|typed|typing|gave|giving|chose|choosing|selected|picked|provided|used|using|booked|ordered|put in|clicked|sent|dialled|dialed)(?: \w+)? (?:the )?(?:wrong|incorrect|an incorrect|a wrong|an invalid|invalid|an old|the old)\b`,
    ),
    rewrite: "the details on file didn't match",
  },
  {
    id: 'blame.because_you',
    re: rx(
      String.raw`\b(?:because|since|as|due to the fact that) you (?:didn't|did not|failed|forgot|never|chose|ignored|entered|missed|haven't|hadn't|skipped|clicked|deleted|used the wrong|typed)\b`,
    ),
    rewrite: 'because',
  },
  {
    id: 'blame.you_must_have',
    re: rx(
      String.raw`\byou (?:must|probably|obviously|clearly|likely) (?:have )?(?:\w+ed|forgot|forgotten|misread|misunderstood|done|made|broken|dropped|lost|taken|sent|chosen|gone)\b`,
    ),
    rewrite: 'something may have gone wrong when',
  },
  {
    id: 'blame.if_you_had',
    re: rx(
      String.raw`\bif you had (?:read|checked|followed|called|told|looked|updated|paid|contacted)\b|\bhad you (?:read|checked|followed|called|told|looked)\b`,
    ),
    rewrite: 'for next time, it can help to',
  },
  {
    id: 'blame.you_were_told',
    re: rx(
      String.raw`\byou were (?:told|informed|advised|warned|notified|supposed to|meant to|required to)\b|\byou agreed to\b|\byou ignored\b|\byou chose to\b`,
    ),
    rewrite: 'the earlier message may not have been clear:',
  },
];
