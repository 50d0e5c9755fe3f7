import type { CueKind, CxEmotion } from '../types.js';

/**
 * One customer-service lexicon entry. `pattern` uses the phrase syntax of `compilePhrase`
 * (`a|b`, `refund*`, `_`, `#`, `~`). Weights are 0..1 evidence for each emotion; `sentiment` is a
 * -1..1 push; `cue` reports the match as a cue as well. The `id` travels to the UI as the span's source.
 */
export interface LexiconEntry {
  id: string;
  pattern: string;
  emotions?: Partial<Record<CxEmotion, number>>;
  sentiment?: number;
  cue?: CueKind;
}
