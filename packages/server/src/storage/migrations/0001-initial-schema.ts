import { type Kysely, type Migration, sql } from 'kysely';

// Column types are plain text/integer on purpose: the same DDL runs on SQLite and PostgreSQL and
// the same rows come back from both (ISO timestamps, JSON as text, dates as `YYYY-MM-DD`).
// Foreign keys between customer-data tables include `workspace_id`, so a row can never point at
// another workspace's row even if application code got the id from somewhere else.

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workspaces')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('users_workspace_email_key', ['workspace_id', 'email'])
    .addUniqueConstraint('users_workspace_id_key', ['workspace_id', 'id'])
    .addCheckConstraint('users_role_check', sql`role in ('agent', 'lead', 'admin')`)
    .execute();

  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('time_zone', 'text')
    .addColumn('birthday', 'text')
    .addColumn('customer_since', 'text')
    .addColumn('attributes', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('external_source', 'text')
    .addColumn('external_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('customers_workspace_id_key', ['workspace_id', 'id'])
    .addUniqueConstraint('customers_external_key', ['workspace_id', 'external_source', 'external_id'])
    .addCheckConstraint('customers_birthday_check', sql`birthday is null or length(birthday) = 10`)
    .addCheckConstraint('customers_since_check', sql`customer_since is null or length(customer_since) = 10`)
    .execute();

  await db.schema
    .createTable('conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('customer_id', 'text')
    .addColumn('assigned_user_id', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('external_source', 'text')
    .addColumn('external_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('conversations_workspace_id_key', ['workspace_id', 'id'])
    .addUniqueConstraint('conversations_external_key', ['workspace_id', 'external_source', 'external_id'])
    .addForeignKeyConstraint('conversations_customer_fkey', ['workspace_id', 'customer_id'], 'customers', [
      'workspace_id',
      'id',
    ])
    .addForeignKeyConstraint('conversations_assignee_fkey', ['workspace_id', 'assigned_user_id'], 'users', [
      'workspace_id',
      'id',
    ])
    .addCheckConstraint('conversations_status_check', sql`status in ('open', 'pending', 'solved', 'closed')`)
    .execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('author_kind', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('external_source', 'text')
    .addColumn('external_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('messages_workspace_id_key', ['workspace_id', 'id'])
    .addUniqueConstraint('messages_external_key', ['workspace_id', 'external_source', 'external_id'])
    .addForeignKeyConstraint(
      'messages_conversation_fkey',
      ['workspace_id', 'conversation_id'],
      'conversations',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('messages_author_fkey', ['workspace_id', 'author_user_id'], 'users', [
      'workspace_id',
      'id',
    ])
    .addCheckConstraint('messages_author_kind_check', sql`author_kind in ('customer', 'agent', 'system')`)
    .execute();

  await db.schema
    .createTable('message_analyses')
    .addColumn('message_id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('model_version', 'text', (c) => c.notNull())
    .addColumn('analysis', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'message_analyses_message_fkey',
      ['workspace_id', 'message_id'],
      'messages',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createIndex('conversations_workspace_updated_idx')
    .on('conversations')
    .columns(['workspace_id', 'updated_at'])
    .execute();
  await db.schema
    .createIndex('conversations_workspace_customer_idx')
    .on('conversations')
    .columns(['workspace_id', 'customer_id'])
    .execute();
  await db.schema
    .createIndex('messages_conversation_created_idx')
    .on('messages')
    .columns(['workspace_id', 'conversation_id', 'created_at'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['message_analyses', 'messages', 'conversations', 'customers', 'users', 'workspaces']) {
    await db.schema.dropTable(table).execute();
  }
}

export const initialSchema: Migration = { up, down };
