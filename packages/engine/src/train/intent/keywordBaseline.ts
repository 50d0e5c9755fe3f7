import type { Intent } from '../../emotion/intent/labels.js';

/**
 * The keyword reader a team would write first, as the baseline the model must beat: the first
 * rule whose words appear wins. It lives with the trainer, never in the product.
 */
const RULES: ReadonlyArray<readonly [Intent, RegExp]> = [
  [
    'staff_complaint',
    /\b(rude|unhelpful|attitude|hung up|your (agent|staff|employee|driver|engineer|advisor|rep)|the (agent|driver|engineer|advisor|staff))\b/i,
  ],
  ['cancel', /\b(cancel|terminate|close my account|unsubscribe|end my (contract|subscription))\b/i],
  ['refund', /\b(refund|money back|reimburse|compensation)\b/i],
  ['billing_error', /\b(charged|overcharged|charge|bill|billed|fee|invoice|direct debit|twice|double)\b/i],
  ['account_access', /\b(log ?in|sign ?in|password|locked|access|passcode|pin|verify|2fa|code)\b/i],
  [
    'order_status',
    /\b(where is|where's|hasn't arrived|not arrived|still waiting|tracking|delivery|when will|not here yet)\b/i,
  ],
  [
    'replacement_repair',
    /\b(broken|faulty|damaged|not working|doesn't work|stopped working|repair|replace|replacement|defective|dead)\b/i,
  ],
  ['how_to', /\b(how (do|can|to|does)|can i|is it possible|what is the way)\b/i],
  ['praise', /\b(thank|thanks|great|amazing|love|brilliant|excellent|fantastic|wonderful)\b/i],
];

/** @example keywordIntent('I want a refund') // 'refund' */
export function keywordIntent(text: string): Intent {
  for (const [intent, pattern] of RULES) if (pattern.test(text)) return intent;
  return 'other';
}
