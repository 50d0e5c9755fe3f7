import { type Analysis, team } from '@rapport/engine';
import type { WorkspaceScope } from '../storage/index.js';

export interface ScoreRepliesOptions {
  /** Reads customer messages stored without an analysis (the engine's `analyze`, or a workspace engine's). */
  analyze: (text: string) => Analysis;
  /** Conversations loaded and written per batch (default 200). */
  batchSize?: number;
  /** Stop after this many conversations (default: all that are due). */
  limit?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ScoreRepliesReport {
  conversations: number;
  replies: number;
}

/**
 * Scores every conversation that is new or changed since it was last scored, batch by batch:
 * each batch is loaded with two queries, coached in memory and written in one transaction, so an
 * interrupted run keeps what it finished and the next run carries on. Reports then aggregate the
 * stored scores with SQL instead of coaching every reply again.
 * @example await scoreReplies(store.forWorkspace(id), { analyze });
 */
export async function scoreReplies(
  ws: WorkspaceScope,
  options: ScoreRepliesOptions,
): Promise<ScoreRepliesReport> {
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const total = Math.min(limit, await ws.team.conversationScores.countStale());
  let afterId: string | undefined;
  let conversations = 0;
  let replies = 0;
  while (conversations < limit) {
    const ids = await ws.team.conversationScores.listStale({
      ...(afterId !== undefined && { afterId }),
      limit: Math.min(batchSize, limit - conversations),
    });
    if (ids.length === 0) break;
    afterId = ids.at(-1);
    const loaded = await ws.team.conversationScores.loadForScoring(ids);
    const scored = loaded.conversations.map((conversation) =>
      team.scoreConversation(conversation, { analyze: options.analyze }),
    );
    await ws.team.replyScores.replace(scored, loaded.loadedAt);
    conversations += ids.length;
    replies += scored.reduce((sum, s) => sum + s.replies.length, 0);
    options.onProgress?.(conversations, total);
  }
  // A bulk change (an import, a first run) makes the planner's statistics stale or absent.
  if (conversations >= STATISTICS_AFTER) await ws.team.replyScores.refreshStatistics();
  return { conversations, replies };
}

/** Conversations scored in one run after which the score tables' statistics are refreshed. */
const STATISTICS_AFTER = 1000;
