import { type Kysely, type Migration, sql } from 'kysely';

// Role-play training. A session keeps the scenario it was played on (a snapshot, so a session
// started on a scenario built from a conversation, or on an older library version, can still be
// continued and debriefed) and the engine's session state, both JSON as text. An assignment is
// one agent's share of a workshop: the scenarios a lead asked them to practise.

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('roleplay_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('workshop', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('assigned_by', 'text')
    .addColumn('scenario_ids', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('roleplay_assignments_workspace_id_key', ['workspace_id', 'id'])
    .addUniqueConstraint('roleplay_assignments_workshop_user_key', ['workspace_id', 'workshop', 'user_id'])
    .addForeignKeyConstraint(
      'roleplay_assignments_user_fkey',
      ['workspace_id', 'user_id'],
      'users',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'roleplay_assignments_assigned_by_fkey',
      ['workspace_id', 'assigned_by'],
      'users',
      ['workspace_id', 'id'],
    )
    .addCheckConstraint('roleplay_assignments_due_check', sql`due_on is null or length(due_on) = 10`)
    .execute();

  await db.schema
    .createTable('roleplay_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', 'text')
    .addColumn('assignment_id', 'text')
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    .addColumn('scenario', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('turns', 'integer', (c) => c.notNull())
    .addColumn('score', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('roleplay_sessions_workspace_id_key', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'roleplay_sessions_user_fkey',
      ['workspace_id', 'user_id'],
      'users',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    // No ON DELETE action: SET NULL on a composite key would clear workspace_id too (SQLite cannot
    // name the column), so the repository detaches sessions before it removes an assignment.
    .addForeignKeyConstraint(
      'roleplay_sessions_assignment_fkey',
      ['workspace_id', 'assignment_id'],
      'roleplay_assignments',
      ['workspace_id', 'id'],
    )
    .addCheckConstraint(
      'roleplay_sessions_status_check',
      sql`status in ('active', 'solved', 'left', 'timeout')`,
    )
    .execute();

  await db.schema
    .createIndex('roleplay_sessions_workspace_user_idx')
    .on('roleplay_sessions')
    .columns(['workspace_id', 'user_id', 'updated_at'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('roleplay_sessions').execute();
  await db.schema.dropTable('roleplay_assignments').execute();
}

export const roleplay: Migration = { up, down };
