import { readFile } from 'node:fs/promises';
import { type ChatFn, roleplay } from '@rapport/engine';
import { conversationScenario, createOpenAiChat, loadConfig } from '@rapport/server';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { UsageError } from '../usage-error.js';
import { withWorkspace } from './open-workspace.js';
import { formatBrief, formatDebrief, formatList, formatTurn, sessionJson } from './roleplay/format.js';
import { playInteractive } from './roleplay/interactive.js';

interface RoleplayOptions {
  list?: boolean;
  json?: boolean;
  scenario?: string;
  replies?: string;
  seed: string;
  conversation?: string;
  workspace?: string;
  voice?: boolean;
}

/**
 * Trainee replies from a file: a JSON array of strings, or one reply per line (blank lines skipped).
 * @example readReplies('["Hi Maria...", "Thank you..."]') // ['Hi Maria...', 'Thank you...']
 */
export function parseReplies(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      throw new UsageError(
        `--replies: the file starts with "[" but is not valid JSON (${(error as Error).message})`,
      );
    }
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      throw new UsageError('--replies: a JSON file must be an array of strings, one reply each');
    }
    return value.filter((v) => v.trim() !== '');
  }
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

function parseSeed(text: string): number {
  if (!/^\d{1,10}$/.test(text) || Number(text) > 0xffffffff) {
    throw new UsageError(`--seed must be a whole number from 0 to 4294967295, not "${text}"`);
  }
  return Number(text);
}

/** The scenario named by --scenario, or built from --conversation in the configured database. */
async function chooseScenario(
  ctx: CliContext,
  opts: RoleplayOptions,
): Promise<roleplay.Scenario | undefined> {
  if (opts.conversation !== undefined) return storedScenario(ctx, opts.conversation, opts.workspace);
  if (opts.scenario === undefined) return undefined;
  const found = roleplay.findScenario(opts.scenario);
  if (!found) throw new UsageError(`--scenario: no scenario "${opts.scenario}"; see rapport roleplay --list`);
  return found;
}

async function storedScenario(
  ctx: CliContext,
  conversationId: string,
  slug?: string,
): Promise<roleplay.Scenario> {
  return withWorkspace(ctx, slug, async (scope) => {
    const made = await conversationScenario(scope, conversationId);
    if (!made.ok) throw new Error(`--conversation: ${made.problem.message}`);
    return made.scenario;
  });
}

/** Plays the replies from a file in order; replies after the session ended are counted, not played. */
async function playReplies(
  scenario: roleplay.Scenario,
  replies: readonly string[],
  seed: number,
  voice: ChatFn | null,
) {
  let state = roleplay.startSession(scenario, { seed });
  let used = 0;
  const voices: string[] = [];
  for (const reply of replies) {
    if (state.status !== 'active') break;
    state = roleplay.respond(scenario, state, reply);
    if (voice) {
      const voiced = await roleplay.voiceLastTurn(scenario, state, voice);
      state = voiced.state;
      voices.push(voiced.outcome.status);
    }
    used++;
  }
  return { state, unused: replies.length - used, voices };
}

/** The language model that voices the customer, when asked for and configured. */
function voiceOf(ctx: CliContext, opts: RoleplayOptions): ChatFn | null {
  if (!opts.voice) return null;
  const { llm } = loadConfig(ctx.env);
  if (!llm)
    throw new UsageError(
      '--voice needs RAPPORT_LLM_BASE_URL and RAPPORT_LLM_MODEL (an OpenAI-compatible endpoint)',
    );
  return createOpenAiChat({ ...llm, timeoutMs: 20_000 });
}

async function run(ctx: CliContext, opts: RoleplayOptions): Promise<void> {
  const seed = parseSeed(opts.seed);
  if (opts.list) {
    ctx.stdout.write(
      opts.json
        ? `${JSON.stringify(roleplay.SCENARIOS.map(roleplay.scenarioView), null, 2)}\n`
        : formatList(roleplay.SCENARIOS),
    );
    return;
  }
  const scenario = await chooseScenario(ctx, opts);
  const voice = voiceOf(ctx, opts);
  if (opts.replies === undefined) {
    if (opts.json) throw new UsageError('--json needs --replies FILE (or --list)');
    await playInteractive(ctx, { ...(scenario && { scenario }), seed, voice });
    return;
  }
  if (!scenario) throw new UsageError('--replies needs --scenario ID or --conversation ID');
  let text: string;
  try {
    text = await readFile(opts.replies, 'utf8');
  } catch (error) {
    throw new UsageError(
      `--replies: cannot read ${opts.replies} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const replies = parseReplies(text);
  if (replies.length === 0) throw new UsageError(`--replies: ${opts.replies} holds no replies`);
  const { state, unused, voices } = await playReplies(scenario, replies, seed, voice);
  const debrief = roleplay.debrief(scenario, state);
  if (opts.json) {
    const json = sessionJson(scenario, state, debrief, unused);
    const turns = json.turns.map((t, i) => (voice ? { ...t, voice: voices[i] } : t));
    ctx.stdout.write(`${JSON.stringify({ ...json, turns }, null, 2)}\n`);
    return;
  }
  const out = [formatBrief(scenario, state)];
  for (const turn of state.turns) out.push(`You: ${turn.reply}\n`, formatTurn(scenario, turn));
  if (unused > 0)
    out.push(
      `(${unused} more ${unused === 1 ? 'reply was' : 'replies were'} not played: the session had ended)\n`,
    );
  out.push(formatDebrief(debrief));
  ctx.stdout.write(out.join('\n'));
}

/**
 * `rapport roleplay`: practise on simulated customers whose feelings respond to each reply.
 * @example rapport roleplay --list
 * @example rapport roleplay --scenario charged-twice --replies replies.txt --json
 */
export function roleplayCommand(ctx: CliContext): Command {
  return new Command('roleplay')
    .description('practise on simulated customers whose feelings respond to what you write')
    .option('--list', 'list the scenarios (ids, titles, personas)')
    .option('--json', 'print JSON (with --list, or with --replies: transcript and debrief)')
    .option('--scenario <id>', 'the scenario to play (see --list)')
    .option('--conversation <id>', 'practise a stored conversation that went badly (uses the database)')
    .option('--workspace <slug>', 'the workspace of --conversation (default: the only one besides the demo)')
    .option('--replies <file>', 'play replies from a file (one per line, or a JSON array) instead of typing')
    .option(
      '--voice',
      'let the language model in RAPPORT_LLM_* word the customer (the simulation still decides)',
    )
    .option('--seed <n>', 'chooses the opening and the customer’s wording; same seed, same session', '0')
    .action((opts: RoleplayOptions) => run(ctx, opts));
}
