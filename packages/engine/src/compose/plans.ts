import type { MoveId } from './types.js';

/**
 * The shapes a reply can take. Drafts for the same message use different plans, so they differ
 * in structure (what comes first, what leads into what), not only in words. Moves a situation
 * does not call for are skipped.
 */
export type Plan = readonly MoveId[];

export const PROBLEM_PLANS: readonly Plan[] = [
  [
    'acknowledge',
    'ownership',
    'paraphrase',
    'question',
    'apology',
    'urgency',
    'reassurance',
    'fact',
    'options',
    'next_step',
    'close',
  ],
  [
    'paraphrase',
    'question',
    'acknowledge',
    'apology',
    'ownership',
    'reassurance',
    'urgency',
    'fact',
    'options',
    'next_step',
    'close',
  ],
  [
    'apology',
    'paraphrase',
    'question',
    'acknowledge',
    'urgency',
    'ownership',
    'reassurance',
    'fact',
    'options',
    'next_step',
    'close',
  ],
  [
    'acknowledge',
    'paraphrase',
    'question',
    'urgency',
    'ownership',
    'apology',
    'reassurance',
    'options',
    'fact',
    'next_step',
    'close',
  ],
];

/** Loss and sadness: sympathy always comes first. */
export const SADNESS_PLANS: readonly Plan[] = [
  [
    'acknowledge',
    'paraphrase',
    'question',
    'apology',
    'reassurance',
    'fact',
    'options',
    'next_step',
    'close',
  ],
  [
    'acknowledge',
    'reassurance',
    'paraphrase',
    'question',
    'apology',
    'options',
    'fact',
    'next_step',
    'close',
  ],
  [
    'acknowledge',
    'apology',
    'paraphrase',
    'question',
    'fact',
    'reassurance',
    'options',
    'next_step',
    'close',
  ],
];

/** Confusion: plain numbered steps, then a check that it landed. */
export const CONFUSION_PLANS: readonly Plan[] = [
  [
    'acknowledge',
    'paraphrase',
    'question',
    'apology',
    'reassurance',
    'steps',
    'options',
    'next_step',
    'check',
    'close',
  ],
  [
    'paraphrase',
    'question',
    'acknowledge',
    'apology',
    'reassurance',
    'steps',
    'options',
    'next_step',
    'check',
    'close',
  ],
  [
    'acknowledge',
    'apology',
    'paraphrase',
    'question',
    'fact',
    'steps',
    'options',
    'next_step',
    'check',
    'close',
  ],
];

export const POSITIVE_PLANS: readonly Plan[] = [
  ['acknowledge', 'paraphrase', 'fact', 'options', 'next_step', 'close'],
  ['paraphrase', 'acknowledge', 'fact', 'options', 'next_step', 'close'],
  ['acknowledge', 'fact', 'paraphrase', 'options', 'next_step', 'close'],
];

/** Plain questions and requests. */
export const NEUTRAL_PLANS: readonly Plan[] = [
  ['acknowledge', 'paraphrase', 'question', 'urgency', 'fact', 'options', 'next_step', 'close'],
  ['paraphrase', 'question', 'acknowledge', 'urgency', 'options', 'fact', 'next_step', 'close'],
  ['acknowledge', 'urgency', 'paraphrase', 'question', 'fact', 'options', 'next_step', 'close'],
];

/** Public replies: short, then a move to a private channel. */
export const PUBLIC_PLANS: readonly Plan[] = [
  ['acknowledge', 'apology', 'paraphrase', 'private_channel', 'close'],
  ['paraphrase', 'acknowledge', 'apology', 'private_channel', 'close'],
  ['apology', 'paraphrase', 'acknowledge', 'private_channel', 'close'],
];
