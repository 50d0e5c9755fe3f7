import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { type Analysis, analyze } from '@rapport/engine';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { readLines } from './jsonLines.js';

/** An error line of `analyze --jsonl`: the input line's id (when readable) and what was wrong. */
export type JsonlError =
  | { code: 'bad_json'; message: string }
  | { code: 'bad_shape'; message: string }
  | { code: 'line_too_long'; message: string };

async function writeLine(out: Writable, value: unknown): Promise<void> {
  if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
}

function idOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : null;
}

/** Reads `{id, text}` lines and writes `{id, ...analysis}` lines in order; bad lines become error lines. */
export async function analyzeJsonLines(ctx: CliContext): Promise<{ lines: number; errors: number }> {
  let lines = 0;
  let errors = 0;
  for await (const line of readLines(ctx.stdin)) {
    if (line.ok && line.text.trim() === '') continue;
    lines++;
    let error: JsonlError | undefined;
    let id: unknown = null;
    let result: Analysis | undefined;
    if (!line.ok) {
      error = { code: 'line_too_long', message: `line of ${line.bytes} bytes skipped` };
    } else {
      try {
        const value: unknown = JSON.parse(line.text);
        id = idOf(value);
        const text =
          typeof value === 'object' && value !== null ? (value as { text?: unknown }).text : undefined;
        if (typeof text !== 'string')
          error = { code: 'bad_shape', message: 'expected {"id": ..., "text": "..."}' };
        else result = analyze(text);
      } catch (e) {
        error = { code: 'bad_json', message: e instanceof Error ? e.message : String(e) };
      }
    }
    if (error !== undefined) errors++;
    await writeLine(ctx.stdout, error === undefined ? { id, ...result } : { id, error });
  }
  return { lines, errors };
}

/** A few readable lines for a person at a terminal. */
export function formatAnalysis(a: Analysis): string {
  const out: string[] = [];
  if (a.problem !== undefined) return `Cannot analyse: ${a.problem.message}\n`;
  const lang = a.language.supported
    ? a.language.code
    : `${a.language.code} (not supported: no emotions read)`;
  out.push(
    `Sentiment  ${a.sentiment.label} (${a.sentiment.score.toFixed(2)})   intensity ${a.intensity.toFixed(2)}   language ${lang}`,
  );
  if (a.emotions.length === 0) out.push('Emotions   none detected');
  for (const e of a.emotions) {
    const why = e.evidence.map((s) => `"${s.text}" [${s.source}]`).join(', ');
    out.push(`Emotion    ${e.label.padEnd(15)} ${e.score.toFixed(2)}${why === '' ? '' : `  ← ${why}`}`);
  }
  if (a.fine.length > 0)
    out.push(`Fine       ${a.fine.map((f) => `${f.label} ${f.score.toFixed(2)}`).join(', ')}`);
  if (a.intent.score > 0) {
    const why = a.intent.evidence.map((s) => `"${s.text}"`).join(', ');
    const or = a.intent.alternative
      ? ` (or ${a.intent.alternative.label} ${a.intent.alternative.score.toFixed(2)})`
      : '';
    out.push(
      `Intent     ${a.intent.label} ${a.intent.score.toFixed(2)}${or}${why === '' ? '' : `  ← ${why}`}`,
    );
  }
  for (const d of a.details) out.push(`Detail     ${d.kind.padEnd(20)} "${d.text}"`);
  for (const c of a.cues) out.push(`Cue        ${c.kind.padEnd(20)} "${c.text}"`);
  const reasons = a.risk.reasons.length > 0 ? `  (${a.risk.reasons.join('; ')})` : '';
  out.push(
    `Risk       escalation ${a.risk.escalation.toFixed(2)}, churn ${a.risk.churn.toFixed(2)}${reasons}`,
  );
  return `${out.join('\n')}\n`;
}

/**
 * `rapport analyze "text"` prints a readable reading; `rapport analyze --jsonl` streams JSON Lines.
 * @example rapport analyze "Third time I'm writing, still no refund!!"
 */
export function analyzeCommand(ctx: CliContext): Command {
  return new Command('analyze')
    .description('read the emotions, intent, details, cues and risk in customer messages')
    .argument('[text...]', 'the message to analyse')
    .option('--jsonl', 'read {"id","text"} JSON Lines on stdin, write one analysis per line')
    .option('--json', 'print the analysis of the text argument as JSON')
    .action(async (words: string[], opts: { jsonl?: boolean; json?: boolean }) => {
      if (opts.jsonl) {
        const { errors } = await analyzeJsonLines(ctx);
        if (errors > 0) process.exitCode = EXIT.partial;
        return;
      }
      const text = words.join(' ');
      if (text.trim() === '') {
        ctx.stderr.write('rapport analyze: give a text, or use --jsonl to read JSON Lines from stdin\n');
        process.exitCode = EXIT.usage;
        return;
      }
      const result = analyze(text);
      ctx.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatAnalysis(result));
    });
}
