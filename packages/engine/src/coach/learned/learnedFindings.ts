import type { Span } from '../../emotion/types.js';
import { sentenceSpan } from '../checks/check.js';
import { type CoachContext, replyConcepts } from '../context.js';
import type { LearnedLabel } from './labels.js';
import { sentenceFeatures } from './sentenceFeatures.js';
import { scoreSentence, type TechniqueModel } from './techniqueModel.js';

/** The sentences the learned model fires on, per label, as spans of the reply (source `model:<label>`). */
export type LearnedFindings = Record<LearnedLabel, Span[]>;

/**
 * Runs the sentence model over every sentence of the draft.
 * @example learnedFindings(model, buildContext({ reply: 'That sounds exhausting.' })).acknowledge
 */
export function learnedFindings(model: TechniqueModel, ctx: CoachContext): LearnedFindings {
  const found = Object.fromEntries(model.labels.map((l) => [l, [] as Span[]])) as LearnedFindings;
  const sentences = ctx.reply.sentences;
  const probs = new Float32Array(model.labels.length);
  sentences.forEach((s, i) => {
    const place = { first: i === 0, last: i === sentences.length - 1 };
    const text = ctx.reply.text.slice(s.start, s.end);
    const concepts = replyConcepts(ctx.reply, s.start, s.end).keys();
    scoreSentence(
      model,
      sentenceFeatures(text, concepts, ctx.customer.concepts, place, model.features),
      probs,
    );
    model.labels.forEach((label, o) => {
      if (probs[o]! >= model.thresholds[o]!) found[label].push(sentenceSpan(ctx.reply, s, `model:${label}`));
    });
  });
  return found;
}

/**
 * A technique's spans with the rules first: a rule hit stays a hit, and the model adds the
 * sentences no rule span touches.
 */
export function withLearned(rules: readonly Span[], learned: readonly Span[]): Span[] {
  const added = learned.filter((m) => !rules.some((r) => r.start < m.end && r.end > m.start));
  return [...rules, ...added].sort((a, b) => a.start - b.start);
}
