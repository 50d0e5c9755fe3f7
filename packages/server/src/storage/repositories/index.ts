export type { AnalysesRepository, AnalysisInput, StoredAnalysis } from './analyses-repository.js';
export type { ApiKey, ApiKeyInput, ApiKeysRepository } from './api-keys-repository.js';
export { type ApiKeyIdentity, type AuthRepository, authRepository, type Session } from './auth-repository.js';
export type {
  Channel,
  Conversation,
  ConversationInput,
  ConversationListOptions,
  ConversationPatch,
  ConversationStatus,
  ConversationsRepository,
  ConversationUpsert,
} from './conversations-repository.js';
export type {
  CustomerEventInput,
  CustomerEventsRepository,
  StoredCustomerEvent,
} from './customer-events-repository.js';
export type {
  CustomerFact,
  CustomerFactInput,
  CustomerFactsRepository,
} from './customer-facts-repository.js';
export type {
  Customer,
  CustomerInput,
  CustomerPatch,
  CustomersRepository,
  CustomerUpsert,
  ListOptions,
} from './customers-repository.js';
export type {
  BatchResult,
  ChangedMessage,
  ImportAnalysisRow,
  ImportBatch,
  ImportBatchesRepository,
  ImportConversationRow,
  ImportCustomerRow,
  ImportMessageRow,
  WriteCounts,
  WrittenIds,
} from './import-batches-repository.js';
export { AUTHOR_KINDS, CHANNELS, CONVERSATION_STATUSES, USER_ROLES } from './inputs.js';
export type {
  AuthorKind,
  Message,
  MessageInput,
  MessagesRepository,
  MessageUpsert,
} from './messages-repository.js';
export {
  type MomentOptOut,
  type MomentOptOutsRepository,
  OPT_OUT_SCOPES,
  type OptOutScope,
} from './moment-opt-outs-repository.js';
export {
  type ClaimOptions,
  type MomentOutboxRepository,
  OUTBOX_STATUSES,
  type OutboxEntry,
  type OutboxItem,
  type OutboxStatus,
} from './moment-outbox-repository.js';
export type { MomentRulesRepository, RulesFormat, StoredMomentRules } from './moment-rules-repository.js';
export type { MomentsRepositories } from './moments-repositories.js';
export type {
  ClaimedDelivery,
  OutboundDeliveriesRepository,
  OutboundDelivery,
} from './outbound-deliveries-repository.js';
export type {
  ErasureReport,
  PrivacyRepository,
  PrivacySettings,
  PrivacySettingsPatch,
} from './privacy-repository.js';
export type {
  PublicPost,
  PublicPostCounts,
  PublicPostInput,
  PublicPostListOptions,
  PublicPostsRepository,
  StoredPostFields,
} from './public-posts-repository.js';
export type { RepositoryContext } from './repository-context.js';
export type {
  RoleplayAssignInput,
  RoleplayAssignment,
  RoleplayAssignmentsRepository,
} from './roleplay-assignments-repository.js';
export type { RoleplayRepositories } from './roleplay-repositories.js';
export type {
  RoleplaySession,
  RoleplaySessionInput,
  RoleplaySessionSummary,
  RoleplaySessionsRepository,
  RoleplaySessionUpdate,
  RoleplayStatus,
} from './roleplay-sessions-repository.js';
export type {
  ConversationScoresRepository,
  ReplyScoresRepository,
  TallyQuery,
  TeamGoalInput,
  TeamGoalsRepository,
  TeamRepositories,
  TeamReview,
  TeamReviewInput,
  TeamReviewsRepository,
} from './team/index.js';
export type { User, UserInput, UserPatch, UserRole, UsersRepository } from './users-repository.js';
export {
  type OutboundWebhook,
  type OutboundWebhookInput,
  WEBHOOK_SOURCES,
  type WebhookSource,
  type WebhooksRepository,
} from './webhooks-repository.js';
export { type WorkspaceScope, workspaceScope } from './workspace-scope.js';
export {
  type Workspace,
  type WorkspaceInput,
  type WorkspacePatch,
  type WorkspacesRepository,
  workspacesRepository,
} from './workspaces-repository.js';
