import type { Analysis, CxEmotion } from '../emotion/types.js';
import { discoverReasons, type Reason } from '../reasons/index.js';
import { type Priority, priorityOf } from './priority.js';
import { reasonText } from './reason-text.js';
import { type Period, type Trend, trendOf } from './trends.js';

/** A stored public post as the report reads it. */
export interface VoicePost {
  id: string;
  source: string;
  text: string;
  /** ISO-8601. */
  postedAt: string;
  rating: number | null;
  reach: number | null;
  analysis: Analysis;
}

export interface VoiceReportOptions {
  period?: Period;
  seed?: number;
  /** How many posts the priority list keeps. */
  top?: number;
}

/** A discovered reason with how often it came up. */
export interface ReasonSummary extends Reason {
  count: number;
  /** Share of the complaints, 0..1. */
  share: number;
}

export interface PrioritisedPost {
  id: string;
  priority: Priority;
  reasonId: string | null;
}

export interface VoiceReport {
  period: Period;
  totals: {
    posts: number;
    complaints: number;
    bySentiment: Record<'negative' | 'neutral' | 'positive', number>;
    bySource: Record<string, number>;
    /** Mean star rating over posts that have one, or null. */
    meanRating: number | null;
  };
  reasons: ReasonSummary[];
  /** How the number of groups was chosen (silhouette for every k tried). */
  reasonSelection: { k: number; candidates: Array<{ k: number; silhouette: number }> };
  /** Posts per dominant emotion per period. */
  emotionTrend: Trend;
  /** Complaints per reason id per period. */
  reasonTrend: Trend;
  /** Posts that most need an answer, most urgent first. */
  priorities: PrioritisedPost[];
}

const EMOTION_ORDER: readonly CxEmotion[] = [
  'anger',
  'frustration',
  'disappointment',
  'anxiety',
  'sadness',
  'urgency',
  'confusion',
  'gratitude',
  'delight',
  'neutral',
];

/**
 * A complaint is a post rated 1–2 stars, or a negative one without stars (or with a middling 3).
 * Four or five stars are praise even when the words sound cross ("not bad at all!").
 */
export function isComplaint(post: Pick<VoicePost, 'rating' | 'analysis'>): boolean {
  if (typeof post.rating === 'number') {
    if (post.rating <= 2) return true;
    if (post.rating >= 4) return false;
  }
  return post.analysis.sentiment.label === 'negative';
}

/**
 * The voice-of-the-customer report: totals, complaint reasons found in the workspace's own
 * complaints, emotions and reasons over time, and the posts that most need an answer.
 * @example buildVoiceReport(posts, { period: 'month' }).reasons.map((r) => r.name)
 */
export function buildVoiceReport(posts: readonly VoicePost[], options: VoiceReportOptions = {}): VoiceReport {
  const period = options.period ?? 'month';
  const complaints = posts.filter(isComplaint);
  const discovery = discoverReasons(
    complaints.map((p) => ({ id: p.id, text: reasonText(p.text, p.analysis) })),
    { seed: options.seed ?? 1 },
  );
  const reasons = discovery.reasons.map((r) => ({
    ...r,
    count: r.memberIds.length,
    share: complaints.length === 0 ? 0 : Math.round((r.memberIds.length / complaints.length) * 1000) / 1000,
  }));

  const bySentiment = { negative: 0, neutral: 0, positive: 0 };
  const bySource: Record<string, number> = {};
  let ratingSum = 0;
  let rated = 0;
  for (const post of posts) {
    bySentiment[post.analysis.sentiment.label]++;
    bySource[post.source] = (bySource[post.source] ?? 0) + 1;
    if (typeof post.rating === 'number') {
      ratingSum += post.rating;
      rated++;
    }
  }

  const emotionTrend = trendOf(
    posts.map((p) => ({ date: p.postedAt, keys: [p.analysis.emotions[0]?.label ?? 'neutral'] })),
    period,
    EMOTION_ORDER,
  );
  const reasonTrend = trendOf(
    complaints.flatMap((p) => {
      const reason = discovery.assignments[p.id];
      return reason ? [{ date: p.postedAt, keys: [reason] }] : [];
    }),
    period,
    reasons.map((r) => r.id),
  );

  const priorities = posts
    .map((p, index) => ({
      index,
      id: p.id,
      priority: priorityOf(p),
      reasonId: discovery.assignments[p.id] ?? null,
    }))
    .sort((a, b) => b.priority.score - a.priority.score || a.index - b.index)
    .slice(0, options.top ?? 50)
    .map(({ index: _index, ...rest }) => rest);

  return {
    period,
    totals: {
      posts: posts.length,
      complaints: complaints.length,
      bySentiment,
      bySource,
      meanRating: rated === 0 ? null : Math.round((ratingSum / rated) * 100) / 100,
    },
    reasons,
    reasonSelection: { k: discovery.k, candidates: discovery.candidates },
    emotionTrend,
    reasonTrend,
    priorities,
  };
}
