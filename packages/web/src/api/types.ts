import type { Analysis } from '@rapport/engine';

/** The shapes the web app reads from the API, declared narrowly (only what the pages use). */
export interface InboxItem {
  id: string;
  subject: string | null;
  status: string;
  channel: string;
  updatedAt: string;
  customer: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  messageCount: number;
  lastMessage: { authorKind: string; preview: string; createdAt: string } | null;
  mood: { emotion: string | null; sentiment: 'negative' | 'neutral' | 'positive' | null; upset: number };
  risk: { escalation: number; churn: number };
  remembered: string;
  awaitingReply: boolean;
}

export interface ThreadMessage {
  id: string;
  authorKind: 'customer' | 'agent' | 'system';
  authorUserId: string | null;
  body: string;
  createdAt: string;
  analysis: Analysis | null;
}

export interface JourneyTurnView {
  messageId: string;
  at?: string;
  mood: number;
  intensity: number;
  upset: number;
  emotion: string | null;
  escalation: number;
  churn: number;
}

export interface Thread {
  conversation: { id: string; subject: string | null; status: string; channel: string; createdAt: string };
  customer: {
    id: string;
    name: string;
    email: string | null;
    timeZone: string | null;
    birthday: string | null;
    customerSince: string | null;
    attributes: Record<string, unknown>;
  } | null;
  facts: Array<{
    id: string;
    kind: string;
    key: string;
    value: string;
    evidence: string;
    confidence: number;
  }>;
  assignee: { id: string; name: string } | null;
  messages: ThreadMessage[];
  journey: {
    turns: JourneyTurnView[];
    peak: JourneyTurnView | null;
    end: JourneyTurnView | null;
    replies: Array<{ replyId: string; effect: string; change: number | null }>;
    remembered: { label: string; score: number; message: string };
    risk: { escalation: number; churn: number; trend: number; reasons: string[] };
  };
}
