import { buildVoiceReport, type Period, type PriorityLevel, type VoiceReport } from '@rapport/engine';
import type { PublicPost, WorkspaceScope } from '../storage/index.js';
import { draftPublicReply, type PublicReplyDraft } from './public-reply.js';

export interface ReviewReportOptions {
  period?: Period;
  /** ISO date-times: only posts from `from` (inclusive) to `to` (exclusive). */
  from?: string;
  to?: string;
  source?: string;
  /** Posts in the priority list (each with a public reply draft). */
  top?: number;
  seed?: number;
}

/** A post in the priority list, with what a person needs to answer it. */
export interface PriorityEntry {
  id: string;
  source: string;
  author: string | null;
  postedAt: string;
  rating: number | null;
  reach: number | null;
  url: string | null;
  text: string;
  score: number;
  level: PriorityLevel;
  why: string[];
  reason: string | null;
  emotion: string;
  draft: PublicReplyDraft;
}

export interface ReviewReport extends Omit<VoiceReport, 'priorities'> {
  generatedFrom: { posts: number; from: string | null; to: string | null };
  priorities: PriorityEntry[];
}

// The report reads every post in range; beyond this a caller should narrow the dates.
const MAX_POSTS = 100_000;

/**
 * The voice-of-the-customer report of a workspace: totals, complaint reasons with their trend,
 * emotions over time, and the posts that most need an answer, each with a public reply draft.
 * @example const report = await buildReviewReport(store.forWorkspace(id), { period: 'week' });
 */
export async function buildReviewReport(
  scope: WorkspaceScope,
  options: ReviewReportOptions = {},
): Promise<ReviewReport> {
  const filter = {
    ...(options.from !== undefined && { from: options.from }),
    ...(options.to !== undefined && { to: options.to }),
    ...(options.source !== undefined && { source: options.source }),
  };
  const posts = (await scope.publicPosts.list({ ...filter, limit: MAX_POSTS })).reverse();
  const report = buildVoiceReport(posts, {
    period: options.period ?? 'month',
    top: options.top ?? 20,
    seed: options.seed ?? 1,
  });
  const byId = new Map<string, PublicPost>(posts.map((p) => [p.id, p]));
  const reasonName = new Map(report.reasons.map((r) => [r.id, r.name]));
  const priorities = report.priorities.map((entry, rank): PriorityEntry => {
    const post = byId.get(entry.id)!;
    return {
      id: post.id,
      source: post.source,
      author: post.author,
      postedAt: post.postedAt,
      rating: post.rating,
      reach: post.reach,
      url: post.url,
      text: post.text,
      score: entry.priority.score,
      level: entry.priority.level,
      why: entry.priority.factors.map((f) => f.detail),
      reason: entry.reasonId ? (reasonName.get(entry.reasonId) ?? null) : null,
      emotion: post.analysis.emotions[0]?.label ?? 'neutral',
      draft: draftPublicReply(post, (options.seed ?? 1) + rank),
    };
  });
  return {
    ...report,
    generatedFrom: { posts: posts.length, from: options.from ?? null, to: options.to ?? null },
    priorities,
  };
}
