import type { Analysis } from '@rapport/engine';
import { type Kysely, type Selectable, sql } from 'kysely';
import { z } from 'zod';
import type { PublicPostTable } from '../public-post-table.js';
import type { Database } from '../schema.js';
import { timestamp } from './inputs.js';
import { guard, inTransaction, parseInput, type RepositoryContext } from './repository-context.js';

/** A stored public post and its analysis. */
export interface PublicPost {
  id: string;
  workspaceId: string;
  source: string;
  externalKey: string;
  author: string | null;
  rating: number | null;
  postedAt: string;
  text: string;
  url: string | null;
  reach: number | null;
  modelVersion: string;
  analysis: Analysis;
  createdAt: string;
  updatedAt: string;
}

const postInput = z.object({
  source: z.string().trim().min(1).max(100),
  externalKey: z.string().min(1).max(500),
  author: z.string().max(300).nullable().optional(),
  rating: z.number().int().min(1).max(5).nullable().optional(),
  postedAt: timestamp,
  text: z.string().min(1).max(100_000),
  url: z.string().max(2000).nullable().optional(),
  reach: z.number().int().min(0).max(2_000_000_000).nullable().optional(),
  modelVersion: z.string().min(1).max(100),
  analysis: z.custom<Analysis>((v) => v !== null && typeof v === 'object' && !Array.isArray(v), {
    error: 'must be an analysis object',
  }),
});

export type PublicPostInput = z.input<typeof postInput>;

export interface PublicPostCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** What an import compares to tell a changed post from an unchanged one. */
export type StoredPostFields = Pick<
  PublicPost,
  'source' | 'externalKey' | 'author' | 'rating' | 'postedAt' | 'text' | 'url' | 'reach' | 'modelVersion'
>;

export interface PublicPostListOptions {
  /** ISO date-times; `from` inclusive, `to` exclusive. */
  from?: string;
  to?: string;
  source?: string;
  limit?: number;
  offset?: number;
}

export interface PublicPostsRepository {
  /**
   * Stores posts once per (source, external key), all or none. A post seen before is updated only
   * when something about it changed, so importing the same file twice reports it all unchanged.
   */
  upsertMany(inputs: readonly PublicPostInput[]): Promise<PublicPostCounts>;
  /**
   * The stored versions of these posts (by source and external key), without their analyses, so
   * an importer can skip analysing what has not changed.
   */
  findByKeys(keys: ReadonlyArray<{ source: string; externalKey: string }>): Promise<StoredPostFields[]>;
  get(id: string): Promise<PublicPost | undefined>;
  /** Posts newest first. */
  list(options?: PublicPostListOptions): Promise<PublicPost[]>;
  count(options?: Pick<PublicPostListOptions, 'from' | 'to' | 'source'>): Promise<number>;
}

export function publicPostsRepository(ctx: RepositoryContext): PublicPostsRepository {
  const { workspaceId } = ctx;
  const filtered = (options: PublicPostListOptions) => {
    let query = ctx.db.selectFrom('public_posts').where('workspace_id', '=', workspaceId);
    if (options.from) query = query.where('posted_at', '>=', options.from);
    if (options.to) query = query.where('posted_at', '<', options.to);
    if (options.source) query = query.where('source', '=', options.source);
    return query;
  };
  return {
    upsertMany: (inputs) =>
      guard(ctx, 'public post', async () => {
        const parsed = lastByKey(inputs.map((input) => parseInput(postInput, input, 'public post')));
        if (parsed.length === 0) return { created: 0, updated: 0, unchanged: 0 };
        const now = ctx.now();
        const values = parsed.map((v) => ({
          id: ctx.newId(),
          workspace_id: workspaceId,
          source: v.source,
          external_key: v.externalKey,
          author: v.author ?? null,
          rating: v.rating ?? null,
          posted_at: v.postedAt,
          body: v.text,
          url: v.url ?? null,
          reach: v.reach ?? null,
          model_version: v.modelVersion,
          analysis: JSON.stringify(v.analysis),
          created_at: now,
          updated_at: now,
        }));
        return inTransaction(ctx, async (db) => {
          let created = 0;
          let updated = 0;
          // SQLite allows 32,766 bound values per statement; 14 columns x 500 rows stays well below.
          for (let at = 0; at < values.length; at += 500) {
            const chunk = values.slice(at, at + 500);
            const written = await upsertChunk(db, chunk);
            const fresh = new Set(chunk.map((v) => v.id));
            for (const row of written) {
              if (fresh.has(row.id)) created++;
              else updated++;
            }
          }
          return { created, updated, unchanged: values.length - created - updated };
        });
      }),
    findByKeys: async (keys) => {
      const out: StoredPostFields[] = [];
      const bySource = new Map<string, string[]>();
      for (const k of keys) bySource.set(k.source, [...(bySource.get(k.source) ?? []), k.externalKey]);
      for (const [source, externalKeys] of bySource) {
        for (let at = 0; at < externalKeys.length; at += 500) {
          const rows = await filtered({ source })
            .select([
              'source',
              'external_key',
              'author',
              'rating',
              'posted_at',
              'body',
              'url',
              'reach',
              'model_version',
            ])
            .where('external_key', 'in', externalKeys.slice(at, at + 500))
            .execute();
          for (const row of rows) {
            out.push({
              source: row.source,
              externalKey: row.external_key,
              author: row.author,
              rating: row.rating === null ? null : Number(row.rating),
              postedAt: row.posted_at,
              text: row.body,
              url: row.url,
              reach: row.reach === null ? null : Number(row.reach),
              modelVersion: row.model_version,
            });
          }
        }
      }
      return out;
    },
    get: async (id) => {
      const row = await filtered({}).selectAll().where('id', '=', id).executeTakeFirst();
      return row && toPost(row);
    },
    list: async (options = {}) =>
      (
        await filtered(options)
          .selectAll()
          .orderBy('posted_at', 'desc')
          .orderBy('id', 'desc')
          .limit(Math.min(100_000, Math.max(1, Math.trunc(options.limit ?? 1000))))
          .offset(Math.max(0, Math.trunc(options.offset ?? 0)))
          .execute()
      ).map(toPost),
    count: async (options = {}) => {
      const row = await filtered(options)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

function upsertChunk(db: Kysely<Database>, values: Selectable<PublicPostTable>[]) {
  return db
    .insertInto('public_posts')
    .values(values)
    .onConflict((oc) =>
      oc
        .columns(['workspace_id', 'source', 'external_key'])
        .doUpdateSet({
          author: sql`excluded.author`,
          rating: sql`excluded.rating`,
          posted_at: sql`excluded.posted_at`,
          body: sql`excluded.body`,
          url: sql`excluded.url`,
          reach: sql`excluded.reach`,
          model_version: sql`excluded.model_version`,
          analysis: sql`excluded.analysis`,
          updated_at: sql`excluded.updated_at`,
        })
        .where(
          sql<boolean>`public_posts.body is distinct from excluded.body
            or public_posts.author is distinct from excluded.author
            or public_posts.rating is distinct from excluded.rating
            or public_posts.posted_at is distinct from excluded.posted_at
            or public_posts.url is distinct from excluded.url
            or public_posts.reach is distinct from excluded.reach
            or public_posts.model_version is distinct from excluded.model_version`,
        ),
    )
    .returning(['id'])
    .execute();
}

/** A file may list the same post twice (an edit re-exported): the last one wins, as at the source. */
function lastByKey<T extends { source: string; externalKey: string }>(rows: T[]): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) byKey.set(`${row.source}\u0000${row.externalKey}`, row);
  return [...byKey.values()];
}

function toPost(row: Selectable<PublicPostTable>): PublicPost {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    source: row.source,
    externalKey: row.external_key,
    author: row.author,
    rating: row.rating === null ? null : Number(row.rating),
    postedAt: row.posted_at,
    text: row.body,
    url: row.url,
    reach: row.reach === null ? null : Number(row.reach),
    modelVersion: row.model_version,
    analysis: JSON.parse(row.analysis) as Analysis,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
