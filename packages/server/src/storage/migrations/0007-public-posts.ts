import { type Kysely, type Migration, sql } from 'kysely';

// Public reviews and social posts, one row per post per source. `external_key` is what makes an
// import idempotent: the source's own id when the file has one, else the post's URL, else a hash
// of author, date and text, so importing the same file twice stores each post once.
// The engine's analysis is stored beside the post (JSON as text, like message_analyses).

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('public_posts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('external_key', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('rating', 'integer')
    .addColumn('posted_at', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('reach', 'integer')
    .addColumn('model_version', 'text', (c) => c.notNull())
    .addColumn('analysis', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('public_posts_workspace_id_key', ['workspace_id', 'id'])
    .addUniqueConstraint('public_posts_external_key', ['workspace_id', 'source', 'external_key'])
    .addCheckConstraint('public_posts_rating_check', sql`rating is null or (rating >= 1 and rating <= 5)`)
    .addCheckConstraint('public_posts_reach_check', sql`reach is null or reach >= 0`)
    .execute();
  await db.schema
    .createIndex('public_posts_workspace_posted_idx')
    .on('public_posts')
    .columns(['workspace_id', 'posted_at'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('public_posts').execute();
}

export const publicPosts: Migration = { up, down };
