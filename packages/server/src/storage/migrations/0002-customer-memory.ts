import { type Kysely, type Migration, sql } from 'kysely';

// What customers told us about themselves, one row per (customer, kind, key): a newer statement
// updates the row instead of adding a second one. `message_id` has no foreign key on purpose:
// a fact outlives an edited message, and erasing a customer deletes both together.
// `redact_card_numbers` is on by default: card numbers in imported or received text are replaced
// before they reach the database unless a workspace turns it off.

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('customer_facts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addColumn('times_seen', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('customer_facts_key', ['workspace_id', 'customer_id', 'kind', 'key'])
    .addForeignKeyConstraint(
      'customer_facts_customer_fkey',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('customer_facts_confidence_check', sql`confidence >= 0 and confidence <= 1`)
    .execute();

  await db.schema
    .alterTable('workspaces')
    .addColumn('redact_card_numbers', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('workspaces').dropColumn('redact_card_numbers').execute();
  await db.schema.dropTable('customer_facts').execute();
}

export const customerMemory: Migration = { up, down };
