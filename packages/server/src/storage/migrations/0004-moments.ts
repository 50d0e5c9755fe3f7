import { type Kysely, type Migration, sql } from 'kysely';

// Moments: a workspace's rule document, the events customers generate, their opt-outs, and the
// outbox every moment passes through. The outbox's unique (workspace_id, idempotency_key) is what
// makes "never twice" hold however many schedulers run at once.

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('moment_rules')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('moment_rules_format_check', sql`format in ('yaml', 'json')`)
    .execute();

  await db.schema
    .createTable('customer_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('idempotency_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'customer_events_customer_fkey',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addUniqueConstraint('customer_events_sequence_key', ['workspace_id', 'customer_id', 'type', 'sequence'])
    .addUniqueConstraint('customer_events_idempotency_key', ['workspace_id', 'idempotency_key'])
    .execute();
  await db.schema
    .createIndex('customer_events_workspace_occurred_idx')
    .on('customer_events')
    .columns(['workspace_id', 'occurred_at'])
    .execute();

  await db.schema
    .createTable('moment_opt_outs')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('moment_type', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('moment_opt_outs_pkey', ['workspace_id', 'customer_id', 'moment_type'])
    .addForeignKeyConstraint(
      'moment_opt_outs_customer_fkey',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint(
      'moment_opt_outs_type_check',
      sql`moment_type in ('all', 'elevation', 'insight', 'pride', 'connection', 'recovery')`,
    )
    .execute();

  await db.schema
    .createTable('moment_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('moment_type', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('scheduled_for', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text')
    .addColumn('webhook_url', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('lease_owner', 'text')
    .addColumn('lease_expires_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('moment_outbox_idempotency_key', ['workspace_id', 'idempotency_key'])
    .addForeignKeyConstraint(
      'moment_outbox_customer_fkey',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('moment_outbox_channel_check', sql`channel in ('email', 'webhook')`)
    .addCheckConstraint(
      'moment_outbox_status_check',
      sql`status in ('review', 'pending', 'sending', 'sent', 'failed', 'skipped', 'cancelled')`,
    )
    .execute();
  // The worker's claim query: due rows of one workspace, in time order.
  await db.schema
    .createIndex('moment_outbox_due_idx')
    .on('moment_outbox')
    .columns(['workspace_id', 'status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('moment_outbox_customer_idx')
    .on('moment_outbox')
    .columns(['workspace_id', 'customer_id', 'scheduled_for'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['moment_outbox', 'moment_opt_outs', 'customer_events', 'moment_rules']) {
    await db.schema.dropTable(table).execute();
  }
}

export const moments: Migration = { up, down };
