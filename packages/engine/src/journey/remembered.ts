import type { JourneyReason, JourneyTurn, Remembered, RememberedLabel, ReplyEffect } from './types.js';

const LABEL_CUTOFF = 0.25;

/**
 * The peak-end rule (Kahneman et al.): people judge an experience mostly by its most intense
 * moment and by how it ended, not by its average, so the prediction is the mean of those two.
 */
export function predictRemembered(
  turns: readonly JourneyTurn[],
  peak: JourneyTurn | null,
  end: JourneyTurn | null,
  replies: readonly ReplyEffect[],
  lastAuthorIsCustomer: boolean,
): Remembered {
  if (peak === null || end === null) {
    const reasons: JourneyReason[] = [{ code: 'no_customer_messages' }];
    return { label: 'unknown', score: 0, reasons, message: render('unknown', reasons) };
  }
  const score = round((peak.mood + end.mood) / 2);
  const label: RememberedLabel =
    score >= LABEL_CUTOFF ? 'positive' : score <= -LABEL_CUTOFF ? 'negative' : 'mixed';
  const reasons: JourneyReason[] = [
    { code: 'peak', messageId: peak.messageId, mood: peak.mood, emotion: peak.emotion },
  ];
  if (end.messageId !== peak.messageId) {
    reasons.push({ code: 'end', messageId: end.messageId, mood: end.mood, emotion: end.emotion });
  }
  const first = turns[0];
  if (first !== undefined && turns.length > 1) {
    const lowest = Math.min(...turns.map((t) => t.mood));
    if (end.mood - lowest >= 0.5) reasons.push({ code: 'recovered', from: lowest, to: end.mood });
    else if (first.mood - end.mood >= 0.5)
      reasons.push({ code: 'ended_worse', from: first.mood, to: end.mood });
  }
  const worst = minBy(replies, (r) => r.change ?? 0);
  if (worst?.effect === 'inflamed' && worst.change !== null) {
    reasons.push({ code: 'inflamed_by_reply', replyId: worst.replyId, change: worst.change });
  }
  const best = minBy(replies, (r) => -(r.change ?? 0));
  if (best?.effect === 'de-escalated' && best.change !== null) {
    reasons.push({ code: 'de_escalated_by_reply', replyId: best.replyId, change: best.change });
  }
  if (lastAuthorIsCustomer && end.upset > 0) reasons.push({ code: 'unanswered', messageId: end.messageId });
  return { label, score, reasons, message: render(label, reasons) };
}

function render(label: RememberedLabel, reasons: readonly JourneyReason[]): string {
  const parts: string[] = [];
  for (const reason of reasons) {
    switch (reason.code) {
      case 'no_customer_messages':
        parts.push('The customer has not written yet, so there is nothing to remember.');
        break;
      case 'peak':
        parts.push(`The most intense moment was ${feeling(reason.mood, reason.emotion)}.`);
        break;
      case 'end':
        parts.push(`Their last message was ${feeling(reason.mood, reason.emotion)}.`);
        break;
      case 'recovered':
        parts.push('They ended calmer than at their lowest point.');
        break;
      case 'ended_worse':
        parts.push('They ended more upset than they started.');
        break;
      case 'inflamed_by_reply':
        parts.push('One reply made things worse.');
        break;
      case 'de_escalated_by_reply':
        parts.push('One reply clearly calmed them down.');
        break;
      case 'unanswered':
        parts.push('Their last, upset message has no answer yet.');
        break;
    }
  }
  const verdict: Record<RememberedLabel, string> = {
    positive: 'Likely remembered well.',
    mixed: 'Likely remembered as mixed.',
    negative: 'Likely remembered badly.',
    unknown: '',
  };
  return [verdict[label], ...parts].filter((p) => p.length > 0).join(' ');
}

function feeling(mood: number, emotion: string | null): string {
  const tone = mood <= -0.25 ? 'negative' : mood >= 0.25 ? 'positive' : 'neutral';
  return emotion !== null && emotion !== 'neutral' ? `${tone} (${emotion})` : tone;
}

function minBy<T>(items: readonly T[], key: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestKey = Number.POSITIVE_INFINITY;
  for (const item of items) {
    const k = key(item);
    if (k < bestKey) {
      best = item;
      bestKey = k;
    }
  }
  return best;
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
