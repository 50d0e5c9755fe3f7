import { writeFileSync } from 'node:fs';
import { type CustomerProfile, customerProfile, exportCustomer, findCustomer } from '@rapport/server';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { WORKSPACE_HELP, withWorkspace } from './open-workspace.js';

const KIND_TITLES: Record<string, string> = {
  contact_preference: 'Contact preferences',
  time_zone: 'Time zone',
  life_event: 'Life events',
  product: 'Products',
  plan: 'Plan',
  deadline: 'Deadlines',
  person: 'People they mentioned',
};

/**
 * `rapport customer ID [--json]`: what Rapport remembers about a customer. `export ID` writes
 * everything stored about them as JSON; `erase ID --yes` deletes their messages, analyses and
 * facts for good. The id may be `source:external-id` (`zendesk:9001`).
 */
export function customerCommand(ctx: CliContext): Command {
  const command = new Command('customer')
    .description('show what a customer told you about themselves; export or erase everything about them')
    .argument('[customer]', 'customer id, or source:external-id such as zendesk:9001')
    .option('--json', 'print the profile as JSON')
    .option('--workspace <slug>', WORKSPACE_HELP)
    .action((ref: string | undefined, flags: { json?: boolean; workspace?: string }) => {
      if (ref === undefined) {
        command.help();
        return;
      }
      return withWorkspace(ctx, flags.workspace, async (scope) => {
        const profile = await customerProfile(scope, ref);
        if (!profile) throw new Error(`no customer ${ref} in this workspace`);
        ctx.stdout.write(flags.json ? `${JSON.stringify(profile, null, 2)}\n` : renderProfile(profile));
      });
    });

  command
    .command('export')
    .description('write everything stored about a customer as JSON (to standard output or --out)')
    .argument('<customer>', 'customer id, or source:external-id')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--workspace <slug>', WORKSPACE_HELP)
    .action((ref: string, flags: { out?: string; workspace?: string }) =>
      withWorkspace(ctx, flags.workspace, async (scope) => {
        const data = await exportCustomer(scope, ref, new Date());
        if (!data) throw new Error(`no customer ${ref} in this workspace`);
        const json = `${JSON.stringify(data, null, 2)}\n`;
        if (flags.out) {
          writeFileSync(flags.out, json, { mode: 0o600 });
          const messages = data.conversations.reduce((n, c) => n + c.messages.length, 0);
          ctx.stdout.write(
            `Wrote ${flags.out}: ${data.conversations.length} conversations, ${messages} messages, ${data.facts.length} facts\n`,
          );
        } else {
          ctx.stdout.write(json);
        }
      }),
    );

  command
    .command('erase')
    .description('delete a customer’s messages, analyses, facts and conversations for good')
    .argument('<customer>', 'customer id, or source:external-id')
    .option('--yes', 'really erase (without it, nothing is deleted)')
    .option('--workspace <slug>', WORKSPACE_HELP)
    .action((ref: string, flags: { yes?: boolean; workspace?: string }) =>
      withWorkspace(ctx, flags.workspace, async (scope) => {
        const customer = await findCustomer(scope, ref);
        if (!customer) throw new Error(`no customer ${ref} in this workspace`);
        if (!flags.yes) {
          ctx.stderr.write(
            `This deletes ${customer.name} (${customer.id}) and everything stored about them. Run again with --yes.\n`,
          );
          process.exitCode = EXIT.usage;
          return;
        }
        const erased = await scope.privacy.eraseCustomer(customer.id);
        ctx.stdout.write(
          `Erased customer ${customer.id}: ${erased.conversations} conversations, ${erased.messages} messages, ${erased.analyses} analyses, ${erased.facts} facts, ${erased.practiceSessions} practice sessions.\n`,
        );
      }),
    );
  return command;
}

function renderProfile({ customer, facts, conversations }: CustomerProfile): string {
  const lines = [
    `${customer.name}${customer.email ? ` <${customer.email}>` : ''}  (${customer.external ? `${customer.external.source}:${customer.external.id}, ` : ''}id ${customer.id})`,
    `${conversations.total} conversations, ${conversations.open} open${conversations.lastContactAt ? `, last contact ${conversations.lastContactAt.slice(0, 10)}` : ''}${customer.timeZone ? `, time zone ${customer.timeZone}` : ''}`,
  ];
  const kinds = Object.keys(facts);
  if (kinds.length === 0) lines.push('', 'Nothing remembered yet.');
  for (const kind of kinds) {
    lines.push('', `${KIND_TITLES[kind] ?? kind}:`);
    for (const f of facts[kind as keyof typeof facts] ?? []) {
      const label =
        f.key === kind || f.key === 'plan' || f.key === 'time_zone' ? '' : `${f.key.split(':')[0]}: `;
      const seen = f.timesSeen > 1 ? `, said ${f.timesSeen} times` : '';
      lines.push(
        `  ${label}${f.value}  (${Math.round(f.confidence * 100)}%${seen}, ${f.lastSeenAt.slice(0, 10)}: “${f.evidence}”)`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
