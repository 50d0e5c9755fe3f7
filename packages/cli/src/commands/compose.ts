import { createInterface } from 'node:readline';
import {
  type Channel,
  type ChatFn,
  type ComposeInput,
  type ComposeResult,
  compose,
  composeWithModel,
} from '@rapport/engine';
import { createOpenAiChat, loadConfig } from '@rapport/server';
import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { repeatable } from './repeatable.js';

const CHANNELS: readonly Channel[] = ['email', 'chat', 'public'];

/** One JSON Lines input, checked at the edge: a bad line is answered with an error, not a crash. */
type LineProblem = { code: 'bad_json' | 'bad_input'; message: string };

function readLine(
  line: string,
): { id: unknown; input: ComposeInput } | { id: unknown; problem: LineProblem } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, problem: { code: 'bad_json', message: 'the line is not valid JSON' } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, problem: { code: 'bad_input', message: 'each line must be a JSON object' } };
  }
  const o = value as Record<string, unknown>;
  const id = o.id ?? null;
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
  const bad = (message: string) => ({ id, problem: { code: 'bad_input' as const, message } });
  if (typeof o.customer !== 'string' && !strings(o.customer))
    return bad('"customer" must be a string or strings');
  if (o.customerName !== undefined && typeof o.customerName !== 'string')
    return bad('"customerName" must be a string');
  if (o.agentName !== undefined && typeof o.agentName !== 'string')
    return bad('"agentName" must be a string');
  if (o.options !== undefined && !strings(o.options)) return bad('"options" must be an array of strings');
  if (o.facts !== undefined && !strings(o.facts)) return bad('"facts" must be an array of strings');
  if (o.previousReplies !== undefined && !strings(o.previousReplies)) {
    return bad('"previousReplies" must be an array of strings');
  }
  if (o.nextStep !== undefined && typeof o.nextStep !== 'string') return bad('"nextStep" must be a string');
  if (o.channel !== undefined && !CHANNELS.includes(o.channel as Channel)) {
    return bad(`"channel" must be one of ${CHANNELS.join(', ')}`);
  }
  if (o.seed !== undefined && !Number.isInteger(o.seed)) return bad('"seed" must be a whole number');
  const input: ComposeInput = { customer: o.customer as string | string[] };
  if (typeof o.customerName === 'string') input.customerName = o.customerName;
  if (typeof o.agentName === 'string') input.agentName = o.agentName;
  if (o.options) input.options = o.options as string[];
  if (o.facts) input.facts = o.facts as string[];
  if (o.previousReplies) input.previousReplies = o.previousReplies as string[];
  if (typeof o.nextStep === 'string') input.nextStep = o.nextStep;
  if (o.channel) input.channel = o.channel as Channel;
  if (typeof o.seed === 'number') input.seed = o.seed;
  return { id, input };
}

interface ComposeFlags {
  jsonl?: boolean;
  json?: boolean;
  name?: string;
  agent?: string;
  option: string[];
  fact: string[];
  next?: string;
  channel: Channel;
  seed: string;
  offline?: boolean;
}

async function run(input: ComposeInput, chat: ChatFn | null): Promise<ComposeResult & { note?: string }> {
  if (!chat) return compose(input);
  const result = await composeWithModel(input, chat);
  if (result.model.status === 'failed')
    return { ...result, note: `model unavailable: ${result.model.error.message}` };
  return result;
}

function printForPerson(ctx: CliContext, result: ComposeResult & { note?: string }): void {
  const { draft, alternatives, mood } = result;
  const out: string[] = [];
  out.push(`Feeling: ${mood.kind} (${mood.strength})${mood.apologise ? ', apology warranted' : ''}`);
  if (result.paraphrase) out.push(`Their problem, in our words: ${result.paraphrase.text}`);
  if (result.note) out.push(result.note);
  out.push('', `Draft (coach ${draft.coach.score}/100, ${draft.source}):`, '', draft.text, '');
  alternatives.forEach((alt, i) => {
    out.push(`Alternative ${i + 1} (coach ${alt.coach.score}/100):`, '', alt.text, '');
  });
  const flagged = draft.coach.checks.filter((c) => c.status === 'improve' || c.status === 'warn');
  if (flagged.length > 0) {
    out.push('Coach notes on the draft:');
    for (const c of flagged) out.push(`  - ${c.id}: ${c.message}`);
  }
  ctx.stdout.write(`${out.join('\n')}\n`);
}

/**
 * `rapport compose "message"` drafts a reply for a person; `rapport compose --jsonl` reads
 * `{"id","customer","customerName"?,"options"?,"nextStep"?,"channel"?}` lines and writes
 * `{"id","draft","alternatives","coach"}` lines, in order, streaming.
 */
export function composeCommand(ctx: CliContext): Command {
  return new Command('compose')
    .description('draft an empathetic reply (and two alternatives) to a customer message')
    .argument('[message]', 'the customer message (omit with --jsonl)')
    .option('--jsonl', 'read JSON Lines on stdin, write one JSON line per input')
    .option('--json', 'print the full result as JSON instead of a readable report')
    .option('--name <name>', "the customer's name")
    .option('--agent <name>', "the agent's name, for the sign-off")
    .option('--option <text>', 'a resolution option the team can offer (repeatable)', repeatable, [])
    .option('--fact <text>', 'something remembered about the customer (repeatable)', repeatable, [])
    .option('--next <text>', 'the next step, e.g. "refund the charge by Friday"')
    .addOption(new Option('--channel <channel>', 'where the reply goes').choices(CHANNELS).default('email'))
    .option('--seed <n>', 'seed for the choice of phrasings', '0')
    .option('--offline', 'do not call the language model even when RAPPORT_LLM_* is configured')
    .action(async (message: string | undefined, flags: ComposeFlags) => {
      const config = loadConfig(ctx.env);
      const chat = config.llm && !flags.offline ? createOpenAiChat(config.llm) : null;
      if (flags.jsonl) {
        const lines = createInterface({ input: ctx.stdin, crlfDelay: Number.POSITIVE_INFINITY });
        for await (const line of lines) {
          if (line.trim() === '') continue;
          const parsed = readLine(line);
          if ('problem' in parsed) {
            ctx.stdout.write(`${JSON.stringify({ id: parsed.id, error: parsed.problem })}\n`);
            process.exitCode = EXIT.partial;
            continue;
          }
          const result = await run(parsed.input, chat);
          const record = {
            id: parsed.id,
            draft: result.draft.text,
            alternatives: result.alternatives.map((a) => a.text),
            coach: result.draft.coach,
          };
          ctx.stdout.write(`${JSON.stringify(record)}\n`);
        }
        return;
      }
      if (message === undefined || message.trim() === '') {
        ctx.stderr.write('rapport compose: give a customer message, or use --jsonl\n');
        process.exitCode = EXIT.usage;
        return;
      }
      const seed = Number.parseInt(flags.seed, 10);
      const input: ComposeInput = {
        customer: message,
        channel: flags.channel,
        seed: Number.isFinite(seed) ? seed : 0,
        options: flags.option,
        facts: flags.fact,
      };
      if (flags.name) input.customerName = flags.name;
      if (flags.agent) input.agentName = flags.agent;
      if (flags.next) input.nextStep = flags.next;
      const result = await run(input, chat);
      if (flags.json) ctx.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else printForPerson(ctx, result);
    });
}
