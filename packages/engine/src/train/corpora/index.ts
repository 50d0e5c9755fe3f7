import { CUSTOMER_MESSAGES } from './customerMessages.js';
import { EMOBANK } from './emobank.js';
import { GOEMOTIONS } from './goemotions.js';
import { TWEETEVAL_SENTIMENT } from './tweeteval.js';
import type { Corpus, CorpusId } from './types.js';
import { XED_EN } from './xed.js';

export {
  CUSTOMER_MESSAGE_FILES,
  type CustomerMessage,
  customerMessageHeads,
  customerMessageSplit,
  parseCustomerMessage,
  readCustomerMessages,
} from './customerMessages.js';
export { EMOBANK_CUTOFFS, valenceToSentiment } from './emobank.js';
export {
  CORPUS_IDS,
  type Corpus,
  type CorpusExample,
  type CorpusId,
  type CorpusSplits,
  type EvalGold,
  type Sentiment3,
} from './types.js';
export { xedHeads } from './xed.js';

/**
 * Every corpus the emotion model trains on, in reading order. banking77 and clinc150 carry
 * intents but no emotion or sentiment labels, so they do not train this model.
 */
export const CORPORA: Readonly<Record<CorpusId, Corpus>> = {
  goemotions: GOEMOTIONS,
  'tweeteval-sentiment': TWEETEVAL_SENTIMENT,
  emobank: EMOBANK,
  'xed-en': XED_EN,
  'customer-messages': CUSTOMER_MESSAGES,
};
