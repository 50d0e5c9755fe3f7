import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { findPersonalData, generateSamplePosts } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store, WorkspaceScope } from '../storage/index.js';
import { openTestStore, type TestStore, testDialects } from '../storage/testing/open-test-store.js';
import {
  buildReviewReport,
  ColumnError,
  draftPublicReply,
  importPosts,
  parseMappingPairs,
  publicPostAnalyzer,
  reportToCsv,
  reportToHtml,
} from './index.js';

const SAMPLE_CSV = fileURLToPath(new URL('./sample/sample-posts.csv', import.meta.url));
const SAMPLE_JSONL = fileURLToPath(new URL('./sample/sample-posts.jsonl', import.meta.url));
const analyzer = publicPostAnalyzer();
const text = (s: string) => Readable.from([s]);

for (const dialect of testDialects(process.env)) {
  describe(`reviews on ${dialect}`, () => {
    let testStore: TestStore;
    let store: Store;
    let counter = 0;
    const workspace = async (): Promise<WorkspaceScope> => {
      const ws = await store.workspaces.create({ slug: `reviews-${++counter}`, name: `Reviews ${counter}` });
      return store.forWorkspace(ws.id);
    };

    beforeAll(async () => {
      testStore = await openTestStore(dialect, process.env);
      store = testStore.store;
      await store.migrate();
    });
    afterAll(async () => {
      await testStore?.dispose();
    });

    it('imports the sample CSV, then finds nothing new the second time', async () => {
      const ws = await workspace();
      const first = await importPosts(ws, createReadStream(SAMPLE_CSV), { format: 'csv', analyzer });
      expect(first).toMatchObject({ read: 600, created: 600, updated: 0, unchanged: 0, rejected: 0 });
      const again = await importPosts(ws, createReadStream(SAMPLE_CSV), { format: 'csv', analyzer });
      expect(again).toMatchObject({ read: 600, created: 0, updated: 0, unchanged: 600 });
      // The same posts as JSON Lines have the same ids: still nothing new.
      const jsonl = await importPosts(ws, createReadStream(SAMPLE_JSONL), { format: 'jsonl', analyzer });
      expect(jsonl).toMatchObject({ created: 0, unchanged: 600 });
      expect(await ws.publicPosts.count()).toBe(600);
      const [newest] = await ws.publicPosts.list({ limit: 1 });
      expect(newest?.analysis.sentiment).toBeDefined();
    });

    it('updates a post whose text changed at the source, and keys posts without ids by link or content', async () => {
      const ws = await workspace();
      const csv = (body: string) =>
        `Review ID,Platform,Stars,Review Date,Review Text,Link\n1,trustpilot,1,2026-09-01,${body},\n,google,2,2026-09-02,Parcel lost,https://g.example/r/9\n,x,,2026-09-03 10:00,App crashes,\n`;
      expect(await importPosts(ws, text(csv('Late again')), { format: 'csv' })).toMatchObject({ created: 3 });
      const second = await importPosts(ws, text(csv('Late again and rude driver')), { format: 'csv' });
      expect(second).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
      const keys = (await ws.publicPosts.list()).map((p) => p.externalKey).sort();
      expect(keys[0]).toBe('id:1');
      expect(keys[1]).toMatch(/^sha256:[0-9a-f]{32}$/);
      expect(keys[2]).toBe('url:https://g.example/r/9');
      expect((await ws.publicPosts.list()).find((p) => p.externalKey === 'id:1')?.text).toBe(
        'Late again and rude driver',
      );
    });

    it('reports bad rows with their line and field, and stores the good ones', async () => {
      const ws = await workspace();
      const csv = [
        'source,rating,date,text,reach',
        'google,6,2026-09-01,Too many stars,',
        'google,2,2026-02-30,No such day,',
        'google,2,2026-09-01,,',
        '"trustpilot",1,2026-09-04,"A quoted, multi-line',
        'review that is fine",12',
        'x,,yesterday,Bad date,many',
        'google,1,2026-09-05T08:00:00+02:00,Fine too,',
      ].join('\n');
      const result = await importPosts(ws, text(csv), { format: 'csv' });
      expect(result).toMatchObject({ read: 6, created: 2, rejected: 4 });
      expect(result.rejections).toEqual([
        {
          at: 'line 2',
          problems: [{ field: 'rating', message: '"6" is not a whole number of stars from 1 to 5' }],
        },
        {
          at: 'line 3',
          problems: [{ field: 'date', message: expect.stringContaining('"2026-02-30" is not a date') }],
        },
        { at: 'line 4', problems: [{ field: 'text', message: 'is empty' }] },
        {
          at: 'line 7',
          problems: [
            { field: 'date', message: expect.stringContaining('"yesterday" is not a date') },
            { field: 'reach', message: '"many" is not a whole number of people' },
          ],
        },
      ]);
      const stored = await ws.publicPosts.list();
      expect(stored.map((p) => p.postedAt).sort()).toEqual([
        '2026-09-04T00:00:00.000Z',
        '2026-09-05T06:00:00.000Z',
      ]);
      expect(stored.find((p) => p.source === 'trustpilot')?.text).toBe(
        'A quoted, multi-line\nreview that is fine',
      );
    });

    it('reads JSON arrays and JSON Lines, naming the item or line of each bad record', async () => {
      const ws = await workspace();
      const json = JSON.stringify([
        { source: 'x', created_at: '2026-09-01T10:00:00Z', full_text: 'App keeps crashing', followers: 1200 },
        ['not', 'an', 'object'],
        { source: 'x', created_at: '2026-09-01T10:00:00Z' },
      ]);
      const fromJson = await importPosts(ws, text(json), { format: 'json' });
      expect(fromJson).toMatchObject({ read: 3, created: 1, rejected: 2 });
      expect(fromJson.rejections.map((r) => r.at)).toEqual(['item 1', 'item 2']);
      expect(fromJson.rejections[1]?.problems[0]?.message).toMatch(/^no text column/);
      expect((await ws.publicPosts.list())[0]?.reach).toBe(1200);

      const jsonl = '{"source":"google","date":"2026-09-02","text":"Rude staff"}\n\n{oops\n[1]\n';
      const fromJsonl = await importPosts(ws, text(jsonl), { format: 'jsonl' });
      expect(fromJsonl).toMatchObject({ read: 3, created: 1, rejected: 2 });
      expect(fromJsonl.rejections.map((r) => r.at)).toEqual(['line 3', 'line 4']);
    });

    it('uses an explicit column mapping and a default source, and refuses a file with no text column', async () => {
      const ws = await workspace();
      const csv = 'When,What they said\n2026-09-01,Refund still missing\n';
      const mapping = parseMappingPairs(['date=When', 'text=What they said']);
      expect(await importPosts(ws, text(csv), { format: 'csv', mapping, source: 'survey' })).toMatchObject({
        created: 1,
      });
      expect((await ws.publicPosts.list())[0]?.source).toBe('survey');
      await expect(
        importPosts(ws, text('date,stars\n2026-09-01,3\n'), { format: 'csv', source: 's' }),
      ).rejects.toThrow(ColumnError);
      await expect(importPosts(ws, text(csv), { format: 'csv' })).rejects.toThrow(/no text column/);
      expect(() => parseMappingPairs(['words=Text'])).toThrow(/field one of id, source/);
      expect(await ws.publicPosts.count()).toBe(1);
    });

    it('keeps each workspace to its own posts', async () => {
      const a = await workspace();
      const b = await workspace();
      await importPosts(a, text('source,date,text\ng,2026-09-01,Late delivery\n'), { format: 'csv' });
      await importPosts(b, text('source,date,text\ng,2026-09-01,Late delivery\n'), { format: 'csv' });
      const [postA] = await a.publicPosts.list();
      expect(await b.publicPosts.get(postA!.id)).toBeUndefined();
      expect(await b.publicPosts.count()).toBe(1);
    });

    it('builds the report: reasons, trends, and a priority list with public drafts free of personal data', async () => {
      const ws = await workspace();
      await importPosts(ws, createReadStream(SAMPLE_CSV), { format: 'csv', analyzer });
      const report = await buildReviewReport(ws, { period: 'month', top: 30 });
      expect(report.totals.posts).toBe(600);
      expect(report.reasons.length).toBeGreaterThanOrEqual(6);
      expect(report.reasons.map((r) => r.keyPhrases.join(' ')).join(' | ')).toMatch(/refund/);
      expect(report.priorities).toHaveLength(30);
      expect(report.priorities[0]!.score).toBeGreaterThanOrEqual(report.priorities[29]!.score);
      for (const entry of report.priorities) {
        expect(findPersonalData(entry.draft.text)).toEqual([]);
        expect(entry.draft.text.split(/\s+/).length).toBeLessThanOrEqual(80);
      }
      const csv = reportToCsv(report);
      expect(csv.split('\r\n')[0]).toMatch(/^rank,score,level,source/);
      const html = reportToHtml(report);
      expect(html).toContain('<h2>Complaint reasons</h2>');
      expect(html).not.toMatch(/<script/i);
    });
  });
}

describe('public reply drafts', () => {
  it('never contain an e-mail address, phone number or order number, on the whole sample', () => {
    const sample = generateSamplePosts({ seed: 2026, count: 600 });
    expect(sample.filter((p) => p.hasPersonalData).length).toBeGreaterThan(40);
    for (const post of sample) {
      const draft = draftPublicReply({ text: post.text, analysis: analyzer.analyze(post.text) });
      expect(findPersonalData(draft.text), `${post.id}: ${draft.text}`).toEqual([]);
      expect(draft.text).not.toMatch(/example\.com|mailbox|07700|48213977|99341|558201|7734512/);
    }
  });

  it('are short, invite a private channel, and leave out sentences with personal data', () => {
    const post = 'Order number 48213977. My parcel is lost and nobody answers! Call me on 07700 900123.';
    const draft = draftPublicReply({ text: post });
    expect(draft.text.split(/\s+/).length).toBeLessThanOrEqual(80);
    expect(draft.text).toMatch(/direct message|DM|privately|private message/i);
    expect(draft.text).not.toMatch(/order number|call me/i);
  });
});

describe('CSV output', () => {
  it('keeps customer text from running as a spreadsheet formula', () => {
    const csv = reportToCsv({
      priorities: [
        {
          id: '1',
          source: 'x',
          author: '=HYPERLINK("evil")',
          postedAt: '2026-09-01T00:00:00.000Z',
          rating: null,
          reach: null,
          url: null,
          text: 'Late, "again"',
          score: 50,
          level: 'high',
          why: [],
          reason: null,
          emotion: 'anger',
          draft: { text: 'Sorry', coachScore: 90, removed: [] },
        },
      ],
    } as unknown as Parameters<typeof reportToCsv>[0]);
    expect(csv).toContain(`"'=HYPERLINK(""evil"")"`);
    expect(csv).toContain('"Late, ""again"""');
  });
});
