import { type RewritePattern, rx } from './pattern.js';

/** Phrases that brush the customer off, each with a respectful way to say what the agent means. */
export const DISMISSIVE_PATTERNS: readonly RewritePattern[] = [
  {
    id: 'dismissive.calm_down',
    re: rx(
      String.raw`\b(?:please )?(?:calm down|relax|settle down|chill(?: out)?|stop (?:shouting|yelling|swearing)|lower your voice)\b|\b(?:do not|don't) (?:use|type in|write in) (?:all )?capitals\b|\bno need to (?:shout|yell)\b`,
    ),
    rewrite: 'I can hear how upsetting this is',
  },
  {
    id: 'dismissive.as_i_said',
    re: rx(
      String.raw`\b(?:as i(?:'ve| have)? (?:already |previously |just )?(?:said|mentioned|explained|stated|told you|pointed out)|as (?:previously |already )(?:stated|mentioned|explained|advised)|as stated (?:before|previously|above)|like i (?:said|told you)|as i keep saying|i(?:'ve| have) already (?:told|explained|said)|once again,? (?:i|we) (?:must|have to))\b`,
    ),
    rewrite: 'To recap',
  },
  {
    id: 'dismissive.policy',
    re: rx(
      String.raw`\b(?:(?:as )?per (?:our|the|company|your) (?:polic(?:y|ies)|terms(?: and conditions| of service)?|sla|rules|procedures?|guidelines|contract)|(?:it's|it is|that's|that is) (?:our|the|company) policy|company policy|(?:our|the) policy (?:clearly )?(?:states|says|is clear)|rules are rules|those are the rules|policy is policy)\b`,
    ),
    rewrite: 'the way this works is',
  },
  {
    id: 'dismissive.should_have',
    re: rx(String.raw`\byou (?:should|ought to) have (?!received|got|gotten|been|had)\w+`),
    rewrite: 'next time, it can help to',
  },
  {
    id: 'dismissive.need_to_understand',
    re: rx(
      String.raw`\byou (?:need|have) to understand\b|\bwhat you (?:need|have) to understand\b|\byou must understand\b`,
    ),
    rewrite: 'it may help to know',
  },
  {
    id: 'dismissive.nothing_we_can_do',
    re: rx(
      String.raw`\bthere(?:'s| is) nothing (?:more |else |further )?(?:i|we) can do\b|\b(?:i|we) can't do anything (?:more |else )?(?:about|for)\b|\bnothing (?:i|we) can do\b|\bi don't know what (?:else )?to tell you\b|\bit is what it is\b|\bthat's just how it is\b`,
    ),
    rewrite: "here's what I can do",
  },
  {
    id: 'dismissive.not_our_problem',
    re: rx(
      String.raw`\b(?:that's|that is|it's|it is|this is) not (?:our|my) (?:problem|concern|responsibility|issue|department)\b`,
    ),
    rewrite: "this sits with another team, and I'll make sure it reaches them",
  },
  {
    id: 'dismissive.sorry_you_feel',
    re: rx(
      String.raw`\b(?:(?:i'm|i am|we're|we are) )?sorry (?:if )?you feel (?:that way|like that|this way)\b|\bsorry if you (?:were|feel|felt) (?:offended|upset|inconvenienced)\b`,
    ),
    rewrite: "I'm sorry this has been so frustrating",
  },
  {
    id: 'dismissive.no_big_deal',
    re: rx(
      String.raw`\b(?:it's|it is|this is|that's) (?:not|hardly) (?:a big deal|that big a deal|the end of the world|a huge issue|a major issue)\b|\bno need to (?:get|be) (?:upset|angry|worked up|emotional|so upset)\b|\bthere's no need for that\b|\byou're overreacting\b|\bdon't take it personally\b`,
    ),
    rewrite: 'I understand why this matters to you',
  },
  {
    id: 'dismissive.refer_faq',
    re: rx(
      String.raw`\b(?:please )?(?:read|refer to|check|see|consult|visit) (?:our |the )?(?:[\w-]+ )?(?:faq|faqs|help (?:centre|center|page|article)|terms(?: and conditions)?|t&cs|documentation|docs|manual|website|page)\b(?: (?:first|before contacting us))?|\brefer to (?:our|the)\b`,
    ),
    rewrite: "here's the short answer (and the help page if you'd like more detail)",
  },
  {
    id: 'dismissive.obviously',
    re: rx(
      String.raw`\b(?:obviously|clearly(?! (?:explain|state|visible|mark|label|show|set out|written))|as you (?:should|would|must) know|as anyone (?:would|can) see|(?:it's|it is) not (?:that hard|difficult)|not rocket science|you need to (?:check|read|look) (?:again|properly|carefully))\b|\b(?:works?|worked) (?:fine|perfectly|well) for (?:\w+ )?(?:other|everyone|most|thousands|millions|all)\b|\b(?:many|most|other) (?:customers|users|people) (?:find|have no|don't have|manage)\b`,
    ),
    rewrite: '',
  },
  { id: 'dismissive.with_respect', re: rx(String.raw`\bwith (?:all )?due respect\b`), rewrite: 'I hear you' },
  {
    id: 'dismissive.unfortunately_nothing',
    re: rx(
      String.raw`\bunfortunately,? (?:there is|there's|we have|i have) no(?:thing| way| option)\b|\bwe are unable to (?:help|assist) (?:you )?(?:further|with this)\b`,
    ),
    rewrite: "while I can't do that, here's what I can do",
  },
];
