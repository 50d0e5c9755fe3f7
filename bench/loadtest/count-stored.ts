import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * Counts the messages (and their analyses) stored under external ids starting with `prefix`,
 * straight from the database with its own driver: an independent check of what the server said.
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
      return { messages: await count(messagesSql), analyses: await count(analysesSql) };
    } finally {
      await client.end();
    }
  }
  const db = new Database(join(env.RAPPORT_DATA_DIR ?? '', 'rapport.db'), { readonly: true });
  try {
    const count = (text: string) =>
      (db.prepare(text.replace(/\$\d/g, '?')).get(workspaceId, 'generic', like) as { n: number }).n;
    return { messages: count(messagesSql), analyses: count(analysesSql) };
  } finally {
    db.close();
  }
}
