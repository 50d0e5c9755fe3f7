import type { Generated } from 'kysely';
import type { OutboundDeliveryTable } from './outbound-delivery-table.js';
import type { PublicPostTable } from './public-post-table.js';
import type { RoleplayAssignmentTable, RoleplaySessionTable } from './roleplay-tables.js';
import type {
  ConversationScoreTable,
  ReplyScoreTable,
  TeamGoalTable,
  TeamReviewTable,
} from './team-tables.js';

/**
 * The tables as Kysely sees them. Every timestamp is an ISO-8601 string (`toISOString()`, UTC, fixed
 * width so text order is time order) and every JSON value is text, in both dialects, so the same
 * query returns equal rows on SQLite and PostgreSQL.
 */
export interface Database {
  workspaces: WorkspaceTable;
  users: UserTable;
  customers: CustomerTable;
  conversations: ConversationTable;
  messages: MessageTable;
  message_analyses: MessageAnalysisTable;
  customer_facts: CustomerFactTable;
  sessions: SessionTable;
  api_keys: ApiKeyTable;
  inbound_webhooks: InboundWebhookTable;
  outbound_webhooks: OutboundWebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
  outbound_deliveries: OutboundDeliveryTable;
  moment_rules: MomentRulesTable;
  customer_events: CustomerEventTable;
  moment_opt_outs: MomentOptOutTable;
  moment_outbox: MomentOutboxTable;
  reply_scores: ReplyScoreTable;
  conversation_scores: ConversationScoreTable;
  team_reviews: TeamReviewTable;
  team_goals: TeamGoalTable;
  public_posts: PublicPostTable;
  roleplay_assignments: RoleplayAssignmentTable;
  roleplay_sessions: RoleplaySessionTable;
}

export interface WorkspaceTable {
  id: string;
  slug: string;
  name: string;
  /** 1 (the default): card numbers are replaced before message text is stored; 0: kept as written. */
  redact_card_numbers: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  id: string;
  workspace_id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string | null;
  created_at: string;
  updated_at: string;
}

export interface CustomerTable {
  id: string;
  workspace_id: string;
  name: string;
  email: string | null;
  time_zone: string | null;
  /** `YYYY-MM-DD`, or null when unknown — never a made-up 0/epoch date. */
  birthday: string | null;
  customer_since: string | null;
  attributes: string;
  external_source: string | null;
  external_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ConversationTable {
  id: string;
  workspace_id: string;
  customer_id: string | null;
  assigned_user_id: string | null;
  channel: string;
  status: string;
  subject: string | null;
  external_source: string | null;
  external_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface MessageTable {
  id: string;
  workspace_id: string;
  conversation_id: string;
  author_kind: string;
  author_user_id: string | null;
  body: string;
  external_source: string | null;
  external_id: string | null;
  created_at: string;
}

export interface MessageAnalysisTable {
  message_id: string;
  workspace_id: string;
  model_version: string;
  analysis: string;
  created_at: string;
}

/** Something a customer said about themselves (a preference, a life event, a deadline...). */
export interface CustomerFactTable {
  id: string;
  workspace_id: string;
  customer_id: string;
  kind: string;
  key: string;
  value: string;
  confidence: number;
  /** The words the fact was read from. */
  evidence: string;
  /** The extraction rule's id. */
  rule: string;
  message_id: string | null;
  times_seen: number;
  first_seen_at: string;
  last_seen_at: string;
  created_at: string;
  updated_at: string;
}

/** A signed-in browser; the cookie holds the token, the table only its SHA-256. */
export interface SessionTable {
  token_hash: string;
  workspace_id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** An integration's key; shown once at creation, kept as its SHA-256. */
export interface ApiKeyTable {
  id: string;
  workspace_id: string;
  name: string;
  role: string;
  prefix: string;
  key_hash: string;
  created_by_user_id: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** The shared secret a help desk signs its webhooks with, per workspace and help desk. */
export interface InboundWebhookTable {
  workspace_id: string;
  source: string;
  secret: string;
  created_at: string;
  updated_at: string;
}

/** Where analyses of new customer messages are posted, signed with `secret`. */
export interface OutboundWebhookTable {
  id: string;
  workspace_id: string;
  url: string;
  secret: string;
  created_at: string;
}

/** Each inbound delivery once, so a help desk's retries change nothing. */
export interface WebhookDeliveryTable {
  workspace_id: string;
  source: string;
  delivery_id: string;
  received_at: string;
  result: string;
}

/** A workspace's moment rules as the person wrote them (YAML or JSON); no row means the defaults. */
export interface MomentRulesTable {
  workspace_id: string;
  format: string;
  source: string;
  updated_at: string;
}

/** Something that happened to a customer (an order, an offer used, a conversation that ended...). */
export interface CustomerEventTable {
  id: string;
  workspace_id: string;
  customer_id: string;
  type: string;
  /** The event's number among this customer's events of this type (1 = their first). */
  sequence: number;
  occurred_at: string;
  data: string;
  idempotency_key: string | null;
  created_at: string;
}

/** A customer's "no more moments" (one type, or `all`). */
export interface MomentOptOutTable {
  workspace_id: string;
  customer_id: string;
  moment_type: string;
  created_at: string;
}

/** Every moment passes through here exactly once per idempotency key. */
export interface MomentOutboxTable {
  id: string;
  workspace_id: string;
  idempotency_key: string;
  rule_id: string;
  customer_id: string;
  moment_type: string;
  channel: string;
  status: string;
  scheduled_for: string;
  recipient: string | null;
  webhook_url: string | null;
  subject: string;
  body: string;
  reason: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  lease_owner: string | null;
  lease_expires_at: string | null;
  reviewed_by: string | null;
  sent_at: string | null;
  created_at: string;
  updated_at: string;
}
