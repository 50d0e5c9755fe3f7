import { createReadStream, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import {
  buildReviewReport,
  IMPORT_FORMATS,
  type ImportFormat,
  importPosts,
  parseMappingPairs,
  REPORT_FORMATS,
  type ReportFormat,
  reportToCsv,
  reportToHtml,
} from '@rapport/server';
import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';
import { WORKSPACE_HELP, withWorkspace } from './open-workspace.js';
import { repeatable } from './repeatable.js';

/** Exit status when the import stored what it could but some records were rejected. */
export const EXIT_SOME_REJECTED = EXIT.partial;

/**
 * `rapport reviews`: voice of the customer. `import` reads public reviews and social posts from
 * CSV, JSON or JSON Lines; `report` shows complaint reasons, emotions over time and the posts to
 * answer first, with public reply drafts.
 * @example rapport reviews import reviews.csv --source trustpilot && rapport reviews report --format html --out voc.html
 */
export function reviewsCommand(ctx: CliContext): Command {
  const command = new Command('reviews').description(
    'voice of the customer: import public reviews and posts, report reasons, trends and what to answer first',
  );

  command
    .command('import')
    .description('import reviews or posts (columns: id, source, author, rating, date, text, url, reach)')
    .argument('<file>', 'the file to read, or - for standard input')
    .addOption(
      new Option('--format <format>', 'file format (default: from the file name)').choices(IMPORT_FORMATS),
    )
    .option('--source <name>', 'source for rows that do not name one (e.g. trustpilot)')
    .option(
      '--map <field=Column>',
      'read a field from a differently named column, e.g. --map "text=Review Body" (repeatable)',
      repeatable,
    )
    .option('--workspace <slug>', WORKSPACE_HELP)
    .action(
      (
        file: string,
        options: { format?: ImportFormat; source?: string; map?: string[]; workspace?: string },
      ) =>
        withWorkspace(ctx, options.workspace, async (ws) => {
          const format = options.format ?? formatOf(file);
          const mapping = parseMappingPairs(options.map ?? []);
          const input = file === '-' ? ctx.stdin : createReadStream(file);
          const result = await importPosts(ws, input, {
            format,
            mapping,
            ...(options.source !== undefined && { source: options.source }),
          });
          ctx.stdout.write(
            `Read ${result.read} records: ${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged, ${result.rejected} rejected.\n`,
          );
          for (const rejected of result.rejections) {
            const why = rejected.problems.map((p) => `${p.field} ${p.message}`).join('; ');
            ctx.stderr.write(`${file}: ${rejected.at}: ${why}\n`);
          }
          if (result.rejected > result.rejections.length) {
            ctx.stderr.write(`... and ${result.rejected - result.rejections.length} more rejected records\n`);
          }
          if (result.rejected > 0) process.exitCode = EXIT_SOME_REJECTED;
        }),
    );

  command
    .command('report')
    .description('complaint reasons, emotions and reasons over time, and the posts to answer first')
    .addOption(new Option('--format <format>', 'output format').choices(REPORT_FORMATS).default('json'))
    .addOption(new Option('--period <period>', 'trend buckets').choices(['week', 'month']).default('month'))
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, YYYY-MM-DD (included)')
    .option('--source <name>', 'only posts from this source')
    .option('--top <n>', 'posts in the priority list, each with a public reply draft', '20')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--workspace <slug>', WORKSPACE_HELP)
    .action(
      (options: {
        format: ReportFormat;
        period: 'week' | 'month';
        from?: string;
        to?: string;
        source?: string;
        top: string;
        out?: string;
        workspace?: string;
      }) =>
        withWorkspace(ctx, options.workspace, async (ws) => {
          const top = Number(options.top);
          if (!Number.isInteger(top) || top < 1 || top > 1000)
            throw new UsageError('--top: must be a whole number from 1 to 1000');
          const report = await buildReviewReport(ws, {
            period: options.period,
            top,
            ...(options.from !== undefined && { from: dayStart(options.from, '--from') }),
            ...(options.to !== undefined && { to: dayAfter(options.to, '--to') }),
            ...(options.source !== undefined && { source: options.source }),
          });
          const text =
            options.format === 'csv'
              ? reportToCsv(report)
              : options.format === 'html'
                ? reportToHtml(report)
                : `${JSON.stringify(report, null, 2)}\n`;
          if (options.out) {
            writeFileSync(options.out, text);
            ctx.stdout.write(`Wrote the ${options.format} report to ${options.out}.\n`);
          } else ctx.stdout.write(text);
        }),
    );
  return command;
}

function formatOf(file: string): ImportFormat {
  const ext = extname(file).slice(1).toLowerCase();
  if (ext === 'ndjson') return 'jsonl';
  if ((IMPORT_FORMATS as readonly string[]).includes(ext)) return ext as ImportFormat;
  throw new UsageError(`--format: cannot tell the format of "${file}"; give --format csv, json or jsonl`);
}

function dayStart(day: string, flag: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
    throw new UsageError(`${flag}: "${day}" is not a date written YYYY-MM-DD`);
  }
  const iso = new Date(`${day}T00:00:00Z`).toISOString();
  if (iso.slice(0, 10) !== day) throw new UsageError(`${flag}: ${day} is not a day of the calendar`);
  return iso;
}

function dayAfter(day: string, flag: string): string {
  return new Date(Date.parse(dayStart(day, flag)) + 86_400_000).toISOString();
}
