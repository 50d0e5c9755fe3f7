import { REPLY_METRIC_FIELDS } from './tally.js';
import { type ConversationScore, METRIC_IDS, type MetricId, type Outcome, type ReplyScore } from './types.js';

/** A lead's own judgement of one conversation: per metric, did the agent do it (true) or not. */
export interface HumanReview {
  conversationId: string;
  ratings: Partial<Record<MetricId, boolean>>;
}

/** The automatic verdict per metric for one conversation: true, false, or null (did not apply). */
export type Verdicts = Record<MetricId, boolean | null>;

export interface MetricAgreement {
  /** Reviews where both the lead and the scores gave a verdict. */
  compared: number;
  agreed: number;
  /** agreed / compared, or null when nothing was compared. */
  rate: number | null;
}

export interface Calibration {
  overall: MetricAgreement;
  byMetric: Record<MetricId, MetricAgreement>;
  /** Distinct conversations reviewed. */
  conversations: number;
}

/**
 * The automatic verdict for a conversation: a metric holds when at least half of the replies it
 * applied to got it right (for `end_sentiment`: the conversation ended well).
 * @example verdictsFor(replies, ending).empathy // true | false | null
 */
export function verdictsFor(replies: readonly ReplyScore[], ending: ConversationScore | undefined): Verdicts {
  const verdicts = {} as Verdicts;
  for (const [metric, field] of Object.entries(REPLY_METRIC_FIELDS) as [MetricId, keyof ReplyScore][]) {
    const outcomes = replies.map((r) => r[field] as Outcome).filter((o): o is 0 | 1 => o !== null);
    verdicts[metric] =
      outcomes.length === 0 ? null : outcomes.reduce<number>((s, o) => s + o, 0) * 2 >= outcomes.length;
  }
  verdicts.end_sentiment = ending?.endedWell == null ? null : ending.endedWell === 1;
  return verdicts;
}

/**
 * How often the automatic scores agree with leads' reviews, per metric and overall. A review
 * without a verdict for a metric, or a metric that did not apply, is not compared.
 * @example calibrate(reviews, (id) => verdictsFor(repliesOf(id), endingOf(id))).overall.rate
 */
export function calibrate(
  reviews: readonly HumanReview[],
  verdictOf: (conversationId: string) => Verdicts | undefined,
): Calibration {
  const byMetric = {} as Record<MetricId, MetricAgreement>;
  for (const metric of METRIC_IDS) byMetric[metric] = { compared: 0, agreed: 0, rate: null };
  const conversations = new Set<string>();
  for (const review of reviews) {
    conversations.add(review.conversationId);
    const auto = verdictOf(review.conversationId);
    if (!auto) continue;
    for (const metric of METRIC_IDS) {
      const human = review.ratings[metric];
      const machine = auto[metric];
      if (human === undefined || machine === null) continue;
      byMetric[metric].compared++;
      if (human === machine) byMetric[metric].agreed++;
    }
  }
  const overall: MetricAgreement = { compared: 0, agreed: 0, rate: null };
  for (const metric of METRIC_IDS) {
    const m = byMetric[metric];
    m.rate = m.compared > 0 ? m.agreed / m.compared : null;
    overall.compared += m.compared;
    overall.agreed += m.agreed;
  }
  overall.rate = overall.compared > 0 ? overall.agreed / overall.compared : null;
  return { overall, byMetric, conversations: conversations.size };
}
