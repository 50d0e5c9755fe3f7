import {
  DEMO_SIGN_IN,
  DEMO_WORKSPACE,
  hashPassword,
  loadConfig,
  newToken,
  StorageError,
  type Store,
  seedDemo,
  type Workspace,
  type WorkspaceScope,
} from '@rapport/server';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { cliLogger, openMigratedStore } from '../server-runtime.js';
import { UsageError } from '../usage-error.js';
import { CLI_ANALYZER } from './cli-analyzer.js';

/** Opens the configured database (creating and migrating it) for `work`, then closes it. */
async function withStore<T>(ctx: CliContext, work: (store: Store) => Promise<T>): Promise<T> {
  const config = loadConfig(ctx.env);
  const { store } = await openMigratedStore(config, cliLogger(config, ctx));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * `rapport workspace`: the workspaces of this data folder. `list` shows them, `create` makes one
 * (with an admin who can sign in to the web app, if asked), `demo` makes the demo workspace with
 * its sample customers, as the first `rapport serve` does.
 * @example rapport workspace create acme --name "Acme Support" --admin maya@acme.example
 */
export function workspaceCommand(ctx: CliContext): Command {
  const command = new Command('workspace').description(
    'the workspaces of this data folder: list, create one, or create the demo',
  );

  command
    .command('list')
    .description('list the workspaces (slug, name, created)')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      withStore(ctx, async (store) => {
        const workspaces = await store.workspaces.list();
        if (options.json) {
          ctx.stdout.write(`${JSON.stringify(workspaces, null, 2)}\n`);
          return;
        }
        if (workspaces.length === 0) {
          ctx.stdout.write(
            'No workspaces yet; the first verb that needs one creates "default", or run `rapport workspace create SLUG`.\n',
          );
        }
        for (const w of workspaces) ctx.stdout.write(formatWorkspace(w));
      }),
    );

  command
    .command('create')
    .description('create a workspace, optionally with an admin user who can sign in')
    .argument('<slug>', 'lower-case letters, digits and dashes, e.g. acme-support')
    .option('--name <name>', 'display name (default: the slug)')
    .option('--admin <email>', 'also create an admin user; the password is generated and printed once')
    .option('--json', 'print JSON')
    .action((slug: string, options: { name?: string; admin?: string; json?: boolean }) =>
      withStore(ctx, async (store) => {
        const admin =
          options.admin === undefined ? undefined : { email: options.admin, password: newToken('pw_') };
        // Hashed before the transaction: scrypt is slow on purpose, and a transaction should not wait.
        const passwordHash = admin && (await hashPassword(admin.password));
        const workspace = await createWorkspace(store, { slug, name: options.name ?? slug }, async (ws) => {
          if (!admin) return;
          await ws.users.create({
            email: admin.email,
            name: admin.email.split('@')[0] || admin.email,
            role: 'admin',
            passwordHash: passwordHash ?? null,
          });
        });
        if (options.json) {
          ctx.stdout.write(`${JSON.stringify({ workspace, ...(admin && { admin }) }, null, 2)}\n`);
          return;
        }
        ctx.stdout.write(`Created workspace ${workspace.slug} ("${workspace.name}").\n`);
        if (admin) {
          ctx.stdout.write(
            `Admin: sign in as ${admin.email} with password ${admin.password} (shown once; keep it safe)\n`,
          );
        }
      }),
    );

  command
    .command('demo')
    .description(
      'create the demo workspace with sample customers and conversations (as the first serve does)',
    )
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      withStore(ctx, async (store) => {
        const { workspace, created } = await seedDemo(store, { now: new Date(), analyzer: CLI_ANALYZER });
        if (options.json) {
          ctx.stdout.write(`${JSON.stringify({ workspace, created }, null, 2)}\n`);
          return;
        }
        const what =
          created.conversations === 0
            ? `The demo workspace (${DEMO_WORKSPACE.slug}) was already there; nothing added.`
            : `Created the demo workspace (${DEMO_WORKSPACE.slug}): ${created.customers} customers, ${created.conversations} conversations, ${created.messages} messages.`;
        ctx.stdout.write(
          `${what}\nUse it with --workspace ${DEMO_WORKSPACE.slug}; in the web app sign in as ${DEMO_SIGN_IN.email} / ${DEMO_SIGN_IN.password}.\n`,
        );
      }),
    );
  return command;
}

/** Creates the workspace and whatever `fill` adds to it in one transaction: all of it, or nothing. */
async function createWorkspace(
  store: Store,
  input: { slug: string; name: string },
  fill: (ws: WorkspaceScope) => Promise<void>,
): Promise<Workspace> {
  try {
    return await store.transaction(async (tx) => {
      const workspace = await tx.workspaces.create(input);
      await fill(tx.forWorkspace(workspace.id));
      return workspace;
    });
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    if (error.code === 'unique_violation') throw new UsageError(`workspace "${input.slug}" already exists`);
    if (error.code === 'invalid_input') {
      const field = error.details.issues?.[0]?.path;
      throw new UsageError(
        field === 'slug'
          ? `"${input.slug}" is not a workspace slug: use lower-case letters, digits and dashes (at most 64)`
          : `--admin: ${field ?? 'the admin'} is not valid (${error.message})`,
      );
    }
    throw error;
  }
}

function formatWorkspace(w: Workspace): string {
  const demo = w.slug === DEMO_WORKSPACE.slug ? '  (demo)' : '';
  return `${w.slug.padEnd(20)} ${w.name.padEnd(28)} created ${w.createdAt.slice(0, 10)}${demo}\n`;
}
