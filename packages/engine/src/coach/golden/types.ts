import type { CheckId, TechniqueId } from '../types.js';

/**
 * One labelled reply. Labels were written by reading the reply as a customer-service lead would,
 * before the detector was run on it, with these meanings:
 * - acknowledge: names or validates the customer's feeling, or shares their joy ("sorry to hear
 *   that" alone does not name a feeling; "I understand your frustration" does, even if scripted).
 * - paraphrase: restates the customer's specific situation (two or more of its specifics).
 * - question: asks the customer something to understand their situation (not "would you like X
 *   or Y?", not "anything else?", not a rhetorical jab).
 * - apology: says sorry or owns a mistake ("sorry you feel that way" is not one).
 * - reassurance: says it will be handled, they are safe or covered, or it is not their fault.
 * - options: offers a choice, an alternative or a suggestion the customer can take up.
 * - next_step: says what happens next (a commitment, or what they will see).
 * - caring_close: the ending shows care (hope, take care, enjoy, here if you need us, thanks).
 * - information: gives facts, figures, an explanation or instructions.
 * `flags` lists the quality checks a lead would raise: jargon, readability (sentences over ~30
 * words or a wall of text), dismissive, blame, canned (script phrases, or repeating `previous`),
 * personalized (raised when nothing is specific to this customer), agent_tone.
 */
export interface GoldenCase {
  id: string;
  industry: 'retail' | 'travel' | 'software' | 'banking' | 'utilities';
  customer: string;
  name?: string;
  previous?: string[];
  reply: string;
  present: TechniqueId[];
  flags: CheckId[];
}
