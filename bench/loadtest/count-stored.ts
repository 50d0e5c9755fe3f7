import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * Counts the messages (and their analyses) stored under external ids starting with `prefix`,
 * straight from the database with its own driver: an independent check of what the server said.
 * Both counts come from one snapshot (one read transaction), so a write landing between them
 * cannot make the analyses outnumber the messages.
 */
export async function countStored(
  env: Record<string, string>,
  workspaceId: string,
  prefix: string,
): Promise<{ messages: number; analyses: number }> {
  const like = `${prefix}-%`;
  const messagesSql =
    'select count(*) as n from messages where workspace_id = $1 and external_source = $2 and external_id like $3';
  const analysesSql =
    'select count(*) as n from message_analyses a join messages m on m.workspace_id = a.workspace_id and m.id = a.message_id ' +
    'where m.workspace_id = $1 and m.external_source = $2 and m.external_id like $3';
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      const count = async (text: string) =>
        Number((await client.query<{ n: string }>(text, [workspaceId, 'generic', like])).rows[0]?.n ?? 0);
      await client.query('begin isolation level repeatable read read only');
      const counts = { messages: await count(messagesSql), analyses: await count(analysesSql) };
      await client.query('commit');
      return counts;
    } finally {
      await client.end();
    }
  }
  const db = new Database(join(env.RAPPORT_DATA_DIR ?? '', 'rapport.db'), { readonly: true });
  try {
    const count = (text: string) =>
      (db.prepare(text.replace(/\$\d/g, '?')).get(workspaceId, 'generic', like) as { n: number }).n;
    return db.transaction(() => ({ messages: count(messagesSql), analyses: count(analysesSql) }))();
  } finally {
    db.close();
  }
}

/**
 * Counts once the server is quiet: requests still in flight when autocannon stopped are stored
 * (and analysed) a moment later, so the counts are read until two readings a second apart agree.
 */
export async function countStoredWhenQuiet(
  env: Record<string, string>,
  workspaceId: string,
  prefix: string,
): Promise<{ messages: number; analyses: number }> {
  let last = await countStored(env, workspaceId, prefix);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = await countStored(env, workspaceId, prefix);
    if (now.messages === last.messages && now.analyses === last.analyses) return now;
    last = now;
  }
}
