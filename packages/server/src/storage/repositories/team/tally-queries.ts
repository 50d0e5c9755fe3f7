import { team } from '@rapport/engine';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.js';

/** Which replies to sum: written in [from, to) (ISO times), optionally one agent, grouped as asked. */
export interface TallyQuery {
  from: string;
  to: string;
  agentId?: string;
  byAgent: boolean;
  byWeek: boolean;
}

/** The `reply_scores` column behind each reply-level metric. */
export const REPLY_METRIC_COLUMNS = {
  empathy: 'empathy',
  active_listening: 'active_listening',
  regulation: 'regulation',
  de_escalation: 'de_escalation',
  apology_fit: 'apology_fit',
  personalisation: 'personalisation',
  jargon_free: 'jargon_free',
} as const satisfies Record<Exclude<team.MetricId, 'end_sentiment'>, string>;

type Row = Record<string, unknown>;

/**
 * The same sums as the engine's `tallyScores`, computed by the database: per metric the hits
 * (`sum`), the replies it applied to (`count` skips nulls) and the distinct conversations those
 * replies belong to. Endings come from `conversation_scores`, dated by the customer's last message.
 */
export async function tallyReplies(
  db: Kysely<Database>,
  workspaceId: string,
  q: TallyQuery,
): Promise<team.GroupTally[]> {
  const groupColumns = [...(q.byAgent ? ['agent_id'] : []), ...(q.byWeek ? ['week'] : [])];
  const groupBy = groupColumns.length > 0 ? sql`group by ${sql.raw(groupColumns.join(', '))}` : sql``;
  const select = groupColumns.length > 0 ? sql.raw(`${groupColumns.join(', ')}, `) : sql``;
  const agentFilter = q.agentId === undefined ? sql`` : sql`and agent_id = ${q.agentId}`;

  // Two steps instead of `count(distinct …)` per metric (eight sorts of every row): first one row
  // per group and conversation, then sums over those, where a conversation counts for a metric
  // when any of its replies was applicable. Same figures, one aggregation pass.
  const columns = Object.entries(REPLY_METRIC_COLUMNS);
  const perConversation = columns.map(([metric, column]) =>
    sql.raw(`sum(${column}) as "${metric}_hits", count(${column}) as "${metric}_n"`),
  );
  const perGroup = columns.map(([metric]) =>
    sql.raw(
      `sum("${metric}_hits") as "${metric}_hits", sum("${metric}_n") as "${metric}_n", ` +
        `sum(case when "${metric}_n" > 0 then 1 else 0 end) as "${metric}_c"`,
    ),
  );
  const replies = await sql<Row>`
    select ${select} sum(replies) as replies, count(*) as conversations, sum(score_sum) as score_sum,
      ${sql.join(perGroup)}
    from (
      select ${select} conversation_id, count(*) as replies, sum(score) as score_sum, ${sql.join(perConversation)}
      from reply_scores
      where workspace_id = ${workspaceId} and at >= ${q.from} and at < ${q.to} ${agentFilter}
      group by ${sql.raw([...groupColumns, 'conversation_id'].join(', '))}
    ) as per_conversation
    ${groupBy}`.execute(db);
  const endings = await sql<Row>`
    select ${select} sum(ended_well) as hits, count(ended_well) as n, count(*) as c
    from conversation_scores
    where workspace_id = ${workspaceId} and at >= ${q.from} and at < ${q.to}
      and agent_id is not null and ended_well is not null ${agentFilter}
    ${groupBy}`.execute(db);

  const groups = new Map<string, team.GroupTally>();
  const keyOf = (row: Row) => `${q.byAgent ? row.agent_id : ''}|${q.byWeek ? row.week : ''}`;
  const groupFor = (row: Row) => {
    const key = keyOf(row);
    let tally = groups.get(key);
    if (!tally) {
      tally = team.emptyTally(q.byAgent ? String(row.agent_id) : null, q.byWeek ? String(row.week) : null);
      groups.set(key, tally);
    }
    return tally;
  };
  for (const row of replies.rows) {
    // An aggregate over no rows still returns one row of zeros/nulls: skip it.
    if (Number(row.replies) === 0) continue;
    const tally = groupFor(row);
    tally.replies = Number(row.replies);
    tally.conversations = Number(row.conversations);
    tally.scoreSum = Number(row.score_sum ?? 0);
    for (const metric of Object.keys(REPLY_METRIC_COLUMNS) as team.MetricId[]) {
      tally.metrics[metric] = {
        hits: Number(row[`${metric}_hits`] ?? 0),
        applicable: Number(row[`${metric}_n`] ?? 0),
        conversations: Number(row[`${metric}_c`] ?? 0),
      };
    }
  }
  for (const row of endings.rows) {
    if (Number(row.n) === 0) continue;
    groupFor(row).metrics.end_sentiment = {
      hits: Number(row.hits ?? 0),
      applicable: Number(row.n),
      conversations: Number(row.c),
    };
  }
  return [...groups.values()].sort((a, b) => compare(a.agentId, b.agentId) || compare(a.week, b.week));
}

function compare(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
