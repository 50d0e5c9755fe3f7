import { basename } from 'node:path';
import { HELP_DESK_FORMATS, type HelpDeskFormat, type ImportSummary, importFile } from '@rapport/server';
import { Presets, SingleBar } from 'cli-progress';
import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';
import { CLI_ANALYZER } from './cli-analyzer.js';
import { WORKSPACE_HELP, withWorkspace } from './open-workspace.js';

/** Exit status when the import stored what it could but skipped some rows. */
export const EXIT_ROWS_SKIPPED = EXIT.partial;

interface ImportFlags {
  format?: HelpDeskFormat;
  source?: string;
  workspace?: string;
  batchSize: string;
  progress: boolean;
  json?: boolean;
}

/**
 * `rapport import FILE --format zendesk|freshdesk|intercom|csv|jsonl`: streams a help-desk export
 * into the workspace (analysing customer messages and remembering what customers said), with a
 * progress bar and a summary; bad rows are listed by line and skipped. Importing the same file
 * again changes nothing; an updated ticket is updated.
 * @example rapport import tickets.json --format zendesk
 */
export function importCommand(ctx: CliContext): Command {
  return new Command('import')
    .description(
      'import conversations from a Zendesk, Freshdesk or Intercom export, or a CSV / JSON Lines file',
    )
    .argument('<file>', 'the export file')
    .addOption(new Option('--format <format>', 'what the file is (required)').choices(HELP_DESK_FORMATS))
    .option(
      '--source <name>',
      'name stored as the rows’ source (default: the format); ids are unique per source',
    )
    .option('--workspace <slug>', WORKSPACE_HELP)
    .option('--batch-size <n>', 'messages per transaction', '500')
    .option('--no-progress', 'no progress bar')
    .option('--json', 'print the summary as JSON')
    .action((file: string, flags: ImportFlags) =>
      withWorkspace(ctx, flags.workspace, async (scope, workspace) => {
        const format = flags.format;
        if (format === undefined)
          throw new UsageError(`--format: required, one of ${HELP_DESK_FORMATS.join(', ')}`);
        const batchSize = Number(flags.batchSize);
        if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5000) {
          throw new UsageError('--batch-size: must be a whole number from 1 to 5000');
        }
        const bar = flags.progress ? progressBar(ctx) : undefined;
        let barStarted = false;
        const started = performance.now();
        let summary: ImportSummary;
        try {
          summary = await importFile(scope, file, {
            format,
            analyzer: CLI_ANALYZER,
            batchSize,
            ...(flags.source !== undefined && { source: flags.source }),
            ...(bar && {
              onProgress: (p) => {
                if (!barStarted) bar.start(p.totalBytes, 0, { messages: 0, skipped: 0 });
                barStarted = true;
                bar.update(p.bytesRead, { messages: p.messages, skipped: p.problems });
              },
            }),
          });
        } catch (error) {
          bar?.stop();
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${file}: no such file`);
          throw error;
        }
        if (bar && barStarted) bar.update(bar.getTotal());
        bar?.stop();
        const seconds = (performance.now() - started) / 1000;
        if (flags.json)
          ctx.stdout.write(
            `${JSON.stringify({ file, workspace: workspace.slug, seconds, ...summary }, null, 2)}\n`,
          );
        else ctx.stdout.write(renderSummary(basename(file), workspace.slug, seconds, summary));
        if (summary.skipped > 0) process.exitCode = EXIT_ROWS_SKIPPED;
      }),
    );
}

function progressBar(ctx: CliContext): SingleBar {
  return new SingleBar(
    {
      stream: ctx.stderr as NodeJS.WritableStream,
      format:
        'Importing |{bar}| {percentage}% | {messages} messages | {skipped} skipped | {eta_formatted} left',
      hideCursor: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
}

function renderSummary(file: string, workspace: string, seconds: number, s: ImportSummary): string {
  const counts = (c: ImportSummary['messages']) =>
    `${c.created} new, ${c.updated} updated, ${c.unchanged} unchanged`;
  const lines = [
    `Imported ${file} (${s.source}) into ${workspace} in ${seconds.toFixed(1)} s`,
    `  conversations  ${counts(s.conversations)}`,
    `  messages       ${counts(s.messages)}`,
    `  customers      ${counts(s.customers)}`,
    `  analysed ${s.analysed} customer messages, remembered ${s.facts} facts, redacted ${s.redacted} card numbers or secrets`,
  ];
  if (s.skipped > 0) {
    lines.push(`  skipped ${s.skipped} ${s.skipped === 1 ? 'row' : 'rows'}:`);
    for (const p of s.problems) lines.push(`    line ${p.line}: ${p.problem}`);
    if (s.skipped > s.problems.length) lines.push(`    ... and ${s.skipped - s.problems.length} more`);
  }
  return `${lines.join('\n')}\n`;
}
