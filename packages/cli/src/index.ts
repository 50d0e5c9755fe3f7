import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import type { CliContext } from './context.js';

export type { CommandFactory } from './commands/index.js';
export { DEFAULT_DATA_DIR, DEFAULT_MODEL_FILE, DEFAULT_OWN_DATA_DIR } from './commands/train.js';
export {
  type CorpusHomes,
  corpusList,
  type LoadedCorpus,
  loadCorpus,
} from './commands/train-corpora.js';
export type { CliContext } from './context.js';

const VERSION = '0.1.0';

/** Builds the `rapport` program; exported so tests can drive it in-process. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('rapport')
    .description('Rapport: an emotional-intelligence layer for customer service')
    .version(VERSION, '-v, --version')
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
    })
    .exitOverride();
  for (const factory of commands) program.addCommand(factory(ctx));
  return program;
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
    if (error instanceof CommanderError) return error.exitCode;
    context.stderr.write(`rapport: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
