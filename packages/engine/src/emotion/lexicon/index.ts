import { CUE_LEXICON } from './cues.js';
import { EMOJI_LEXICON } from './emoji.js';
import type { LexiconEntry } from './entry.js';
import { FEELINGS_LEXICON } from './feelings.js';
import { SERVICE_LEXICON } from './service.js';

export type { LexiconEntry } from './entry.js';
export type { CompiledLexicon, LexiconMatch } from './matchLexicon.js';
export { compileLexicon, matchLexicon } from './matchLexicon.js';
export { CUE_LEXICON, EMOJI_LEXICON, FEELINGS_LEXICON, SERVICE_LEXICON };

/** The customer-service lexicon every engine starts from. */
export const DEFAULT_LEXICON: readonly LexiconEntry[] = [
  ...SERVICE_LEXICON,
  ...FEELINGS_LEXICON,
  ...CUE_LEXICON,
  ...EMOJI_LEXICON,
];
