import { coach } from '../../coach/coach.js';
import { LEARNED_LABELS } from '../../coach/learned/labels.js';
import type { TechniqueModel } from '../../coach/learned/techniqueModel.js';
import type { Analysis } from '../../emotion/types.js';
import type { AgentSentence } from './agentSentences.js';
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
  const fired = LEARNED_LABELS.map(() => [] as boolean[]);
  const gold = LEARNED_LABELS.map(() => [] as boolean[]);
  const analyses = new Map<string, Analysis>();
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
    const customer = group[0]!.customer;
    if (!analyses.has(customer)) analyses.set(customer, analyze(customer));
    const result = coach(
      { reply, customer },
      { analyze: (t) => analyses.get(t) ?? analyze(t), techniqueModel: model },
    );
    const canned = result.checks.find((c) => c.id === 'canned')?.spans ?? [];
    LEARNED_LABELS.forEach((label, o) => {
      const spans = label === 'templated' ? canned : result.techniques[label].spans;
      group.forEach((s, k) => {
        const at = offsets[k]!;
        fired[o]!.push(spans.some((sp) => sp.start < at.end && sp.end > at.start));
        gold[o]!.push(label === 'templated' ? s.templated : s.techniques.includes(label));
      });
    });
    i = j;
  }
  return LEARNED_LABELS.map((label, o) => agreementOf(label, fired[o]!, gold[o]!));
}
