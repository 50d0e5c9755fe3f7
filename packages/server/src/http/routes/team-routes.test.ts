import { analyze } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../log/index.js';
import { DEMO_SIGN_IN, seedDemo } from '../../seed/index.js';
import type { Store } from '../../storage/index.js';
import { openTestStore, type TestStore } from '../../storage/testing/open-test-store.js';
import { createApp } from '../index.js';
import { authHeaders } from '../testing/index.js';

const FROM_TO = 'from=2026-02-01&to=2026-03-02';

describe('/api/team', () => {
  let testStore: TestStore;
  let store: Store;
  let lead: Record<string, string>;
  let agentKey: Record<string, string>;
  let sam: { id: string };
  let priya: { id: string };
  const app = () =>
    createApp({
      store,
      logger: createLogger({ level: 'silent' }),
      config: { bodyLimitBytes: 100_000, webDir: '/none' },
    });

  async function signIn(email: string) {
    const res = await app().request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_SIGN_IN.password }),
    });
    expect(res.status).toBe(200);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return { cookie };
  }

  beforeAll(async () => {
    testStore = await openTestStore('sqlite', process.env);
    store = testStore.store;
    await store.migrate();
    const { workspace } = await seedDemo(store, {
      now: new Date('2026-03-02T10:00:00Z'),
      analyzer: { analyze, modelVersion: 'test' },
    });
    lead = { ...(await authHeaders(store, workspace.id, 'lead')), 'content-type': 'application/json' };
    agentKey = await authHeaders(store, workspace.id, 'agent');
    const users = store.forWorkspace(workspace.id).users;
    sam = (await users.getByEmail('sam@demo.rapport.local')) ?? { id: '' };
    priya = (await users.getByEmail('priya@demo.rapport.local')) ?? { id: '' };
  });
  afterAll(async () => {
    await testStore?.dispose();
  });

  it('scores the workspace for a lead, bounded per call', async () => {
    const forbidden = await app().request('/api/team/score', {
      method: 'POST',
      headers: agentKey,
      body: '{}',
    });
    expect(forbidden.status).toBe(403);
    const res = await app().request('/api/team/score', {
      method: 'POST',
      headers: lead,
      body: '{"limit":2}',
    });
    expect(res.status).toBe(200);
    const first = await res.json();
    expect(first.conversations).toBe(2);
    expect(first.remaining).toBeGreaterThan(0);
    const rest = await (
      await app().request('/api/team/score', { method: 'POST', headers: lead, body: '{}' })
    ).json();
    expect(rest.remaining).toBe(0);
  });

  it('gives a lead the whole team as JSON, CSV and printable HTML', async () => {
    const json = await (await app().request(`/api/team/report?${FROM_TO}`, { headers: lead })).json();
    expect(json.report.agents.length).toBeGreaterThanOrEqual(3);
    expect(json.report.team.replies).toBeGreaterThan(0);
    const csv = await app().request(`/api/team/report?${FROM_TO}&format=csv`, { headers: lead });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toMatch(/^scope,agent_id,agent_name,week,metric/);
    const html = await app().request(`/api/team/report?${FROM_TO}&format=html&agentId=${sam.id}`, {
      headers: lead,
    });
    expect(await html.text()).toContain('<h1>Sam Rivera: emotional intelligence');
  });

  it('shows a signed-in agent their own scorecard and digest only', async () => {
    const { cookie } = await signIn('sam@demo.rapport.local');
    const own = await (await app().request(`/api/team/report?${FROM_TO}`, { headers: { cookie } })).json();
    expect(own.report.agentId).toBe(sam.id);
    expect(own.report.agents.map((a: { agentId: string }) => a.agentId)).toEqual([sam.id]);
    expect(own.report.digests.map((d: { agentId: string }) => d.agentId)).toEqual([sam.id]);
    const other = await app().request(`/api/team/report?${FROM_TO}&agentId=${priya.id}`, {
      headers: { cookie },
    });
    expect(other.status).toBe(403);
    const digest = await app().request(`/api/team/agents/${priya.id}/digest?${FROM_TO}`, {
      headers: { cookie },
    });
    expect(digest.status).toBe(403);
    expect((await app().request(`/api/team/report?${FROM_TO}`, { headers: agentKey })).status).toBe(403);
  });

  it('lets leads set goals and review conversations, with clear errors', async () => {
    const goal = await app().request('/api/team/goals', {
      method: 'PUT',
      headers: lead,
      body: JSON.stringify({ metric: 'empathy', target: 0.85 }),
    });
    expect(await goal.json()).toEqual({ goal: { metric: 'empathy', target: 0.85, agentId: null } });
    const bad = await app().request('/api/team/goals', {
      method: 'PUT',
      headers: lead,
      body: JSON.stringify({ metric: 'kindness', target: 2 }),
    });
    const badBody = await bad.json();
    expect(badBody.error.code).toBe('invalid_input');
    const issues = badBody.error.details.issues.map((i: { path: string }) => i.path);
    expect(issues).toEqual(expect.arrayContaining(['metric', 'target']));

    const { report } = await (
      await app().request(`/api/team/report?${FROM_TO}&agentId=${sam.id}`, { headers: lead })
    ).json();
    const conversationId = report.digests[0].best.conversationId;
    const withoutReviewer = await app().request('/api/team/reviews', {
      method: 'POST',
      headers: lead,
      body: JSON.stringify({ conversationId, ratings: { empathy: true } }),
    });
    expect((await withoutReviewer.json()).error.message).toContain('reviewerId');
    const [workspace] = await store.workspaces.list();
    const maya = await store
      .forWorkspace(workspace?.id ?? '')
      .users.getByEmail('maya.lead@demo.rapport.local');
    const saved = await app().request('/api/team/reviews', {
      method: 'POST',
      headers: lead,
      body: JSON.stringify({
        conversationId,
        reviewerId: maya?.id,
        ratings: { empathy: true, regulation: false },
      }),
    });
    expect(saved.status).toBe(201);
    const after = await (await app().request(`/api/team/report?${FROM_TO}`, { headers: lead })).json();
    expect(after.report.team.metrics.empathy.goal).toBe(0.85);
    expect(after.report.calibration.conversations).toBe(1);
    const wrongDate = await app().request('/api/team/report?from=2026-02-30&to=2026-03-02', {
      headers: lead,
    });
    expect((await wrongDate.json()).error.details.issues[0].path).toBe('from');
  });
});
