import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { type CoachInput, type CoachResult, coach } from '@rapport/engine';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { readLines } from './jsonLines.js';
import { repeatable } from './repeatable.js';

/** Why a `coach --jsonl` line was not coached. */
export type CoachLineError =
  | { code: 'bad_json'; message: string }
  | { code: 'bad_shape'; message: string }
  | { code: 'line_too_long'; message: string };

async function writeLine(out: Writable, value: unknown): Promise<void> {
  if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Checks one parsed line at the edge; returns the coach input or what is wrong with it. */
export function readCoachLine(value: unknown): { input: CoachInput } | { error: CoachLineError } {
  const shape = (message: string) => ({ error: { code: 'bad_shape' as const, message } });
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return shape('each line must be a JSON object');
  const o = value as Record<string, unknown>;
  if (typeof o.reply !== 'string') return shape('expected {"id": ..., "reply": "...", "customer"?: "..."}');
  if (o.customer !== undefined && typeof o.customer !== 'string' && !strings(o.customer)) {
    return shape('"customer" must be a string or an array of strings');
  }
  if (o.customerName !== undefined && typeof o.customerName !== 'string')
    return shape('"customerName" must be a string');
  if (o.facts !== undefined && !strings(o.facts)) return shape('"facts" must be an array of strings');
  if (o.previousReplies !== undefined && !strings(o.previousReplies)) {
    return shape('"previousReplies" must be an array of strings');
  }
  const input: CoachInput = { reply: o.reply };
  if (o.customer !== undefined) input.customer = o.customer as string | string[];
  if (typeof o.customerName === 'string') input.customerName = o.customerName;
  if (o.facts !== undefined) input.facts = o.facts as string[];
  if (o.previousReplies !== undefined) input.previousReplies = o.previousReplies as string[];
  return { input };
}

type CoachLineOut = { id: unknown; error: CoachLineError } | ({ id: unknown } & CoachResult);

/** Coaches one JSON line, or says why it cannot. */
function coachLine(text: string): CoachLineOut {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { id: null, error: { code: 'bad_json', message: e instanceof Error ? e.message : String(e) } };
  }
  const id =
    typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : null;
  const read = readCoachLine(value);
  return 'error' in read ? { id, error: read.error } : { id, ...coach(read.input) };
}

/** Reads `{id, reply, customer?}` lines and writes `{id, ...coach result}` lines in order, streaming. */
export async function coachJsonLines(ctx: CliContext): Promise<{ lines: number; errors: number }> {
  let lines = 0;
  let errors = 0;
  for await (const line of readLines(ctx.stdin)) {
    if (line.ok && line.text.trim() === '') continue;
    lines++;
    const out: CoachLineOut = line.ok
      ? coachLine(line.text)
      : { id: null, error: { code: 'line_too_long', message: `line of ${line.bytes} bytes skipped` } };
    if ('error' in out) errors++;
    await writeLine(ctx.stdout, out);
  }
  return { lines, errors };
}

const MARK: Record<string, string> = { pass: '✓', improve: '△', warn: '✗', skip: '·' };

/**
 * The coach result as a report for a person at a terminal: score, each check with its mark, the
 * words it concerns and the suggested rewrite.
 */
export function formatCoach(result: CoachResult): string {
  const out: string[] = [];
  const cap = result.working.cap
    ? ` (capped at ${result.working.cap.limit}: ${result.working.cap.because.join(', ')})`
    : '';
  out.push(
    `Score ${result.score}/100  — earned ${result.working.earned} of ${result.working.possible}${cap}`,
  );
  out.push('');
  for (const c of result.checks) {
    const weight = c.status === 'skip' ? '' : `  [${c.earned}/${c.weight}]`;
    out.push(`${MARK[c.status]} ${c.id.padEnd(13)} ${c.status.padEnd(7)} ${c.message}${weight}`);
    if (c.status === 'skip') {
      out.push(`                          ${c.why}`);
      continue;
    }
    const quoted = c.spans
      .slice(0, 3)
      .map((s) => `"${s.text.length > 60 ? `${s.text.slice(0, 57)}...` : s.text}"`);
    if (quoted.length > 0) out.push(`                          at ${quoted.join(', ')}`);
    if (c.suggestion !== undefined && c.suggestion.text.trim() !== '') {
      const where =
        c.suggestion.replace === undefined
          ? ''
          : c.suggestion.replace.start === c.suggestion.replace.end
            ? ` (insert at ${c.suggestion.replace.start})`
            : ` (instead of "${c.suggestion.replace.text}")`;
      out.push(`                          → ${c.suggestion.text.trim()}${where}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * `rapport coach --customer "..." "draft"` prints a report (`--customer` again for each earlier message); `rapport coach --jsonl` streams JSON Lines.
 * @example rapport coach --customer "My parcel never came!" "Please wait 5 days."
 */
export function coachCommand(ctx: CliContext): Command {
  return new Command('coach')
    .description('check a draft reply for empathy and clarity before sending')
    .argument('[reply...]', 'the draft reply')
    .option('--customer <text>', "the customer's message the draft answers (repeatable)", repeatable)
    .option('--name <name>', "the customer's name")
    .option('--fact <fact>', 'something we remember about the customer (repeatable)', repeatable)
    .option('--previous <reply>', 'an earlier reply, to spot repeated templates (repeatable)', repeatable)
    .option('--json', 'print the coach result as JSON')
    .option('--jsonl', 'read {"id","reply","customer"?} JSON Lines on stdin, write one result per line')
    .action(
      async (
        words: string[],
        opts: {
          customer?: string[];
          name?: string;
          fact?: string[];
          previous?: string[];
          json?: boolean;
          jsonl?: boolean;
        },
      ) => {
        if (opts.jsonl) {
          const { errors } = await coachJsonLines(ctx);
          if (errors > 0) process.exitCode = EXIT.partial;
          return;
        }
        const reply = words.join(' ');
        if (reply.trim() === '') {
          ctx.stderr.write(
            'rapport coach: give a draft reply, or use --jsonl to read JSON Lines from stdin\n',
          );
          process.exitCode = EXIT.usage;
          return;
        }
        const result = coach({
          reply,
          ...(opts.customer !== undefined ? { customer: opts.customer } : {}),
          ...(opts.name !== undefined ? { customerName: opts.name } : {}),
          ...(opts.fact !== undefined ? { facts: opts.fact } : {}),
          ...(opts.previous !== undefined ? { previousReplies: opts.previous } : {}),
        });
        ctx.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatCoach(result));
      },
    );
}
