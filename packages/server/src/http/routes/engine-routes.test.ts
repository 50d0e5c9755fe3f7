import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../log/index.js';
import type { Store } from '../../storage/index.js';
import { openTestStore, type TestStore } from '../../storage/testing/open-test-store.js';
import { createApp } from '../index.js';
import { authHeaders } from '../testing/index.js';

const ANGRY = 'I was charged twice and nobody has answered my emails for a week! Fix it by Friday.';

describe('the engine over HTTP', () => {
  let testStore: TestStore;
  let store: Store;
  let headers: Record<string, string>;
  const post = (path: string, body: unknown) =>
    createApp({
      store,
      logger: createLogger({ level: 'silent' }),
      config: { bodyLimitBytes: 200_000, webDir: '/none' },
    }).request(path, { method: 'POST', headers, body: JSON.stringify(body) });

  beforeAll(async () => {
    testStore = await openTestStore('sqlite', process.env);
    store = testStore.store;
    await store.migrate();
    const ws = await store.workspaces.create({ slug: 'acme', name: 'Acme' });
    headers = { ...(await authHeaders(store, ws.id, 'agent')), 'content-type': 'application/json' };
  });
  afterAll(async () => {
    await testStore?.dispose();
  });

  it('analyses a message with evidence spans that point into it', async () => {
    const res = await post('/api/analyze', { text: ANGRY });
    expect(res.status).toBe(200);
    const { analysis } = await res.json();
    expect(analysis.sentiment.label).toBe('negative');
    const spans = analysis.emotions.flatMap(
      (e: { evidence: { start: number; end: number; text?: string }[] }) => e.evidence,
    );
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(s.end).toBeLessThanOrEqual(ANGRY.length);
  });

  it('coaches a dismissive draft lower than an empathetic one', async () => {
    const score = async (reply: string) =>
      (await (await post('/api/coach', { reply, customer: ANGRY })).json()).score;
    const dismissive = await score('As I already said, refunds take 5-7 business days.');
    const kind = await score(
      "I'm so sorry we charged you twice and kept you waiting. I have refunded the second charge today; you'll see it by Friday.",
    );
    expect(kind).toBeGreaterThan(dismissive);
  });

  it('composes a draft and two alternatives, each with the coach’s score', async () => {
    const res = await post('/api/compose', { customer: ANGRY, customerName: 'Dana', channel: 'email' });
    expect(res.status).toBe(200);
    const result = await res.json();
    expect(result.draft.text.length).toBeGreaterThan(40);
    expect(result.alternatives).toHaveLength(2);
    for (const reply of [result.draft, ...result.alternatives]) expect(reply.coach.score).toBeGreaterThan(0);
  });

  it('names the field and the reason for a bad body', async () => {
    const res = await post('/api/compose', { customer: 'x', channel: 'fax' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.details.issues[0].path).toBe('channel');
    expect((await post('/api/analyze', {})).status).toBe(400);
  });
});
