import { extractFeatures, type FeatureConfig } from '../../emotion/features.js';
import { tokenize } from '../../text/index.js';
import { fold } from '../text/fold.js';
import { contentConcepts } from '../text/words.js';

/** Where a sentence sits in its reply: greetings open it, sign-offs and caring closes end it. */
export interface SentencePlace {
  first: boolean;
  last: boolean;
}

/** Concepts of the customer's content words: a Set, or the coach context's Map of them. */
export interface ConceptSet {
  has(concept: string): boolean;
  readonly size: number;
}

/** The content concepts of a text on its own (a customer message, a sentence of a corpus). */
export function conceptsOf(text: string): ReadonlySet<string> {
  return new Set(contentConcepts(fold(text)).keys());
}

/**
 * Words of the sentence, and what ties it to its conversation: how many of the customer's
 * content words it picks up (a restatement picks up several; boilerplate none) and its place.
 * Context enters as whole-sentence features, so the model learns how much each counts.
 * `concepts` are the sentence's own content concepts (`conceptsOf` it; the coach passes
 * those it read once for the whole draft).
 * @example sentenceFeatures(text, conceptsOf(text), conceptsOf('my boots…'), { first: false, last: false }, config)
 */
export function sentenceFeatures(
  sentence: string,
  concepts: Iterable<string>,
  customer: ConceptSet,
  place: SentencePlace,
  config: FeatureConfig,
): Uint32Array {
  let shared = 0;
  if (customer.size > 0) for (const c of concepts) if (customer.has(c)) shared++;
  const context = [
    `shared:${Math.min(shared, 4)}`,
    customer.size === 0 ? 'customer:none' : 'customer:some',
    ...(place.first ? ['place:first'] : []),
    ...(place.last ? ['place:last'] : []),
  ];
  const v = extractFeatures(tokenize(sentence), { ...config, signals: true }, undefined, undefined, context);
  return v.buckets.slice(0, v.length);
}
