import { type PhrasePattern, rx } from './pattern.js';

/** A scripted phrase; `strong` ones read as boilerplate wherever they appear. */
export interface CannedPattern extends PhrasePattern {
  strong: boolean;
  /** A warmer, specific version; `{problem}` is the customer's problem in our words, `{name}` their name. */
  rewrite: string;
}

/** Boilerplate agents reach for ("we apologise for any inconvenience", "your call is important"). */
export const CANNED_PATTERNS: readonly CannedPattern[] = [
  {
    id: 'canned.any_inconvenience',
    re: rx(
      String.raw`\b(?:we|i) (?:sincerely |do |truly )?(?:apologi[sz]e|are sorry|am sorry|regret) for any (?:inconvenience|trouble|frustration|confusion|disappointment|issues?)(?: (?:this|that) (?:may|might) have (?:caused|been caused))?(?: (?:to )?you)?|\bsorry for any (?:inconvenience|trouble|confusion)(?: caused)?|\b(?:apologies|sorry) for the inconvenience(?: caused)?`,
    ),
    strong: true,
    rewrite: "I'm sorry {problem}",
  },
  {
    id: 'canned.important_to_us',
    re: rx(
      String.raw`\byour (?:call|business|custom|feedback|satisfaction|patience|time) is (?:very |extremely |really )?(?:important|valuable|valued|our (?:top |number one )?priority)(?: to us)?`,
    ),
    strong: true,
    rewrite: 'Thank you for telling us about this{name}',
  },
  {
    id: 'canned.we_value',
    re: rx(
      String.raw`\bwe (?:truly |really |greatly )?(?:value|appreciate) (?:you as a customer|your (?:business|custom|feedback|loyalty|patronage))`,
    ),
    strong: true,
    rewrite: 'Thank you for sticking with us{name}',
  },
  {
    id: 'canned.thank_for_contacting',
    re: rx(
      String.raw`\bthank(?:s| you) for (?:contacting|reaching out to|getting in touch with|writing to|choosing) (?:us|\w+(?: support| customer (?:care|service|support))?)\b`,
    ),
    strong: false,
    rewrite: 'Thanks for writing in{name}',
  },
  {
    id: 'canned.more_than_happy',
    re: rx(
      String.raw`\b(?:i|we)(?:'d| would|'ll| will)? be (?:more than )?(?:happy|glad|pleased|delighted) to (?:assist|help) (?:you )?(?:with (?:this|that|your (?:query|request|concern|inquiry|enquiry))|further|today)?`,
    ),
    strong: false,
    rewrite: "Let's get {problem} sorted",
  },
  {
    id: 'canned.understand_frustration',
    re: rx(
      String.raw`^\s*(?:i|we) (?:completely |totally |fully )?understand your (?:frustration|concern|concerns)\s*[.!]?\s*$`,
    ),
    strong: false,
    rewrite: 'I can see why {problem} has been so frustrating',
  },
  {
    id: 'canned.patience_understanding',
    re: rx(
      String.raw`\bthank(?:s| you) for your (?:patience|understanding|cooperation)(?: and (?:understanding|cooperation|patience))?(?: in this matter)?`,
    ),
    strong: false,
    rewrite: 'Thank you for bearing with us while we sorted this out',
  },
  {
    id: 'canned.anything_else',
    re: rx(
      String.raw`\bis there anything else (?:i|we) can (?:help|assist) (?:you )?with(?: today)?\b|\bif you have any (?:other |further )?(?:questions|concerns|queries),? (?:please )?(?:do not|don't) hesitate to (?:contact|reach out to|get in touch with) us\b`,
    ),
    strong: false,
    rewrite: "I'm here if anything else comes up{name}",
  },
  {
    id: 'canned.please_be_advised',
    re: rx(
      String.raw`\b(?:please be advised|kindly note|please note) that\b|\bwe regret to inform you\b|\bat this (?:point in )?time\b|\bin (?:regards|regard) to your (?:query|inquiry|enquiry|request)\b|\bas per your (?:request|query|email)\b|\bthank you for (?:the|this) information\b|\bwe have received your (?:request|query|email|complaint)\b`,
    ),
    strong: false,
    rewrite: '',
  },
  {
    id: 'canned.nice_day',
    re: rx(String.raw`^\s*have a (?:nice|good|great) day[.!]?\s*$`),
    strong: false,
    rewrite: 'Enjoy the rest of your day{name}',
  },
  {
    id: 'canned.looking_into',
    re: rx(
      String.raw`\b(?:we are|we're|i am|i'm) (?:currently )?looking into (?:this|your (?:issue|query|request|concern)) (?:and will (?:get back to you|revert|update you) )?(?:as soon as possible|asap|shortly)\b|\bwe will revert\b`,
    ),
    strong: false,
    rewrite: "I'm looking into {problem} now and will update you by {when}",
  },
  {
    id: 'canned.valued_customer',
    re: rx(String.raw`\bdear (?:valued )?customer\b|\bvalued customer\b`),
    strong: true,
    rewrite: 'Hi{name}',
  },
];
