import type { team } from '@rapport/engine';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../../schema.js';
import type { ReplyScoreTable } from '../../team-tables.js';
import { guard, inTransaction, type RepositoryContext } from '../repository-context.js';
import { type TallyQuery, tallyReplies } from './tally-queries.js';

/** Both halves of a scored conversation, written together. */
export interface ReplyScoresRepository {
  /**
   * Replaces the stored scores of the given conversations with these (a conversation scored again
   * after new messages loses its old rows), in one transaction, stamped `scoredAt` (the time the
   * conversations were read).
   */
  replace(scored: readonly team.ScoredConversation[], scoredAt: string): Promise<void>;
  /**
   * Refreshes the planner's statistics of the score tables (`ANALYZE`, both dialects): without
   * them SQLite reads an agent's replies through the date index, scanning every agent's rows.
   */
  refreshStatistics(): Promise<void>;
  /** Sums per agent and/or week over replies written in [from, to). */
  tally(query: TallyQuery): Promise<team.GroupTally[]>;
  /** The stored reply scores of these conversations, in reply order. */
  listByConversations(conversationIds: readonly string[]): Promise<team.ReplyScore[]>;
  /** One agent's replies in [from, to) chosen for a coaching digest (see the server's README). */
  digestPicks(
    agentId: string,
    from: string,
    to: string,
  ): Promise<{ best?: team.ReplyScore; missed?: team.ReplyScore }>;
}

export function replyScoresRepository(ctx: RepositoryContext): ReplyScoresRepository {
  const { workspaceId } = ctx;
  const scoped = () => ctx.db.selectFrom('reply_scores').selectAll().where('workspace_id', '=', workspaceId);
  return {
    replace: (scored, scoredAt) =>
      guard(ctx, 'reply score', async () => {
        if (scored.length === 0) return;
        await inTransaction(ctx, async (db) => {
          const ids = scored.map((s) => s.conversation.conversationId);
          await db
            .deleteFrom('reply_scores')
            .where('workspace_id', '=', workspaceId)
            .where('conversation_id', 'in', ids)
            .execute();
          await db
            .deleteFrom('conversation_scores')
            .where('workspace_id', '=', workspaceId)
            .where('conversation_id', 'in', ids)
            .execute();
          const rows = scored.flatMap((s) => s.replies.map((r) => toRow(r, workspaceId, scoredAt)));
          // Bounded batches keep every statement under SQLite's and PostgreSQL's parameter limits.
          for (let i = 0; i < rows.length; i += 500) {
            await db
              .insertInto('reply_scores')
              .values(rows.slice(i, i + 500))
              .execute();
          }
          const endings = scored.map(({ conversation: c }) => ({
            conversation_id: c.conversationId,
            workspace_id: workspaceId,
            agent_id: c.agentId,
            at: c.at,
            week: c.week,
            end_valence: c.endValence,
            ended_well: c.endedWell,
            replies: c.replies,
            scored_at: scoredAt,
          }));
          for (let i = 0; i < endings.length; i += 500) {
            await db
              .insertInto('conversation_scores')
              .values(endings.slice(i, i + 500))
              .execute();
          }
        });
      }),
    refreshStatistics: async () => {
      await sql`analyze reply_scores`.execute(ctx.db);
      await sql`analyze conversation_scores`.execute(ctx.db);
    },
    tally: (query) => tallyReplies(ctx.db as Kysely<Database>, workspaceId, query),
    listByConversations: async (conversationIds) => {
      if (conversationIds.length === 0) return [];
      const rows = await scoped()
        .where('conversation_id', 'in', [...conversationIds])
        .orderBy('at')
        .orderBy('message_id')
        .execute();
      return rows.map(toReplyScore);
    },
    digestPicks: async (agentId, from, to) => {
      const inPeriod = () =>
        scoped().where('agent_id', '=', agentId).where('at', '>=', from).where('at', '<', to);
      // Best: the highest score, preferring replies to a customer who showed emotion.
      const best = await inPeriod()
        .orderBy('customer_emotional', 'desc')
        .orderBy('score', 'desc')
        .orderBy('at')
        .limit(1)
        .executeTakeFirst();
      // Missed: the lowest score among replies that missed a habit where it applied.
      const missed = await inPeriod()
        .where((eb) =>
          eb.or(
            (['empathy', 'active_listening', 'regulation', 'de_escalation', 'apology_fit'] as const).map(
              (column) => eb(column, '=', 0),
            ),
          ),
        )
        .orderBy('score')
        .orderBy('at')
        .limit(1)
        .executeTakeFirst();
      return { ...(best && { best: toReplyScore(best) }), ...(missed && { missed: toReplyScore(missed) }) };
    },
  };
}

function toRow(r: team.ReplyScore, workspaceId: string, scoredAt: string): Selectable<ReplyScoreTable> {
  return {
    message_id: r.messageId,
    workspace_id: workspaceId,
    conversation_id: r.conversationId,
    agent_id: r.agentId,
    at: r.at,
    week: r.week,
    score: r.score,
    empathy: r.empathy,
    active_listening: r.activeListening,
    regulation: r.regulation,
    de_escalation: r.deEscalation,
    apology_fit: r.apologyFit,
    personalisation: r.personalisation,
    jargon_free: r.jargonFree,
    heat_before: r.heatBefore,
    heat_after: r.heatAfter,
    customer_emotional: r.customerEmotional ? 1 : 0,
    customer_hostile: r.customerHostile ? 1 : 0,
    scored_at: scoredAt,
  };
}

const outcome = (value: number | null): team.Outcome => (value === null ? null : Number(value) === 1 ? 1 : 0);

export function toReplyScore(row: Selectable<ReplyScoreTable>): team.ReplyScore {
  return {
    messageId: row.message_id,
    conversationId: row.conversation_id,
    agentId: row.agent_id,
    at: row.at,
    week: row.week,
    score: Number(row.score),
    empathy: outcome(row.empathy),
    activeListening: outcome(row.active_listening),
    regulation: outcome(row.regulation),
    deEscalation: outcome(row.de_escalation),
    apologyFit: outcome(row.apology_fit),
    personalisation: outcome(row.personalisation),
    jargonFree: outcome(row.jargon_free),
    heatBefore: Number(row.heat_before),
    heatAfter: row.heat_after === null ? null : Number(row.heat_after),
    customerEmotional: Number(row.customer_emotional) === 1,
    customerHostile: Number(row.customer_hostile) === 1,
  };
}
