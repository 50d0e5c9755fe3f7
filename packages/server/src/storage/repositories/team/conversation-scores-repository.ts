import type { Analysis, team } from '@rapport/engine';
import type { Selectable } from 'kysely';
import type { ConversationScoreTable } from '../../team-tables.js';
import type { AuthorKind } from '../messages-repository.js';
import type { RepositoryContext } from '../repository-context.js';

export interface ConversationScoresRepository {
  /**
   * Conversations never scored, or changed (a message arrived) since they were last scored, by id
   * after `afterId`, so a scoring run pages through them once even if scoring is interrupted.
   */
  listStale(options: { afterId?: string; limit: number }): Promise<string[]>;
  /** How many conversations `listStale` would return in all. */
  countStale(): Promise<number>;
  /**
   * The conversations with their messages in order, stored analyses and customer names attached,
   * and the time just before they were read (scores are stamped with it, so a message arriving
   * while they are scored makes the conversation due again).
   */
  loadForScoring(
    conversationIds: readonly string[],
  ): Promise<{ loadedAt: string; conversations: team.TeamConversation[] }>;
  /** How these conversations ended, as last scored. */
  listByConversations(conversationIds: readonly string[]): Promise<team.ConversationScore[]>;
}

export function conversationScoresRepository(ctx: RepositoryContext): ConversationScoresRepository {
  const { db, workspaceId } = ctx;
  const stale = () =>
    db
      .selectFrom('conversations as c')
      .leftJoin('conversation_scores as s', (join) =>
        join.onRef('s.conversation_id', '=', 'c.id').onRef('s.workspace_id', '=', 'c.workspace_id'),
      )
      .where('c.workspace_id', '=', workspaceId)
      // `>=`: a message written in the same millisecond as the scoring must not be missed.
      .where((eb) =>
        eb.or([eb('s.conversation_id', 'is', null), eb('c.updated_at', '>=', eb.ref('s.scored_at'))]),
      );

  return {
    listStale: async ({ afterId, limit }) => {
      let query = stale().select('c.id');
      if (afterId !== undefined) query = query.where('c.id', '>', afterId);
      const rows = await query
        .orderBy('c.id')
        .limit(Math.max(1, Math.trunc(limit)))
        .execute();
      return rows.map((r) => r.id);
    },
    countStale: async () => {
      const row = await stale()
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    loadForScoring: async (conversationIds) => {
      const loadedAt = ctx.now();
      if (conversationIds.length === 0) return { loadedAt, conversations: [] };
      const ids = [...conversationIds];
      const heads = await db
        .selectFrom('conversations as c')
        .leftJoin('customers as cu', (join) =>
          join.onRef('cu.id', '=', 'c.customer_id').onRef('cu.workspace_id', '=', 'c.workspace_id'),
        )
        .select(['c.id', 'cu.name as customerName'])
        .where('c.workspace_id', '=', workspaceId)
        .where('c.id', 'in', ids)
        .execute();
      const messages = await db
        .selectFrom('messages as m')
        .leftJoin('message_analyses as a', (join) =>
          join.onRef('a.message_id', '=', 'm.id').onRef('a.workspace_id', '=', 'm.workspace_id'),
        )
        .select([
          'm.id',
          'm.conversation_id',
          'm.author_kind',
          'm.author_user_id',
          'm.body',
          'm.created_at',
          'a.analysis',
        ])
        .where('m.workspace_id', '=', workspaceId)
        .where('m.conversation_id', 'in', ids)
        .orderBy('m.conversation_id')
        .orderBy('m.created_at')
        .orderBy('m.id')
        .execute();
      const byId = new Map<string, team.TeamConversation>();
      for (const head of heads) {
        byId.set(head.id, {
          id: head.id,
          ...(head.customerName ? { customerName: head.customerName } : {}),
          messages: [],
        });
      }
      for (const m of messages) {
        const analysis = m.analysis === null ? undefined : readAnalysis(m.analysis);
        byId.get(m.conversation_id)?.messages.push({
          id: m.id,
          authorKind: m.author_kind as AuthorKind,
          authorUserId: m.author_user_id,
          body: m.body,
          createdAt: m.created_at,
          ...(analysis && { analysis }),
        });
      }
      return { loadedAt, conversations: ids.flatMap((id) => byId.get(id) ?? []) };
    },
    listByConversations: async (conversationIds) => {
      if (conversationIds.length === 0) return [];
      const rows = await db
        .selectFrom('conversation_scores')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('conversation_id', 'in', [...conversationIds])
        .execute();
      return rows.map(toConversationScore);
    },
  };
}

// A damaged stored analysis is read again by the scorer rather than failing the whole run.
function readAnalysis(text: string): Analysis | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && 'sentiment' in value ? (value as Analysis) : undefined;
  } catch {
    return undefined;
  }
}

function toConversationScore(row: Selectable<ConversationScoreTable>): team.ConversationScore {
  return {
    conversationId: row.conversation_id,
    agentId: row.agent_id,
    at: row.at,
    week: row.week,
    endValence: row.end_valence === null ? null : Number(row.end_valence),
    endedWell: row.ended_well === null ? null : Number(row.ended_well) === 1 ? 1 : 0,
    replies: Number(row.replies),
  };
}
