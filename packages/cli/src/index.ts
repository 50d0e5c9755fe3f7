import { ConfigError } from '@rapport/server';
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import type { CliContext } from './context.js';
import { EXIT } from './exit-codes.js';
import { UsageError } from './usage-error.js';

export type { CommandFactory } from './commands/index.js';
export { DEFAULT_DATA_DIR, DEFAULT_MODEL_FILE, DEFAULT_OWN_DATA_DIR } from './commands/train.js';
export { agreementTable, DEFAULT_COACH_MODEL_FILE, loadAgentSentences } from './commands/train-coach.js';
export {
  type CorpusHomes,
  corpusList,
  type LoadedCorpus,
  loadCorpus,
} from './commands/train-corpora.js';
export { DEFAULT_INTENT_MODEL_FILE, loadComposeEval, loadIntentExamples } from './commands/train-intent.js';
export type { CliContext } from './context.js';
export { EXIT, type ExitCode } from './exit-codes.js';
export { UsageError } from './usage-error.js';

const VERSION = '0.1.0';

/** Builds the `rapport` program; exported so tests can drive it in-process. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('rapport')
    .description('Rapport: an emotional-intelligence layer for customer service')
    .version(VERSION, '-v, --version')
    .option('--verbose', 'log progress (info level) on standard error; LOG_LEVEL sets any level')
    .hook('preAction', (_program, verb) => {
      ctx.verbose = verb.optsWithGlobals().verbose === true;
    });
  for (const factory of commands) program.addCommand(factory(ctx));
  routeOutput(program, ctx);
  return program;
}

/**
 * Commander copies output and exit settings only to subcommands made with `.command()`, not to
 * those added with `.addCommand()`; set them on every level, so that a usage error anywhere goes
 * to the context's streams and comes back as an exit code instead of ending the process.
 */
function routeOutput(command: Command, ctx: CliContext): void {
  command
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
    })
    .exitOverride();
  for (const sub of command.commands) routeOutput(sub, ctx);
}

/**
 * Runs the CLI and resolves to the exit code.
 * @example await main(['node', 'rapport', 'analyze', 'I was charged twice!'])
 */
export async function main(argv: string[], ctx: Partial<CliContext> = {}): Promise<number> {
  const context: CliContext = {
    env: ctx.env ?? process.env,
    stdin: ctx.stdin ?? process.stdin,
    stdout: ctx.stdout ?? process.stdout,
    stderr: ctx.stderr ?? process.stderr,
  };
  try {
    await buildProgram(context).parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    // Commander has already printed its message (or the help that was asked for).
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    context.stderr.write(`rapport: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof UsageError || error instanceof ConfigError ? EXIT.usage : EXIT.failed;
  }
}
