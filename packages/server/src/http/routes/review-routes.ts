import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import {
  buildReviewReport,
  ColumnError,
  draftPublicReply,
  FileFormatError,
  IMPORT_FORMATS,
  importPosts,
  parseMappingPairs,
  REPORT_FORMATS,
  reportToCsv,
  reportToHtml,
} from '../../reviews/index.js';
import type { Store } from '../../storage/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../app-env.js';
import { requireRole } from '../auth/require-role.js';
import { currentWorkspace } from '../current-workspace.js';
import type { RouteDoc } from '../openapi/index.js';

const day = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
export const importQuery = z.object({
  format: z.enum(IMPORT_FORMATS),
  source: z.string().min(1).max(100).optional(),
  /** `field=Column` pairs separated by commas, e.g. `text=Review Body,date=When`. */
  map: z.string().max(2000).optional(),
});
export const reportQuery = z.object({
  format: z.enum(REPORT_FORMATS).optional(),
  period: z.enum(['week', 'month']).optional(),
  from: day.optional(),
  to: day.optional(),
  source: z.string().min(1).max(100).optional(),
  top: z.coerce.number().int().min(1).max(1000).optional(),
});
export const postsQuery = z.object({
  from: day.optional(),
  to: day.optional(),
  source: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});
const draftQuery = z.object({
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .optional(),
});

export const reviewDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/reviews/import',
    summary: 'Import public reviews or posts: the request body is the CSV, JSON array or JSON Lines file',
    description:
      'Columns (or keys): id, source, author, rating (1-5), date, text, url, reach; common names such as "Review Text" or "Stars" are recognised. Idempotent: a post already stored is counted unchanged. Bad records are skipped and listed with their line or item.',
    tag: 'Reviews',
    access: 'lead',
    query: importQuery,
  },
  {
    method: 'get',
    path: '/api/reviews/report',
    summary:
      'Complaint reasons, emotions and reasons over time, and the posts to answer first with public reply drafts',
    tag: 'Reviews',
    access: 'agent',
    query: reportQuery,
  },
  {
    method: 'get',
    path: '/api/reviews/posts',
    summary: 'Imported posts with their analysis, newest first',
    tag: 'Reviews',
    access: 'agent',
    query: postsQuery,
  },
  {
    method: 'get',
    path: '/api/reviews/posts/:id/draft',
    summary: 'A public reply draft for one post: short, warm, no personal data, inviting a private channel',
    tag: 'Reviews',
    access: 'agent',
    query: draftQuery,
  },
];

/** `/api/reviews`: voice of the customer. Leads import; everyone signed in reads. */
export function reviewRoutes(store: Store): Hono<AppEnv> {
  const scope = async (c: Context<AppEnv>) => store.forWorkspace((await currentWorkspace(store, c)).id);
  return new Hono<AppEnv>()
    .post('/import', requireRole('lead'), async (c) => {
      const query = importQuery.parse(c.req.query());
      const body = c.req.raw.body;
      if (!body) throw new ApiError('bad_request', 'The request body is empty: send the file as the body');
      const mapping = parseMapping(query.map);
      try {
        const result = await importPosts(await scope(c), Readable.fromWeb(body as NodeReadableStream), {
          format: query.format,
          mapping,
          ...(query.source !== undefined && { source: query.source }),
        });
        return c.json({ result });
      } catch (error) {
        if (error instanceof ColumnError)
          throw new ApiError('invalid_input', error.message, { field: 'columns' });
        // Batches stored before the damage are kept, as a re-import of the mended file will confirm.
        if (error instanceof FileFormatError)
          throw new ApiError('invalid_input', error.message, { field: 'body' });
        throw error;
      }
    })
    .get('/report', async (c) => {
      const query = reportQuery.parse(c.req.query());
      const report = await buildReviewReport(await scope(c), {
        ...(query.period !== undefined && { period: query.period }),
        ...(query.from !== undefined && { from: `${query.from}T00:00:00.000Z` }),
        ...(query.to !== undefined && { to: nextDay(query.to) }),
        ...(query.source !== undefined && { source: query.source }),
        ...(query.top !== undefined && { top: query.top }),
      });
      if (query.format === 'csv')
        return c.body(reportToCsv(report), 200, { 'content-type': 'text/csv; charset=utf-8' });
      if (query.format === 'html') return c.html(reportToHtml(report));
      return c.json({ report });
    })
    .get('/posts', async (c) => {
      const query = postsQuery.parse(c.req.query());
      const ws = await scope(c);
      const filter = {
        ...(query.from !== undefined && { from: `${query.from}T00:00:00.000Z` }),
        ...(query.to !== undefined && { to: nextDay(query.to) }),
        ...(query.source !== undefined && { source: query.source }),
      };
      const [posts, total] = await Promise.all([
        ws.publicPosts.list({ ...filter, limit: query.limit ?? 100, offset: query.offset ?? 0 }),
        ws.publicPosts.count(filter),
      ]);
      return c.json({ posts, total });
    })
    .get('/posts/:id/draft', async (c) => {
      const { seed } = draftQuery.parse(c.req.query());
      const post = await (await scope(c)).publicPosts.get(c.req.param('id'));
      if (!post) throw new ApiError('not_found', 'No such post');
      return c.json({ draft: draftPublicReply(post, seed ?? 0) });
    });
}

function parseMapping(map: string | undefined) {
  try {
    return parseMappingPairs(map === undefined ? [] : map.split(',').filter((p) => p.trim() !== ''));
  } catch (error) {
    throw new ApiError('invalid_input', (error as Error).message.replace('--map', 'map'), { field: 'map' });
  }
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString();
}
