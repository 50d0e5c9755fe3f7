import { TECHNIQUE_IDS } from '../types.js';

/** What the learned sentence model reads: each technique, and whether the sentence is boilerplate. */
export const LEARNED_LABELS = [...TECHNIQUE_IDS, 'templated'] as const;
export type LearnedLabel = (typeof LEARNED_LABELS)[number];
