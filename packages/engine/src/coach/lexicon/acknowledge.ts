import { DEGREE, FEELING_NOUNS, PERSON_FEELINGS, STRONG_SITUATION, WEAK_SITUATION } from './feelings.js';
import { type PhrasePattern, rx } from './pattern.js';

const P = {
  S: STRONG_SITUATION,
  W: WEAK_SITUATION,
  A: `${STRONG_SITUATION}|${WEAK_SITUATION}`,
  P: PERSON_FEELINGS,
  N: FEELING_NOUNS,
  D: DEGREE,
  THAT: "that|this|it|which|all (?:of )?this|all that|what you(?:'ve| have) (?:been through|described)|waiting|the wait|the uncertainty|the delay",
};

/**
 * Phrasings that name or validate how the customer feels. Written as a person would phrase
 * validation (a frame plus a feeling), not as single emotion keywords.
 */
export const ACKNOWLEDGE_PATTERNS: readonly PhrasePattern[] = [
  {
    id: 'ack.sounds',
    re: rx(
      String.raw`\b{THAT}(?:'s| is| was| has been|'s been| must (?:be|have been|feel)| sounds?(?: like)?| seems?| looks?(?: like)?| would be| feels?| can be| is going to be| will have been) {D}(?:{A})\b`,
      P,
    ),
  },
  {
    // Any situation judged with a feeling word: "a cracked jug straight out of the box is so annoying".
    id: 'ack.situation_is',
    re: rx(
      String.raw`\b(?:is|was|are|were|'s|isn't|wasn't|sounds|must be|would be|has been)(?: (?:just|also|far|way))? {D}(?:{S}|awful|terrible|horrible|a (?:real |huge |big )?(?:letdown|let-down|disappointment|nightmare|hassle|pain))\b|\b(?:isn't|wasn't|is not|was not) {D}(?:okay|ok|acceptable|good enough|fair|on)\b`,
      P,
    ),
  },
  {
    id: 'ack.would_anyone',
    re: rx(
      String.raw`\bwould (?:make|leave|drive) (?:anyone|anybody|me|most people)(?: \w+){0,2}? (?:{P}|mad|crazy|up the wall)\b|\bwould (?:worry|exhaust|frustrate|upset|annoy|scare|shock|alarm|infuriate|anger|test) (?:anyone|anybody|me|most people)\b|\b(?:{P}) (?:is|was) (?:completely |totally |more than |entirely )?(?:fair|understandable|natural|normal|reasonable|fair enough)\b|\bfeeling (?:{P})(?: \w+){0,8}? (?:is|was) (?:completely |totally |perfectly |entirely )?(?:normal|natural|understandable|okay|ok)\b|(?:^|[.!?]\s+|\n)(?:oh no,? )?(?:how |so |really )?(?:{S})(?: indeed)?[,!.]`,
      P,
    ),
  },
  {
    id: 'ack.strong_is',
    re: rx(String.raw`\b(?:that|this|it)(?:'s| is| was) {D}(?:{S})\b`, P),
  },
  {
    id: 'ack.you_feel',
    re: rx(
      String.raw`\byou(?:'re| are|'ve been| have been| were|'d be| would be| must be| must have been| might be| may be| must feel| feel| felt|'re feeling| are feeling| have felt| probably feel| probably are)(?: \w+){0,2}? (?:{P})\b`,
      P,
    ),
  },
  {
    id: 'ack.id_feel',
    re: rx(
      String.raw`\b(?:i(?:'d| would)|anyone would|anybody would|any of us would|most people would|i think anyone would)(?: \w+)?? (?:be|feel|have been)(?: \w+){0,2}? (?:{P}|{A})\b`,
      P,
    ),
  },
  {
    id: 'ack.your_feeling',
    re: rx(
      String.raw`\b(?:understand|hear|see|get|appreciate|share|recogni[sz]e|acknowledge|feel|sorry for|sorry about|apologi[sz]e for)(?: \w+){0,2}? (?:your|the) (?:{N})\b`,
      P,
    ),
  },
  {
    id: 'ack.feeling_valid',
    re: rx(
      String.raw`\byour (?:{N})(?: \w+){0,3}? (?:understandable|valid|justified|fair|warranted|reasonable|makes? (?:total |complete |perfect )?sense|completely right)\b`,
      P,
    ),
  },
  {
    id: 'ack.see_why',
    re: rx(
      String.raw`\bi (?:can |completely |totally |fully |really |absolutely |definitely |do |can certainly |can really |can only )*(?:understand|see|imagine|appreciate|get|tell|hear|know)(?: (?:exactly|just))? (?:why|how)\b(?! to\b)`,
    ),
  },
  {
    id: 'ack.imagine',
    re: rx(String.raw`\bi can (?:only |well |just )?imagine\b|\bi hear you\b|\bi get it\b|\bi hear how\b`),
  },
  {
    id: 'ack.no_wonder',
    re: rx(
      String.raw`\bno wonder\b|\bunderstandabl[ey]\b|\byou(?:'re| are) (?:absolutely |completely |totally |quite |entirely )?right to be\b|\byou have every (?:right|reason)\b|\bi don't blame you\b|\bi(?:'d| would) feel (?:exactly )?the same\b|\bi(?:'m| am) not surprised you\b|\bof course you(?:'re| are)\b`,
    ),
  },
  {
    id: 'ack.natural',
    re: rx(
      String.raw`\b(?:it|that)(?:'s| is) (?:completely |totally |perfectly |entirely |only )?(?:natural|normal|fair|reasonable) to (?:feel|be|worry|want)\b`,
    ),
  },
  {
    id: 'ack.what_a',
    re: rx(
      String.raw`\bwhat an? (?:\w+ ){0,2}?(?:{A}|experience|ordeal|situation|day|week|start|shock|letdown|let-down|nightmare|hassle|blow|worry)\b`,
      P,
    ),
  },
  {
    id: 'ack.matters',
    re: rx(
      String.raw`\b(?:i know|i understand|i realise|i realize|i can see)(?: \w+){0,4}? (?:matters|means|meant|important|precious|special|big deal)\b|\bthis (?:clearly |really )?(?:matters|means) (?:\w+ ){0,2}to you\b`,
    ),
  },
  {
    id: 'ack.going_through',
    re: rx(
      String.raw`\bsorry (?:that |to hear (?:that )?)?(?:you(?:'re| are|'ve| have| had)?|this has) (?:been )?(?:going through|gone through|dealing with|feeling|had such|been through|having|had to deal|had a)\b|\bsorry for your loss\b|\bsorry to hear (?:about )?(?:your|of) (?:\w+ )?(?:passing|loss|death|bereavement|diagnosis|illness)\b|\bmy (?:deepest |sincere |heartfelt )?(?:condolences|sympathies)\b|\bmy heart goes out\b|\bone of the hardest things\b|\b(?:can't|cannot|couldn't|must not) have been easy\b`,
    ),
  },
  {
    // The situation's effect on them, named: "I can tell this has upset you".
    id: 'ack.affected_you',
    re: rx(
      String.raw`\b(?:this|that|it|all this|all of this)(?: \w+)? (?:has|must have|will have|would have|has really|has clearly) (?:\w+ )?(?:upset|worried|frustrated|hurt|shaken|stressed|annoyed|disappointed|scared|rattled|angered|unsettled|saddened) you\b`,
    ),
  },
  {
    id: 'ack.shouldnt_have_to',
    re: rx(
      String.raw`\byou (?:shouldn't|should not|should never) have (?:had )?to\b|\byou deserve(?:d)? better\b|\b(?:that|this)(?:'s| is| was)(?: \w+)? not (?:the experience|what you (?:should|expected|deserve|signed)|how (?:it|this) should)\b`,
    ),
  },
  {
    id: 'ack.positive',
    re: rx(
      String.raw`\b(?:glad|happy|pleased|delighted|thrilled|chuffed|lovely|great|wonderful|good|brilliant|fantastic|amazing|awesome|nice) to hear\b|\b(?:so |really |very |absolutely |truly )(?:glad|happy|pleased|delighted|thrilled) (?:that )?(?:you|it|your|the|everything|this)\b|\b(?:that's|what|such) (?:\w+ )?(?:great|wonderful|fantastic|lovely|brilliant|amazing|awesome|exciting) (?:news|to hear)\b|\bcongratulations\b|\byou must be (?:so |really |very )?(?:excited|thrilled|relieved|proud|delighted)\b|\b(?:love|loved) (?:hearing|to hear)\b|\bwhat a relief\b|\bmade my day\b|\bhow exciting\b|\b(?:i'm|i am|we're|we are) (?:so |really |truly |genuinely |very )?(?:touched|moved)\b|\bwhat a (?:kind|lovely|generous|thoughtful|wonderful|sweet) (?:message|note|thing to (?:say|hear|read)|review|words)\b|\b(?:glad|happy|pleased|delighted|thrilled) (?:for you|(?:that )?(?:it|everything) (?:went|worked|helped|turned out))\b|\b(?:it's|it is|how|so) (?:lovely|wonderful|great|brilliant|fantastic|good) (?:that|to (?:hear|read|know))\b|\bmade my (?:day|afternoon|morning|week)\b|\b(?:i|we) (?:really |truly )?appreciate you (?:saying|telling|sharing|taking)\b|\b(?:will|'ll) be (?:so |really |absolutely )?(?:thrilled|delighted|chuffed|over the moon)\b|\b(?:so |really |very |truly )(?:glad|happy|pleased) (?:that )?we (?:could|were able to|managed to)\b`,
    ),
  },
];

// Words before a frame that turn it into its opposite ("there's no need to be upset").
export const ACK_NEGATION = rx(
  String.raw`\b(?:no need|no reason|don't|do not|doesn't|didn't|not|never|shouldn't be|stop being|nothing to be|won't|if|whether|unless)\b(?:\s+[\w']+){0,3}\s*$`,
);
