/**
 * Role-play benchmark: how the simulated customers respond to three kinds of trainee across the
 * whole scenario library (a strong one, a polite one who never asks or offers anything, a
 * dismissive one), and what a turn costs: `respond()` (coach + feelings + customer line) beside
 * `coach()` alone, and `debrief()` (three `compose()` drafts for the rewrite), p50/p99 on one core.
 *
 * Run: node --conditions=source --import tsx bench/roleplay.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coach, roleplay } from '@rapport/engine';
import { goodReply } from '../packages/engine/src/roleplay/good-trainee.test-helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = [1, 2, 3, 4, 5];
type Trainee = (s: roleplay.Scenario, state: roleplay.SessionState) => string;
const TRAINEES: Record<string, Trainee> = {
  strong: goodReply,
  polite: (s) =>
    `Thank you for getting in touch, ${s.persona.name.split(' ')[0]}. I will look into this for you.`,
  dismissive: () => 'As I already said, that is our policy. Please calm down.',
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

const respondMs: number[] = [];
const coachMs: number[] = [];
const debriefMs: number[] = [];
const outcomes: Record<string, Record<string, number>> = {};
const turnsTaken: Record<string, number[]> = {};
for (const [name, trainee] of Object.entries(TRAINEES)) {
  outcomes[name] = { solved: 0, left: 0, timeout: 0, active: 0 };
  turnsTaken[name] = [];
  for (const scenario of roleplay.SCENARIOS) {
    for (const seed of SEEDS) {
      let state = roleplay.startSession(scenario, { seed });
      while (state.status === 'active') {
        const reply = trainee(scenario, state);
        const said = roleplay.sessionCustomerMessages(state);
        let t = performance.now();
        coach({ reply, customer: said[said.length - 1] as string, customerName: scenario.persona.name });
        coachMs.push(performance.now() - t);
        t = performance.now();
        state = roleplay.respond(scenario, state, reply);
        respondMs.push(performance.now() - t);
      }
      const t = performance.now();
      roleplay.debrief(scenario, state);
      debriefMs.push(performance.now() - t);
      (outcomes[name] as Record<string, number>)[state.status]++;
      turnsTaken[name]?.push(state.turns.length);
    }
  }
}

const ms = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return {
    p50: +percentile(sorted, 0.5).toFixed(2),
    p99: +percentile(sorted, 0.99).toFixed(2),
    n: list.length,
  };
};
const mean = (list: number[]) => +(list.reduce((a, b) => a + b, 0) / list.length).toFixed(1);
const result = {
  scenarios: roleplay.SCENARIOS.length,
  seeds: SEEDS.length,
  outcomes,
  meanTurns: Object.fromEntries(Object.entries(turnsTaken).map(([k, v]) => [k, mean(v)])),
  latencyMs: { respond: ms(respondMs), coachAlone: ms(coachMs), debrief: ms(debriefMs) },
};

console.log(`Role-play: ${result.scenarios} scenarios × ${result.seeds} seeds per trainee`);
for (const name of Object.keys(TRAINEES)) {
  const o = outcomes[name] as Record<string, number>;
  console.log(
    `  ${name.padEnd(10)} solved ${o.solved}, customer left ${o.left}, out of turns ${o.timeout}; mean replies ${result.meanTurns[name]}`,
  );
}
const l = result.latencyMs;
console.log(
  `Latency (one core): respond() p50 ${l.respond.p50} ms, p99 ${l.respond.p99} ms (n=${l.respond.n})`,
);
console.log(`                    coach() alone p50 ${l.coachAlone.p50} ms, p99 ${l.coachAlone.p99} ms`);
console.log(
  `                    debrief() p50 ${l.debrief.p50} ms, p99 ${l.debrief.p99} ms (n=${l.debrief.n})`,
);
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'roleplay.json'), `${JSON.stringify(result, null, 2)}\n`);
