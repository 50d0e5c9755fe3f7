import type { Migration } from 'kysely';
import { initialSchema } from './0001-initial-schema.js';
import { customerMemory } from './0002-customer-memory.js';
import { authAndWebhooks } from './0003-auth-and-webhooks.js';
import { moments } from './0004-moments.js';
import { teamReviews } from './0005-team-reviews.js';
import { roleplay } from './0006-roleplay.js';
import { publicPosts } from './0007-public-posts.js';
import { outboundDeliveries } from './0008-outbound-deliveries.js';

/**
 * Every migration, by name; names sort in the order they run. Append new ones, never edit a
 * released one: databases in the field have already run it.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial-schema': initialSchema,
  '0002-customer-memory': customerMemory,
  '0003-auth-and-webhooks': authAndWebhooks,
  '0004-moments': moments,
  '0005-team-reviews': teamReviews,
  '0006-roleplay': roleplay,
  '0007-public-posts': publicPosts,
  '0008-outbound-deliveries': outboundDeliveries,
};
