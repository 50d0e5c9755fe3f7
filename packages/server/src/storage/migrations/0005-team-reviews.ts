import { type Kysely, type Migration, sql } from 'kysely';

// The team's scorecards aggregate these rows with SQL instead of coaching every reply again:
// `reply_scores` holds one row per scored agent reply (0/1 per metric, null where it does not
// apply), `conversation_scores` how each conversation ended and when it was last scored (a
// conversation updated after that is scored again). Leads' own reviews and the goals they set
// live beside them. Real numbers are `double precision` (PostgreSQL's `real` would round them).

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reply_scores')
    .addColumn('message_id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('empathy', 'integer')
    .addColumn('active_listening', 'integer')
    .addColumn('regulation', 'integer')
    .addColumn('de_escalation', 'integer')
    .addColumn('apology_fit', 'integer')
    .addColumn('personalisation', 'integer')
    .addColumn('jargon_free', 'integer')
    .addColumn('heat_before', 'double precision', (c) => c.notNull())
    .addColumn('heat_after', 'double precision')
    .addColumn('customer_emotional', 'integer', (c) => c.notNull())
    .addColumn('customer_hostile', 'integer', (c) => c.notNull())
    .addColumn('scored_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'reply_scores_message_fkey',
      ['workspace_id', 'message_id'],
      'messages',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('reply_scores_workspace_at_idx')
    .on('reply_scores')
    .columns(['workspace_id', 'at'])
    .execute();
  await db.schema
    .createIndex('reply_scores_workspace_agent_at_idx')
    .on('reply_scores')
    .columns(['workspace_id', 'agent_id', 'at'])
    .execute();
  await db.schema
    .createIndex('reply_scores_conversation_idx')
    .on('reply_scores')
    .columns(['workspace_id', 'conversation_id'])
    .execute();

  await db.schema
    .createTable('conversation_scores')
    .addColumn('conversation_id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('agent_id', 'text')
    .addColumn('at', 'text')
    .addColumn('week', 'text')
    .addColumn('end_valence', 'double precision')
    .addColumn('ended_well', 'integer')
    .addColumn('replies', 'integer', (c) => c.notNull())
    .addColumn('scored_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'conversation_scores_conversation_fkey',
      ['workspace_id', 'conversation_id'],
      'conversations',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('conversation_scores_workspace_at_idx')
    .on('conversation_scores')
    .columns(['workspace_id', 'at'])
    .execute();

  await db.schema
    .createTable('team_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('reviewer_id', 'text', (c) => c.notNull())
    .addColumn('ratings', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('team_reviews_one_per_reviewer_key', [
      'workspace_id',
      'conversation_id',
      'reviewer_id',
    ])
    .addForeignKeyConstraint(
      'team_reviews_conversation_fkey',
      ['workspace_id', 'conversation_id'],
      'conversations',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'team_reviews_reviewer_fkey',
      ['workspace_id', 'reviewer_id'],
      'users',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('team_goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('metric', 'text', (c) => c.notNull())
    // '' for the whole team: a unique key over a nullable column would let two team goals in.
    .addColumn('agent_key', 'text', (c) => c.notNull())
    .addColumn('target', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('team_goals_metric_agent_key', ['workspace_id', 'metric', 'agent_key'])
    .addCheckConstraint('team_goals_target_check', sql`target >= 0 and target <= 1`)
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['team_goals', 'team_reviews', 'conversation_scores', 'reply_scores']) {
    await db.schema.dropTable(table).execute();
  }
}

export const teamReviews: Migration = { up, down };
