import { writeFileSync } from 'node:fs';
import { analyze, team } from '@rapport/engine';
import { buildTeamReport, renderCsv, renderHtml, scoreReplies, type WorkspaceScope } from '@rapport/server';
import { Command, Option } from 'commander';
import type { CliContext } from '../context.js';
import { UsageError } from '../usage-error.js';
import { WORKSPACE_HELP, withWorkspace } from './open-workspace.js';
import { repeatable } from './repeatable.js';
import { parseRatings, parseTarget, readPeriod } from './team-options.js';

const FORMATS = ['csv', 'json', 'html'] as const;

/**
 * `rapport team`: the team's emotional-intelligence scorecards. `score` brings stored reply scores
 * up to date, `report` exports them (scoring what is new first), `review` records a lead's own
 * verdicts for calibration, `goal` sets targets.
 */
export function teamCommand(ctx: CliContext): Command {
  const command = new Command('team').description(
    'team scorecards: score, report (csv|json|html), review a conversation, set goals',
  );

  command
    .command('score')
    .description('score the agent replies of conversations that are new or changed since the last run')
    .option('--workspace <slug>', WORKSPACE_HELP)
    .option('--batch <n>', 'conversations per batch', '200')
    .action((options: { workspace?: string; batch: string }) =>
      withWorkspace(ctx, options.workspace, async (ws) => {
        const report = await score(ctx, ws, Number(options.batch));
        ctx.stdout.write(`Scored ${report.replies} replies in ${report.conversations} conversations.\n`);
      }),
    );

  command
    .command('report')
    .description('scorecards, assessment, trends, calibration and digests for a period')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD (included)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('json'))
    .option('--agent <id-or-email>', 'one agent’s scorecard and digest instead of the whole team')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--workspace <slug>', WORKSPACE_HELP)
    .option('--min-conversations <n>', 'below this many conversations a figure is flagged, not ranked', '5')
    .option('--no-score', 'report from stored scores only, without scoring new conversations first')
    .action(
      (options: {
        from: string;
        to: string;
        format: (typeof FORMATS)[number];
        agent?: string;
        out?: string;
        workspace?: string;
        minConversations: string;
        score: boolean;
      }) =>
        withWorkspace(ctx, options.workspace, async (ws, workspace) => {
          const period = readPeriod(options.from, options.to);
          const minConversations = Number(options.minConversations);
          if (!Number.isInteger(minConversations) || minConversations < 1) {
            throw new UsageError('--min-conversations: must be a whole number of at least 1');
          }
          const agentId = options.agent === undefined ? undefined : await resolveAgent(ws, options.agent);
          if (options.score) await score(ctx, ws, 200);
          const report = await buildTeamReport(ws, {
            period,
            minConversations,
            ...(agentId !== undefined && { agentId }),
          });
          const text =
            options.format === 'csv'
              ? renderCsv(report)
              : options.format === 'html'
                ? renderHtml(report, { workspaceName: workspace.name })
                : `${JSON.stringify(report, null, 2)}\n`;
          if (options.out) {
            writeFileSync(options.out, text);
            ctx.stderr.write(`Wrote ${options.out}\n`);
          } else {
            ctx.stdout.write(text);
          }
        }),
    );

  command
    .command('review')
    .description('record a lead’s own verdicts on a conversation, for calibration')
    .requiredOption('--conversation <id>', 'the conversation reviewed')
    .requiredOption('--reviewer <id-or-email>', 'the lead who reviewed it')
    .requiredOption(
      '--rate <metric=yes|no>',
      `a verdict, repeatable: --rate empathy=yes --rate regulation=no (metrics: ${team.METRIC_IDS.join(', ')})`,
      repeatable,
    )
    .option('--note <text>', 'a note for the agent')
    .option('--workspace <slug>', WORKSPACE_HELP)
    .action(
      (options: {
        conversation: string;
        reviewer: string;
        rate: string[];
        note?: string;
        workspace?: string;
      }) =>
        withWorkspace(ctx, options.workspace, async (ws) => {
          const ratings = parseRatings(options.rate);
          const reviewer = await resolveUser(ws, options.reviewer, '--reviewer');
          if (reviewer.role === 'agent') throw new UsageError('--reviewer: must be a lead or an admin');
          if (!(await ws.conversations.get(options.conversation))) {
            throw new Error(`--conversation: no conversation ${options.conversation} in this workspace`);
          }
          const review = await ws.team.reviews.save({
            conversationId: options.conversation,
            reviewerId: reviewer.id,
            ratings,
            ...(options.note !== undefined && { note: options.note }),
          });
          ctx.stdout.write(`Review saved (${Object.keys(review.ratings).length} verdicts).\n`);
        }),
    );

  const goal = command.command('goal').description('targets per metric, for the team or one agent');
  goal
    .command('set')
    .description('set a target, e.g. `rapport team goal set empathy 0.8` or `... 80%`')
    .argument('<metric>', team.METRIC_IDS.join(' | '))
    .argument('<target>', '0..1 or a percentage')
    .option('--agent <id-or-email>', 'for one agent instead of the team')
    .option('--workspace <slug>', WORKSPACE_HELP)
    .action((metric: string, target: string, options: { agent?: string; workspace?: string }) =>
      withWorkspace(ctx, options.workspace, async (ws) => {
        checkMetric(metric);
        const agentId = options.agent === undefined ? null : await resolveAgent(ws, options.agent);
        const saved = await ws.team.goals.set({
          metric: metric as team.MetricId,
          target: parseTarget(target),
          agentId,
        });
        ctx.stdout.write(
          `Goal: ${saved.metric} ≥ ${Math.round(saved.target * 100)}% for ${agentId ?? 'the team'}.\n`,
        );
      }),
    );
  goal
    .command('list')
    .description('list the goals')
    .option('--workspace <slug>', WORKSPACE_HELP)
    .action((options: { workspace?: string }) =>
      withWorkspace(ctx, options.workspace, async (ws) => {
        const goals = await ws.team.goals.list();
        if (goals.length === 0) ctx.stdout.write('No goals set.\n');
        for (const g of goals) {
          ctx.stdout.write(`${g.metric}\t${Math.round(g.target * 100)}%\t${g.agentId ?? 'team'}\n`);
        }
      }),
    );
  goal
    .command('remove')
    .description('remove a goal')
    .argument('<metric>', team.METRIC_IDS.join(' | '))
    .option('--agent <id-or-email>', 'the agent’s own goal instead of the team’s')
    .option('--workspace <slug>', WORKSPACE_HELP)
    .action((metric: string, options: { agent?: string; workspace?: string }) =>
      withWorkspace(ctx, options.workspace, async (ws) => {
        checkMetric(metric);
        const agentId = options.agent === undefined ? null : await resolveAgent(ws, options.agent);
        const removed = await ws.team.goals.remove(metric as team.MetricId, agentId);
        ctx.stdout.write(removed ? 'Goal removed.\n' : 'There was no such goal.\n');
      }),
    );
  return command;
}

async function score(ctx: CliContext, ws: WorkspaceScope, batchSize: number) {
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new UsageError('--batch: must be a whole number of at least 1');
  let last = 0;
  return scoreReplies(ws, {
    analyze,
    batchSize,
    onProgress: (done, total) => {
      // A line every 10% keeps long runs visible without flooding logs.
      if (done === total || done - last >= Math.max(1, total / 10)) {
        ctx.stderr.write(`scoring: ${done}/${total} conversations\n`);
        last = done;
      }
    },
  });
}

async function resolveUser(ws: WorkspaceScope, idOrEmail: string, flag: string) {
  const user = idOrEmail.includes('@') ? await ws.users.getByEmail(idOrEmail) : await ws.users.get(idOrEmail);
  if (!user) throw new Error(`${flag}: no user ${idOrEmail} in this workspace`);
  return user;
}

async function resolveAgent(ws: WorkspaceScope, idOrEmail: string): Promise<string> {
  return (await resolveUser(ws, idOrEmail, '--agent')).id;
}

function checkMetric(metric: string): void {
  if (!(team.METRIC_IDS as readonly string[]).includes(metric)) {
    throw new UsageError(`metric: ${metric} is not one of ${team.METRIC_IDS.join(', ')}`);
  }
}
