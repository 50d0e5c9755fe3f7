import { compose } from '../compose/index.js';
import { missingFacts } from './facts.js';
import { customerMessages } from './session.js';
import type { Archetype, Scenario, SessionState } from './types.js';

/** How a strong trainee opens with each kind of customer. */
const OPENERS: Record<Archetype, string> = {
  angry: "I'm so sorry. That's on us, and I completely understand why you're angry.",
  anxious: "I can hear how worried you are, and I'm going to help you get this sorted.",
  confused: "No need to feel silly at all, this part is confusing and I'm happy to help.",
  grieving: "I'm so sorry for your loss. I'll make this as easy as I can for you.",
  leaving: "Eleven years is a long time and I can see why that feels unfair. I'm sorry.",
  let_down: "I'm really sorry. You expected better from us, and you're right to.",
  hurried: "I'm sorry, I know every minute counts, and I'm working on it right now.",
};

/**
 * The next reply of a scripted strong trainee: acknowledge and ask for each fact the goal needs,
 * then answer with `compose()`'s draft, which offers the scenario's options and next step.
 */
export function goodReply(scenario: Scenario, state: SessionState): string {
  const first = scenario.persona.name.split(' ')[0];
  const missing = missingFacts(scenario, state.discovered);
  const fact = scenario.facts.find((f) => f.id === missing[0]);
  if (fact) {
    const lead =
      state.turns.length === 0 ? OPENERS[scenario.persona.archetype] : 'Thank you, that really helps.';
    return `${first}, ${lead} ${fact.ask}`;
  }
  return compose({
    customer: customerMessages(state),
    customerName: scenario.persona.name,
    options: scenario.options,
    nextStep: scenario.nextStep,
    channel: 'chat',
    seed: state.seed + state.turns.length,
    previousReplies: state.turns.map((t) => t.reply),
  }).draft.text;
}
