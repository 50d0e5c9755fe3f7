import type { LexiconEntry } from '../emotion/index.js';

/**
 * Extra lexicon entries for public posts, used with `createEngine({ lexicon: PUBLIC_POST_LEXICON })`.
 * In a review or a tweet, warning other people off is the public escalation that matters most,
 * and people say it in ways a private support message rarely does.
 */
export const PUBLIC_POST_LEXICON: readonly LexiconEntry[] = [
  {
    id: 'voice.warn_others',
    pattern:
      '(telling|tell|told|warning|warn) ~ (friends|family|everyone|everybody|people|others|followers|neighbours)',
    emotions: { anger: 0.45 },
    sentiment: -0.5,
    cue: 'threat_to_go_public',
  },
  {
    id: 'voice.post_everywhere',
    pattern: '(posting|post|sharing|share|spreading|spread) ~ (everywhere|all over|far and wide)',
    emotions: { anger: 0.45 },
    sentiment: -0.5,
    cue: 'threat_to_go_public',
  },
  {
    id: 'voice.avoid',
    pattern: 'avoid (this company|this place|this shop|them|at all costs|like the plague)',
    emotions: { anger: 0.35, disappointment: 0.3 },
    sentiment: -0.6,
    cue: 'threat_to_go_public',
  },
];
