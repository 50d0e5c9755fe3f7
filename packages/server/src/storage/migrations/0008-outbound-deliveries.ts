import { type Kysely, type Migration, sql } from 'kysely';

// A durable queue for outbound webhooks: an event is stored for each target before anything is
// sent, so a target that is down for an hour, or a server restart, loses nothing; workers retry
// with growing pauses and give up, visibly, after a day. Removing a target removes what it owed.

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outbound_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('webhook_id', 'text', (c) =>
      c.notNull().references('outbound_webhooks.id').onDelete('cascade'),
    )
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('outbound_deliveries_status_check', sql`status in ('pending', 'sent', 'failed')`)
    .execute();
  await db.schema
    .createIndex('outbound_deliveries_due_idx')
    .on('outbound_deliveries')
    .columns(['workspace_id', 'status', 'next_attempt_at'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outbound_deliveries').execute();
}

export const outboundDeliveries: Migration = { up, down };
