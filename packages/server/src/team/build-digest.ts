import { type Channel, compose, team } from '@rapport/engine';
import type { Conversation, Message, WorkspaceScope } from '../storage/index.js';
import type { ReportPeriod } from './period.js';

/** One reply quoted in a digest, with the customer's words it answered. */
export interface DigestReply {
  conversationId: string;
  messageId: string;
  at: string;
  score: number;
  quote: string;
  customerQuote: string;
}

export interface CoachingDigest {
  agentId: string;
  name: string;
  period: { from: string; to: string };
  best: DigestReply | null;
  missed: (DigestReply & { missedMetrics: team.MetricId[]; rewrite: { text: string; score: number } }) | null;
}

/**
 * An agent's coaching digest for a period: their best moment (the highest-scoring reply,
 * preferring replies to a customer who showed emotion), a missed opportunity (the lowest-scoring
 * reply that missed a habit where it applied) and the composer's rewrite of that reply.
 * @example await buildDigest(ws, { agentId, name: 'Sam', period })
 */
export async function buildDigest(
  ws: WorkspaceScope,
  { agentId, name, period }: { agentId: string; name: string; period: ReportPeriod },
): Promise<CoachingDigest> {
  const picks = await ws.team.replyScores.digestPicks(agentId, period.start, period.end);
  const best = picks.best ? await quote(ws, picks.best) : null;
  let missed: CoachingDigest['missed'] = null;
  if (picks.missed) {
    const context = await quote(ws, picks.missed);
    if (context) {
      const draft = compose({
        customer: context.customerTurn,
        // First name only: a rewrite greets the customer as an agent would.
        ...(context.customerName && {
          customerName: context.customerName.split(' ')[0] ?? context.customerName,
        }),
        agentName: name.split(' ')[0] ?? name,
        channel: channelFor(context.conversation),
        previousReplies: context.previousReplies,
        // The same reply always gets the same suggestion.
        seed: 1,
      }).draft;
      missed = {
        ...context.reply,
        missedMetrics: team.missedMetrics(picks.missed),
        rewrite: { text: draft.text, score: draft.coach.score },
      };
    }
  }
  return { agentId, name, period: { from: period.from, to: period.to }, best: best?.reply ?? null, missed };
}

async function quote(ws: WorkspaceScope, score: team.ReplyScore) {
  const [conversation, messages] = await Promise.all([
    ws.conversations.get(score.conversationId),
    ws.messages.listByConversation(score.conversationId, { limit: 10_000 }),
  ]);
  const index = messages.findIndex((m) => m.id === score.messageId);
  const reply = messages[index];
  if (!conversation || !reply) return undefined;
  const before = messages.slice(0, index);
  const customerTurn = lastCustomerTurn(before);
  const customer = conversation.customerId ? await ws.customers.get(conversation.customerId) : undefined;
  return {
    conversation,
    customerName: customer?.name,
    customerTurn,
    previousReplies: before.filter((m) => m.authorKind === 'agent').map((m) => m.body),
    reply: {
      conversationId: score.conversationId,
      messageId: score.messageId,
      at: score.at,
      score: score.score,
      quote: reply.body,
      customerQuote: customerTurn.join('\n'),
    },
  };
}

/** The customer's messages since the agent last wrote: what the reply answered. */
function lastCustomerTurn(before: readonly Message[]): string[] {
  const turn: string[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i];
    if (!m || m.authorKind === 'agent') break;
    if (m.authorKind === 'customer') turn.unshift(m.body);
  }
  return turn.slice(-3);
}

function channelFor(conversation: Conversation): Channel {
  if (conversation.channel === 'email') return 'email';
  if (conversation.channel === 'review' || conversation.channel === 'social') return 'public';
  return 'chat';
}
