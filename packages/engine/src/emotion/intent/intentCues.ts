import type { Token } from '../../text/index.js';
import { extractFeatures, type FeatureConfig, type FeatureVector } from '../features.js';

/**
 * Phrase families that say what a customer wants in any register, fed to the intent model as
 * whole-text features. The public corpora are short, one-line requests; our messages bury the
 * ask in a story. A family the model has learnt from both ("a fault": dead, broken, stopped
 * working) carries across where the words themselves were never seen together.
 */
const FAMILIES: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'fault',
    /\b(dead|broken|broke|faulty|defective|not working|doesn't work|does not work|stopped working|won't (turn on|charge|start|connect|work)|no sound|cracked|smashed|damaged|leak(s|ing)?|crash(es|ing)?|keeps? (crashing|dropping|freezing)|error)\b/i,
  ],
  [
    'repeat',
    /\b(second|third|again|another one|same (fault|problem|issue)|replacement (is|was|has)|already (called|emailed|written|contacted))\b/i,
  ],
  [
    'want_money',
    /\b(refund|money back|reimburs\w*|compensat\w*|pay me back|credit (it|me)|return (it|them) for)\b/i,
  ],
  ['want_swap', /\b(replace(ment)?|exchange|swap|repair|fix (it|this)|send (me )?(a )?new|engineer)\b/i],
  [
    'where',
    /\b(where (is|are|'s)|still (waiting|not (here|arrived))|hasn't (arrived|come)|not (arrived|received|delivered)|tracking|delivery|dispatch\w*|shipped|eta|when will)\b/i,
  ],
  [
    'stop',
    /\b(cancel\w*|terminate|close (my|the) account|unsubscribe|end (my|the) (contract|subscription|membership)|stop (my|the) (subscription|membership|payments?))\b/i,
  ],
  [
    'charge',
    /\b(charged|overcharg\w*|double|twice|bill(ed)?|fee|invoice|statement|direct debit|deducted|taken (from|out)|amount|price (went|has gone) up)\b/i,
  ],
  [
    'access',
    /\b(log ?in|logged out|sign ?in|password|locked (out)?|passcode|pin|verif\w*|two-factor|2fa|reset link|access (to )?my account)\b/i,
  ],
  [
    'how',
    /\b(how (do|can|to|does|would|should)|is it possible|can i|could you (tell|explain)|what('s| is) the (best )?way|where (do|can) i (find|change|see))\b/i,
  ],
  [
    'staff',
    /\b(rude|unhelpful|dismissive|attitude|patronis\w*|hung up|shouted|laughed at|your (agent|staff|employee|driver|engineer|advisor|adviser|rep|colleague)|the (agent|driver|engineer|advisor|adviser|staff member|manager))\b/i,
  ],
  [
    'thanks',
    /\b(thank(s| you)|grateful|appreciate|brilliant|amazing|excellent|fantastic|wonderful|lovely|great job|well done|above and beyond|shout ?out)\b/i,
  ],
  [
    'complaint',
    /\b(unacceptable|disgrace\w*|ridiculous|appalling|terrible|awful|worst|joke|fed up|sick of|furious|livid)\b/i,
  ],
  ['question', /\?/],
];

/** The families present in a text, as feature names. */
export function intentCueNames(text: string): string[] {
  const names: string[] = [];
  for (const [name, pattern] of FAMILIES) if (pattern.test(text)) names.push(`intent:${name}`);
  // Praise stories often tell of a fault we fixed, so a fault alone says little; a fault with no
  // word of thanks is a complaint. A linear model needs that absence spelt out to learn it.
  if (!names.includes('intent:thanks')) {
    names.push('intent:no_thanks');
    if (names.includes('intent:fault')) names.push('intent:fault_no_thanks');
  }
  return names;
}

/**
 * The intent model's features: the text's words and character n-grams, and its phrase families.
 * Training and reading both call this, so they agree.
 */
export function intentFeatures(
  text: string,
  tokens: readonly Token[],
  config: FeatureConfig,
  negation?: Uint8Array,
): FeatureVector {
  return extractFeatures(tokens, config, negation, undefined, intentCueNames(text));
}
