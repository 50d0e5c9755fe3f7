import { roleplay } from '@rapport/engine';

type Scenario = roleplay.Scenario;
type SessionState = roleplay.SessionState;
type Turn = roleplay.Turn;
type Debrief = roleplay.Debrief;

/** The library as a table for a terminal, numbered for the interactive picker. */
export function formatList(scenarios: readonly Scenario[]): string {
  const width = Math.max(...scenarios.map((s) => s.id.length));
  return `${scenarios
    .map(
      (s, i) =>
        `${String(i + 1).padStart(2)}. ${s.id.padEnd(width)}  ${s.industry.padEnd(11)} ${s.persona.name} (${s.persona.archetype}): ${s.title}`,
    )
    .join('\n')}\n`;
}

/** The brief a trainee reads before the customer's first message. */
export function formatBrief(s: Scenario, state: SessionState): string {
  return [
    `${s.title} — ${s.persona.name}, ${s.persona.summary}`,
    `Brief: ${s.brief}`,
    `Goal: ${s.goal.summary} (${s.turnLimit} replies at most)`,
    '',
    `${customerLabel(s)} ${state.opening}`,
    `   ${feeling(s.start.emotion, s.start.intensity)}`,
    '',
  ].join('\n');
}

/** The customer's answer to one reply, with how they feel now and why it moved. */
export function formatTurn(s: Scenario, turn: Turn): string {
  const arrow = turn.reaction.delta <= -0.02 ? '↓' : turn.reaction.delta >= 0.02 ? '↑' : '→';
  const causes = turn.reaction.causes
    .filter((c) => Math.abs(c.effect) >= 0.03)
    .map((c) => `${c.id} ${c.effect > 0 ? '+' : ''}${c.effect.toFixed(2)}`)
    .join(', ');
  return [
    `${customerLabel(s)} ${turn.customer}`,
    `   ${feeling(turn.emotion, turn.intensity)} ${arrow}${causes ? `  (${causes})` : ''}  coach ${turn.coach.score}/100`,
    '',
  ].join('\n');
}

/** What each effect is called in a debrief a trainee reads. */
const LABELS: Record<string, string> = {
  acknowledge: 'naming their feeling',
  apology: 'a sincere apology',
  reassurance: 'reassurance',
  paraphrase: 'restating their problem',
  options: 'offering choices',
  next_step: 'a clear next step',
  information: 'plain information',
  question: 'asking questions',
  caring_close: 'a caring close',
  resolution: 'offering the fix',
  dismissive: 'dismissive wording',
  blame: 'blaming the customer',
  agent_tone: 'an irritated tone',
  jargon: 'jargon',
  canned: 'canned phrases',
  readability: 'long or hard sentences',
  stalling: 'replies that moved nothing forward',
  personalized: 'not personal enough',
};

const OUTCOME: Record<roleplay.SessionStatus, string> = {
  solved: 'Solved',
  left: 'The customer left',
  timeout: 'Out of turns',
  active: 'Stopped',
};

/** The debrief as a report: outcome, turning points quoted, what worked, and the rewrite. */
export function formatDebrief(d: Debrief): string {
  const out = [`— Debrief: ${OUTCOME[d.outcome]} —`, d.summary, ''];
  out.push(
    `Score ${d.score}/100 (replies ${d.working.coachMean}/100, outcome ${d.working.outcomePoints}/100)`,
  );
  out.push(`Facts found: ${d.factsFound.found} of ${d.factsFound.total}`);
  if (d.turningPoints.length > 0) {
    out.push('', 'Turning points:');
    for (const p of d.turningPoints) {
      out.push(
        `  reply ${p.turn}: "${p.quote}" ${p.direction} the customer (${p.from.emotion} ${p.from.intensity.toFixed(2)} → ${p.to.emotion} ${p.to.intensity.toFixed(2)}; ${p.because.join(', ')})`,
      );
    }
  }
  const named = (list: readonly { id: string; turns: number[] }[]) =>
    list
      .map(
        (w) =>
          `${LABELS[w.id] ?? w.id} (${w.turns.length === 1 ? 'reply' : 'replies'} ${w.turns.join(', ')})`,
      )
      .join('; ');
  if (d.worked.length > 0) out.push('', `What worked: ${named(d.worked)}`);
  if (d.toWorkOn.length > 0) out.push(`To work on: ${named(d.toWorkOn)}`);
  if (d.weakest) {
    out.push('', `Weakest reply (${d.weakest.turn}, coach ${d.weakest.score}/100): "${d.weakest.reply}"`);
    out.push(`A stronger version (coach ${d.weakest.rewriteScore}/100): ${d.weakest.rewrite}`);
  }
  return `${out.join('\n')}\n`;
}

/** The non-interactive JSON: the transcript with the customer's feeling after every turn, and the debrief. */
export function sessionJson(s: Scenario, state: SessionState, debrief: Debrief, unused: number) {
  return {
    scenario: roleplay.scenarioView(s),
    seed: state.seed,
    status: state.status,
    start: { customer: state.opening, emotion: s.start.emotion, intensity: s.start.intensity },
    turns: state.turns.map((t) => ({
      turn: t.index,
      reply: t.reply,
      customer: t.customer,
      emotion: t.emotion,
      intensity: t.intensity,
      delta: t.reaction.delta,
      causes: t.reaction.causes,
      revealed: t.reaction.revealed,
      resolved: t.reaction.resolved,
      coach: { score: t.coach.score, present: t.coach.present, flagged: t.coach.flagged },
    })),
    /** Replies left in the file after the session ended. */
    unusedReplies: unused,
    debrief,
  };
}

function customerLabel(s: Scenario): string {
  return `${s.persona.name.split(' ')[0]}:`;
}

function feeling(emotion: string, intensity: number): string {
  const filled = Math.round(intensity * 10);
  return `[${emotion} ${intensity.toFixed(2)} ${'█'.repeat(filled)}${'·'.repeat(10 - filled)}]`;
}
