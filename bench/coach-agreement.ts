// `npm run bench:coach`: how the coach agrees with people on the held-back fifth of our labelled
// agent sentences (packages/engine/data/agent-sentences, never used for training), the rules alone
// beside rules + the learned sentence model, and what the model costs per keystroke.
import { loadavg } from 'node:os';
import { agreementTable, DEFAULT_OWN_DATA_DIR, loadAgentSentences } from '@rapport/cli';
import { coach, coachAgreement, createEngine, shippedTechniqueModel } from '@rapport/engine';

const { test } = loadAgentSentences(DEFAULT_OWN_DATA_DIR, (line) => console.error(line));
const { analyze } = createEngine();
const model = shippedTechniqueModel();
console.log(
  `held-back fifth: ${test.length} sentences (load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')})`,
);
console.log(agreementTable(coachAgreement(test, null, analyze), coachAgreement(test, model, analyze)));

// Per keystroke: coach() on a 120-word draft, the customer already analysed (as the web app does).
const customer =
  'My headphones arrived with the left side dead and this is the second pair. I need them for work on Monday.';
const draft = `Hi Sam, I'm so sorry the second pair arrived faulty too, that must be really frustrating when you need them for work on Monday. So the left side is dead again on the replacement. I can send a third pair by express today or refund the full £89, whichever you prefer. If you choose the new pair, it will arrive by Saturday at the latest and I'll email the tracking within the hour. You won't need to send the faulty pair back until the new one arrives. Is there anything about the fit or the model you'd like to change this time? Take care, and good luck with the work on Monday. Best, Priya`;
const analysis = analyze(customer);
const read = () => analysis;
function p99(techniqueModel: typeof model | null): number {
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t = performance.now();
    coach({ reply: draft.slice(0, 200 + (i % 400)), customer }, { analyze: read, techniqueModel });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length * 0.99)]!;
}
console.log(
  `coach() p99 per keystroke, ${draft.split(/\s+/).length}-word draft: rules ${p99(null).toFixed(2)} ms, rules + model ${p99(model).toFixed(2)} ms`,
);
