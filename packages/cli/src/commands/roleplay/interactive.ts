import { createInterface, type Interface } from 'node:readline';
import { type ChatFn, roleplay } from '@rapport/engine';
import type { CliContext } from '../../context.js';
import { formatBrief, formatDebrief, formatList, formatTurn } from './format.js';

const HELP = 'Type your reply and press Enter. /hint for a hint, /quit to stop and see the debrief.\n';

/** Reads lines one at a time from the context's stdin (a terminal or a pipe alike). */
function lineReader(ctx: CliContext): { next(prompt: string): Promise<string | null>; close(): void } {
  const rl: Interface = createInterface({
    input: ctx.stdin,
    terminal: false,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const queue: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let ended = false;
  rl.on('line', (line) => {
    const resolve = waiting.shift();
    if (resolve) resolve(line);
    else queue.push(line);
  });
  rl.on('close', () => {
    ended = true;
    for (const resolve of waiting.splice(0)) resolve(null);
  });
  return {
    next(prompt) {
      ctx.stdout.write(prompt);
      const line = queue.shift();
      if (line !== undefined) return Promise.resolve(line);
      if (ended) return Promise.resolve(null);
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => rl.close(),
  };
}

/** Asks which scenario to play, by number or id; null when input ends first. */
async function pickScenario(
  ctx: CliContext,
  read: ReturnType<typeof lineReader>,
): Promise<roleplay.Scenario | null> {
  const all = roleplay.SCENARIOS;
  ctx.stdout.write(`Scenarios:\n${formatList(all)}\n`);
  for (;;) {
    const answer = await read.next('Pick a scenario (number or id): ');
    if (answer === null) return null;
    const text = answer.trim();
    const byNumber = /^\d+$/.test(text) ? all[Number(text) - 1] : undefined;
    const found = byNumber ?? roleplay.findScenario(text);
    if (found) return found;
    ctx.stdout.write(
      `No scenario "${text}". Give a number from 1 to ${all.length} or an id from the list.\n`,
    );
  }
}

/** The hint for the next reply: the first fact still to learn, or what the goal asks for. */
function hint(s: roleplay.Scenario, state: roleplay.SessionState): string {
  const missing = s.goal.facts.find((id) => !state.discovered.includes(id));
  const fact = s.facts.find((f) => f.id === missing);
  if (fact) return `Hint: there is something you do not know yet. Try asking, e.g. "${fact.ask}"\n`;
  if (!state.resolved) return `Hint: you know enough. Offer a way forward, e.g. ${s.options.join(' or ')}.\n`;
  return 'Hint: the fix is offered; acknowledge how they feel and say what happens next.\n';
}

/**
 * `rapport roleplay` at a terminal: pick a scenario (unless given), read the brief, reply to the
 * customer line by line, and get the debrief when the session ends or on /quit.
 */
export async function playInteractive(
  ctx: CliContext,
  options: { scenario?: roleplay.Scenario; seed: number; voice?: ChatFn | null },
): Promise<roleplay.SessionState | null> {
  const read = lineReader(ctx);
  try {
    const scenario = options.scenario ?? (await pickScenario(ctx, read));
    if (!scenario) return null;
    let state = roleplay.startSession(scenario, { seed: options.seed });
    ctx.stdout.write(`\n${formatBrief(scenario, state)}${HELP}\n`);
    while (state.status === 'active') {
      const line = await read.next('You: ');
      if (line === null || line.trim() === '/quit') break;
      if (line.trim() === '/hint') {
        ctx.stdout.write(hint(scenario, state));
        continue;
      }
      if (line.trim() === '') continue;
      state = roleplay.respond(scenario, state, line);
      if (options.voice) state = (await roleplay.voiceLastTurn(scenario, state, options.voice)).state;
      ctx.stdout.write(formatTurn(scenario, state.turns[state.turns.length - 1] as roleplay.Turn));
    }
    ctx.stdout.write(`\n${formatDebrief(roleplay.debrief(scenario, state))}`);
    return state;
  } finally {
    read.close();
  }
}
