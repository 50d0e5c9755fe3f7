import { coach } from '../../coach/coach.js';
import { LEARNED_LABELS } from '../../coach/learned/labels.js';
import type { TechniqueModel } from '../../coach/learned/techniqueModel.js';
import type { Analysis } from '../../emotion/types.js';
import type { LabelCounts } from '../metrics.js';
import { type AgentSentence, learnedTargets } from './agentSentences.js';
import { agreementOf, type LabelAgreement } from './agreement.js';

/**
 * How `coach()` agrees with the labelled sentences: each reply is coached whole (one sentence a
 * line) against its customer message, and a sentence counts as performing a technique when one of
 * the technique's spans touches it (templated: a span of the canned check). `model` null is the
 * rules alone.
 * @example coachAgreement(splits.test, null, engine.analyze) // rules-only figures
 */
export function coachAgreement(
  sentences: readonly AgentSentence[],
  model: TechniqueModel | null,
  analyze: (text: string) => Analysis,
): LabelAgreement[] {
  const counts: LabelCounts[] = LEARNED_LABELS.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  // Sentences of one reply share their customer message: each is analysed once.
  const analyses = new Map<string, Analysis>();
  const read = (text: string) => {
    const known = analyses.get(text) ?? analyze(text);
    analyses.set(text, known);
    return known;
  };
  for (let i = 0; i < sentences.length; ) {
    let j = i;
    while (j < sentences.length && sentences[j]!.reply === sentences[i]!.reply) j++;
    const group = sentences.slice(i, j);
    const offsets: { start: number; end: number }[] = [];
    let reply = '';
    for (const s of group) {
      if (reply !== '') reply += '\n';
      offsets.push({ start: reply.length, end: reply.length + s.sentence.length });
      reply += s.sentence;
    }
    const result = coach({ reply, customer: group[0]!.customer }, { analyze: read, techniqueModel: model });
    const canned = result.checks.find((c) => c.id === 'canned')?.spans ?? [];
    group.forEach((s, k) => {
      const at = offsets[k]!;
      const gold = learnedTargets(s);
      LEARNED_LABELS.forEach((label, o) => {
        const spans = label === 'templated' ? canned : result.techniques[label].spans;
        const fired = spans.some((sp) => sp.start < at.end && sp.end > at.start);
        const c = counts[o]!;
        if (fired && gold[o]) c.tp++;
        else if (fired) c.fp++;
        else if (gold[o]) c.fn++;
      });
    });
    i = j;
  }
  return LEARNED_LABELS.map((label, o) => agreementOf(label, counts[o]!));
}
