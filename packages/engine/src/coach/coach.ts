import { analyze } from '../emotion/index.js';
import type { Analysis } from '../emotion/types.js';
import { coachCore } from './coach-core.js';
import type { TechniqueModel } from './learned/index.js';
import type { CoachInput, CoachResult } from './types.js';

/** What `coach()` needs to read the customer; a workspace's `createEngine()` fits. */
export interface CoachOptions {
  analyze?: (text: string) => Analysis;
  /** A learned technique detector beside the rules (shippedTechniqueModel()); absent or null: the rules alone. */
  techniqueModel?: TechniqueModel | null;
}

/**
 * Checks a draft reply against the customer's messages for the habits of an empathetic reply and
 * the quality of its wording, with a score that shows its working and a suggestion per finding.
 * @example
 * const result = coach({ reply: "Hi Ana, I'm so sorry your parcel is late...", customer: 'Where is my parcel??', customerName: 'Ana' });
 * result.score; // 0..100
 * result.checks.filter((c) => c.status === 'improve').map((c) => c.suggestion?.text);
 */
export function coach(input: CoachInput, options: CoachOptions = {}): CoachResult {
  const read = options.analyze ?? analyze;
  const texts =
    input.customer === undefined ? [] : Array.isArray(input.customer) ? input.customer : [input.customer];
  return coachCore(
    {
      reply: typeof input.reply === 'string' ? input.reply : '',
      customer: texts
        .filter((t) => typeof t === 'string' && t.trim() !== '')
        .map((text) => ({ text, analysis: read(text) })),
      ...(input.customerName !== undefined ? { customerName: input.customerName } : {}),
      ...(input.facts !== undefined ? { facts: input.facts } : {}),
      ...(input.previousReplies !== undefined ? { previousReplies: input.previousReplies } : {}),
    },
    options.techniqueModel,
  );
}
