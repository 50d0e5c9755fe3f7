import { type AnalysesRepository, analysesRepository } from './analyses-repository.js';
import { type ApiKeysRepository, apiKeysRepository } from './api-keys-repository.js';
import { type ConversationsRepository, conversationsRepository } from './conversations-repository.js';
import { type CustomerFactsRepository, customerFactsRepository } from './customer-facts-repository.js';
import { type CustomersRepository, customersRepository } from './customers-repository.js';
import { type ImportBatchesRepository, importBatchesRepository } from './import-batches-repository.js';
import { type MessagesRepository, messagesRepository } from './messages-repository.js';
import { type MomentsRepositories, momentsRepositories } from './moments-repositories.js';
import {
  type OutboundDeliveriesRepository,
  outboundDeliveriesRepository,
} from './outbound-deliveries-repository.js';
import { type PrivacyRepository, privacyRepository } from './privacy-repository.js';
import { type PublicPostsRepository, publicPostsRepository } from './public-posts-repository.js';
import type { RepositoryContext } from './repository-context.js';
import { type RoleplayRepositories, roleplayRepositories } from './roleplay-repositories.js';
import { type TeamRepositories, teamRepositories } from './team/index.js';
import { type UsersRepository, usersRepository } from './users-repository.js';
import { type WebhooksRepository, webhooksRepository } from './webhooks-repository.js';

/**
 * Every repository of one workspace. This is the only way to reach customer data: each method
 * adds `workspace_id = ?` itself, so no caller can forget it.
 */
export interface WorkspaceScope {
  readonly workspaceId: string;
  readonly users: UsersRepository;
  readonly customers: CustomersRepository;
  readonly conversations: ConversationsRepository;
  readonly messages: MessagesRepository;
  readonly analyses: AnalysesRepository;
  /** Moment rules, customer events, opt-outs and the moments outbox. */
  readonly moments: MomentsRepositories;
  /** What customers told us about themselves (customer memory). */
  readonly customerFacts: CustomerFactsRepository;
  /** Batch upserts for help-desk importers. */
  readonly importBatches: ImportBatchesRepository;
  /** Privacy settings and erasure of a customer. */
  readonly privacy: PrivacyRepository;
  readonly apiKeys: ApiKeysRepository;
  readonly webhooks: WebhooksRepository;
  /** The durable queue of outbound webhook events, retried until delivered or given up. */
  readonly outboundDeliveries: OutboundDeliveriesRepository;
  /** Public reviews and social posts (voice of the customer). */
  readonly publicPosts: PublicPostsRepository;
  /** The team scorecard: scored replies, conversation endings, leads' reviews, goals. */
  readonly team: TeamRepositories;
  /** Role-play training: sessions played and workshop assignments. */
  readonly roleplay: RoleplayRepositories;
  /**
   * Runs `work` with repositories bound to one transaction: if it throws, nothing it wrote stays.
   * @example await scope.transaction(async (tx) => { const c = await tx.customers.create(...); ... });
   */
  transaction<T>(work: (scope: WorkspaceScope) => Promise<T>): Promise<T>;
}

export function workspaceScope(ctx: RepositoryContext): WorkspaceScope {
  return {
    workspaceId: ctx.workspaceId,
    users: usersRepository(ctx),
    customers: customersRepository(ctx),
    conversations: conversationsRepository(ctx),
    messages: messagesRepository(ctx),
    analyses: analysesRepository(ctx),
    moments: momentsRepositories(ctx),
    customerFacts: customerFactsRepository(ctx),
    importBatches: importBatchesRepository(ctx),
    privacy: privacyRepository(ctx),
    apiKeys: apiKeysRepository(ctx),
    webhooks: webhooksRepository(ctx),
    outboundDeliveries: outboundDeliveriesRepository(ctx),
    publicPosts: publicPostsRepository(ctx),
    team: teamRepositories(ctx),
    roleplay: roleplayRepositories(ctx),
    transaction: (work) =>
      ctx.db.isTransaction
        ? work(workspaceScope(ctx))
        : ctx.db.transaction().execute((trx) => work(workspaceScope({ ...ctx, db: trx }))),
  };
}
