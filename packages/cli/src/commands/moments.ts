import { readFile } from 'node:fs/promises';
import {
  formatRulesProblems,
  loadRules,
  OPT_OUT_SCOPES,
  type OptOutScope,
  OUTBOX_STATUSES,
  type OutboxStatus,
  optOutCustomer,
  parseRules,
  planWorkspace,
  rulesFormatOf,
} from '@rapport/server';
import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';
import { formatOutbox, formatPreview } from './moments/format-preview.js';
import { momentsWorkerCommand } from './moments/worker.js';
import { WORKSPACE_HELP, wholeNumber, withWorkspace } from './open-workspace.js';

const workspaceOption = () => new Option('--workspace <slug>', WORKSPACE_HELP);

/**
 * `rapport moments`: the defining moments a workspace creates for its customers (birthdays,
 * anniversaries, milestones, thank-yous, service recovery) — preview, rules, the review queue,
 * events, opt-outs and the delivery worker.
 */
export function momentsCommand(ctx: CliContext): Command {
  const command = new Command('moments').description(
    'moments: preview, rules, review queue, events, opt-outs and the delivery worker',
  );

  command
    .command('preview')
    .description('dry run: what would fire in the next N days, when (customer’s local time) and why')
    .option('--days <n>', 'how many days ahead', '30')
    .option('--json', 'print JSON instead of text')
    .addOption(workspaceOption())
    .action((options: { days: string; json?: boolean; workspace?: string }) =>
      withWorkspace(ctx, options.workspace, async (scope, workspace) => {
        const days = wholeNumber('--days', options.days, { max: 366 });
        const now = new Date();
        const plan = await planWorkspace(scope, { now, horizonDays: days, workspaceName: workspace.name });
        const until = new Date(now.getTime() + days * 86_400_000).toISOString();
        const queued = (await scope.moments.outbox.listScheduledSince(now.toISOString())).filter(
          (q) => (q.status === 'pending' || q.status === 'review') && q.scheduledFor <= until,
        );
        ctx.stdout.write(
          options.json
            ? `${JSON.stringify({ ...plan, queued }, null, 2)}\n`
            : formatPreview(plan, queued, days),
        );
      }),
    );

  const rules = command.command('rules').description('show, validate, set or reset the workspace’s rules');
  rules
    .command('show')
    .description('print the rules in force (the defaults until you set your own)')
    .addOption(workspaceOption())
    .action((options: { workspace?: string }) =>
      withWorkspace(ctx, options.workspace, async (scope) => {
        ctx.stdout.write((await loadRules(scope)).source);
      }),
    );
  rules
    .command('validate <file>')
    .description('check a YAML or JSON rules file; every problem is listed with its line')
    .action(async (file: string) => {
      const parsed = parseRules(await readFile(file, 'utf8'), rulesFormatOf(file));
      if (!parsed.ok) {
        ctx.stderr.write(
          `${file} has ${parsed.problems.length} problem(s):\n${formatRulesProblems(parsed.problems)}\n`,
        );
        process.exitCode = EXIT.failed;
        return;
      }
      ctx.stdout.write(`${file}: ${parsed.ruleSet.rules.length} rules, all valid\n`);
    });
  rules
    .command('set <file>')
    .description('validate a YAML or JSON rules file and make it the workspace’s rules')
    .addOption(workspaceOption())
    .action((file: string, options: { workspace?: string }) =>
      withWorkspace(ctx, options.workspace, async (scope, workspace) => {
        const source = await readFile(file, 'utf8');
        const format = rulesFormatOf(file);
        const parsed = parseRules(source, format);
        if (!parsed.ok) {
          ctx.stderr.write(
            `${file} was not saved; ${parsed.problems.length} problem(s):\n${formatRulesProblems(parsed.problems)}\n`,
          );
          process.exitCode = EXIT.failed;
          return;
        }
        await scope.moments.rules.put({ format, source });
        ctx.stdout.write(`Saved ${parsed.ruleSet.rules.length} rules for ${workspace.slug}\n`);
      }),
    );
  rules
    .command('reset')
    .description('go back to the default rule set')
    .addOption(workspaceOption())
    .action((options: { workspace?: string }) =>
      withWorkspace(ctx, options.workspace, async (scope) => {
        await scope.moments.rules.reset();
        ctx.stdout.write('Back to the default rules\n');
      }),
    );

  command
    .command('queue')
    .description('list moments: the review queue by default, or any status')
    .addOption(new Option('--status <status>', 'which moments').choices(OUTBOX_STATUSES).default('review'))
    .option('--json', 'print JSON')
    .addOption(workspaceOption())
    .action((options: { status: OutboxStatus; json?: boolean; workspace?: string }) =>
      withWorkspace(ctx, options.workspace, async (scope) => {
        const items = await scope.moments.outbox.list({ status: options.status, limit: 1000 });
        ctx.stdout.write(options.json ? `${JSON.stringify(items, null, 2)}\n` : formatOutbox(items));
      }),
    );
  command
    .command('approve <id>')
    .description('let a moment in the review queue go out, optionally reworded')
    .option('--subject <text>', 'a new subject')
    .option('--body-file <file>', 'a new body, read from this file')
    .option('--by <name>', 'who approved it', ctx.env.USER ?? 'cli')
    .addOption(workspaceOption())
    .action((id: string, options: { subject?: string; bodyFile?: string; by: string; workspace?: string }) =>
      withWorkspace(ctx, options.workspace, async (scope) => {
        const body = options.bodyFile === undefined ? undefined : await readFile(options.bodyFile, 'utf8');
        const item = await scope.moments.outbox.approve(id, {
          reviewer: options.by,
          ...(options.subject !== undefined && { subject: options.subject }),
          ...(body !== undefined && { body }),
        });
        ctx.stdout.write(
          `Approved ${item.id}; it goes out at ${item.scheduledFor} or as soon as the worker runs after that\n`,
        );
      }),
    );
  command
    .command('skip <id>')
    .description('decide a moment in the review queue should not go out')
    .option('--by <name>', 'who skipped it', ctx.env.USER ?? 'cli')
    .addOption(workspaceOption())
    .action((id: string, options: { by: string; workspace?: string }) =>
      withWorkspace(ctx, options.workspace, async (scope) => {
        await scope.moments.outbox.skip(id, { reviewer: options.by });
        ctx.stdout.write(`Skipped ${id}\n`);
      }),
    );

  command
    .command('event <customer-id> <type>')
    .description(
      'record an event (order.placed, offer.used, conversation.ended, complaint, problem.solved, custom.*)',
    )
    .option('--at <iso>', 'when it happened (default: now)')
    .option('--data <json>', 'event data as a JSON object, e.g. {"ending":"negative"}')
    .option('--key <key>', 'idempotency key: the same key records the event once')
    .addOption(workspaceOption())
    .action(
      (
        customerId: string,
        type: string,
        options: { at?: string; data?: string; key?: string; workspace?: string },
      ) =>
        withWorkspace(ctx, options.workspace, async (scope) => {
          let data: unknown;
          try {
            data = options.data === undefined ? undefined : JSON.parse(options.data);
          } catch {
            throw new UsageError('--data: must be a JSON object, e.g. {"offer":"spring-10"}');
          }
          const { event, created } = await scope.moments.events.record({
            customerId,
            type,
            occurredAt: options.at ?? new Date().toISOString(),
            ...(data !== undefined && { data: data as Record<string, never> }),
            ...(options.key !== undefined && { idempotencyKey: options.key }),
          });
          ctx.stdout.write(
            `${created ? 'Recorded' : 'Already recorded'} ${event.type} #${event.sequence} for ${customerId} (${event.id})\n`,
          );
        }),
    );

  command
    .command('opt-out <customer-id>')
    .description('stop moments for a customer (all, or one type); queued ones are cancelled')
    .addOption(new Option('--type <type>', 'which moments').choices(OPT_OUT_SCOPES).default('all'))
    .addOption(workspaceOption())
    .action((customerId: string, options: { type: OptOutScope; workspace?: string }) =>
      withWorkspace(ctx, options.workspace, async (scope) => {
        const { cancelled } = await optOutCustomer(scope, customerId, options.type);
        ctx.stdout.write(
          `${customerId} opted out of ${options.type} moments; ${cancelled} queued moment(s) cancelled\n`,
        );
      }),
    );

  command.addCommand(momentsWorkerCommand(ctx));
  return command;
}
