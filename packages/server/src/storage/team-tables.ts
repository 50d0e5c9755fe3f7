// The team scorecard's tables (migration 0005-team-reviews), kept beside `schema.ts`, which lists them.

/** One scored agent reply: 0/1 per metric, null where the metric does not apply. */
export interface ReplyScoreTable {
  message_id: string;
  workspace_id: string;
  conversation_id: string;
  agent_id: string;
  at: string;
  week: string;
  score: number;
  empathy: number | null;
  active_listening: number | null;
  regulation: number | null;
  de_escalation: number | null;
  apology_fit: number | null;
  personalisation: number | null;
  jargon_free: number | null;
  heat_before: number;
  heat_after: number | null;
  customer_emotional: number;
  customer_hostile: number;
  scored_at: string;
}

/** How a conversation ended, and when it was last scored. */
export interface ConversationScoreTable {
  conversation_id: string;
  workspace_id: string;
  agent_id: string | null;
  at: string | null;
  week: string | null;
  end_valence: number | null;
  ended_well: number | null;
  replies: number;
  scored_at: string;
}

/** A lead's own review of a conversation: verdicts per metric as JSON text. */
export interface TeamReviewTable {
  id: string;
  workspace_id: string;
  conversation_id: string;
  reviewer_id: string;
  ratings: string;
  note: string | null;
  created_at: string;
  updated_at: string;
}

/** A target for one metric; `agent_key` is the agent's id, or '' for the whole team. */
export interface TeamGoalTable {
  id: string;
  workspace_id: string;
  metric: string;
  agent_key: string;
  target: number;
  created_at: string;
  updated_at: string;
}
