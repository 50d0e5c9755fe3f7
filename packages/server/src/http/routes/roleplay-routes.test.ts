import { analyze } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../auth/index.js';
import { createLogger } from '../../log/index.js';
import type { Store } from '../../storage/index.js';
import { openTestStore, type TestStore, testDialects } from '../../storage/testing/open-test-store.js';
import { createApp } from '../index.js';
import { authHeaders } from '../testing/index.js';

const PASSWORD = 'correct horse battery staple';

for (const dialect of testDialects(process.env)) {
  describe(`/api/roleplay on ${dialect}`, () => {
    let testStore: TestStore;
    let store: Store;
    let workspaceId: string;
    let agentIds: string[] = [];
    const app = () =>
      createApp({
        store,
        logger: createLogger({ level: 'silent' }),
        config: { bodyLimitBytes: 100_000, webDir: '/nonexistent' },
      });
    const call = (
      path: string,
      init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
    ) =>
      app().request(path, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: { 'content-type': 'application/json', ...init.headers },
        ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
      });

    async function signIn(email: string): Promise<Record<string, string>> {
      const res = await call('/api/auth/sign-in', { body: { email, password: PASSWORD } });
      expect(res.status).toBe(200);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      return { cookie, 'x-csrf-token': csrfToken };
    }

    beforeAll(async () => {
      testStore = await openTestStore(dialect, process.env);
      store = testStore.store;
      await store.migrate();
      const ws = await store.workspaces.create({ slug: 'rp', name: 'Role-play' });
      workspaceId = ws.id;
      const scope = store.forWorkspace(ws.id);
      const passwordHash = await hashPassword(PASSWORD, { cost: 1024 });
      await scope.users.create({ email: 'lead@rp.test', name: 'Lea', role: 'lead', passwordHash });
      for (const name of ['ann', 'bo']) {
        const user = await scope.users.create({
          email: `${name}@rp.test`,
          name,
          role: 'agent',
          passwordHash,
        });
        agentIds.push(user.id);
      }
    });
    afterAll(async () => {
      agentIds = [];
      await testStore?.dispose();
    });

    it('lists scenarios without their hidden facts', async () => {
      const res = await call('/api/roleplay/scenarios', {
        headers: await authHeaders(store, workspaceId, 'agent'),
      });
      expect(res.status).toBe(200);
      const { scenarios } = (await res.json()) as { scenarios: { id: string; facts: unknown }[] };
      expect(scenarios.length).toBeGreaterThanOrEqual(15);
      expect(typeof scenarios[0]?.facts).toBe('number');
      expect(JSON.stringify(scenarios)).not.toContain('249 euros');
      expect((await call('/api/roleplay/scenarios/charged-twice')).status).toBe(401);
    });

    it('plays a session to the end: feelings after every reply, then a debrief', async () => {
      const ann = await signIn('ann@rp.test');
      const started = await call('/api/roleplay/sessions', {
        body: { scenarioId: 'charged-twice', seed: 3 },
        headers: ann,
      });
      expect(started.status).toBe(201);
      const { session } = (await started.json()) as {
        session: { id: string; emotion: string; intensity: number };
      };
      expect(session).toMatchObject({ emotion: 'anger', intensity: 0.8 });

      const replies = [
        "Maria, I'm so sorry, being charged twice and having your rent bounce is awful, and that's on us. Could you tell me the amount and the day both charges were taken?",
        'Thank you. Has the bounced rent payment cost you anything else, like a fee?',
        "I'll refund the second charge today and cover the late fee too, or if you prefer I can credit both to your account right now. I'll email you confirmation within the hour.",
      ];
      let last:
        | {
            session: { status: string; intensity: number };
            turn: { customer: string };
            debrief: { score: number } | null;
          }
        | undefined;
      for (const reply of replies) {
        const res = await call(`/api/roleplay/sessions/${session.id}/replies`, {
          body: { reply },
          headers: ann,
        });
        expect(res.status).toBe(200);
        last = await res.json();
        expect(last?.turn.customer.length).toBeGreaterThan(0);
      }
      expect(last?.session.status).toBe('solved');
      expect(last?.debrief?.score).toBeGreaterThan(50);

      const again = await call(`/api/roleplay/sessions/${session.id}/replies`, {
        body: { reply: 'Anything else?' },
        headers: ann,
      });
      expect(again.status).toBe(409);
      const read = await call(`/api/roleplay/sessions/${session.id}`, { headers: ann });
      const body = (await read.json()) as { debrief: { outcome: string }; session: { turns: unknown[] } };
      expect(body.debrief.outcome).toBe('solved');
      expect(body.session.turns).toHaveLength(3);

      // Another agent can neither read nor answer Ann's session.
      const bo = await signIn('bo@rp.test');
      expect((await call(`/api/roleplay/sessions/${session.id}`, { headers: bo })).status).toBe(404);
    });

    it('refuses bad input with the field named', async () => {
      const ann = await signIn('ann@rp.test');
      const neither = await call('/api/roleplay/sessions', { body: {}, headers: ann });
      const neitherBody = (await neither.json()) as {
        error: { code: string; details: { issues: { path: string }[] } };
      };
      expect(neitherBody.error.code).toBe('invalid_input');
      expect(neitherBody.error.details.issues[0]?.path).toBe('scenarioId');
      const unknown = await call('/api/roleplay/sessions', { body: { scenarioId: 'nope' }, headers: ann });
      expect(unknown.status).toBe(404);
      const started = await call('/api/roleplay/sessions', {
        body: { scenarioId: 'first-time-user' },
        headers: ann,
      });
      const { session } = (await started.json()) as { session: { id: string } };
      const empty = await call(`/api/roleplay/sessions/${session.id}/replies`, {
        body: { reply: '' },
        headers: ann,
      });
      expect(((await empty.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
      const notJson = await app().request(`/api/roleplay/sessions/${session.id}/replies`, {
        method: 'POST',
        headers: { ...ann, 'content-type': 'application/json' },
        body: '{oops',
      });
      expect(((await notJson.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
      const stored = await store.forWorkspace(workspaceId).roleplay.sessions.get(session.id);
      expect(stored?.turns).toBe(0);
    });

    it('practises a stored conversation that went badly', async () => {
      const scope = store.forWorkspace(workspaceId);
      const customer = await scope.customers.create({ name: 'Ana Diaz' });
      const conversation = await scope.conversations.create({
        channel: 'email',
        customerId: customer.id,
        subject: 'Lost parcel',
      });
      const bodies: ['customer' | 'agent', string][] = [
        ['customer', 'My parcel never arrived and nobody answers my emails!'],
        ['agent', 'Per our policy please wait 10 working days.'],
        ['customer', 'It was a birthday present for my nephew on Saturday.'],
      ];
      for (const [authorKind, body] of bodies) {
        const message = await scope.messages.create({ conversationId: conversation.id, authorKind, body });
        if (authorKind === 'customer')
          await scope.analyses.save({ messageId: message.id, modelVersion: 't', analysis: analyze(body) });
      }
      const ann = await signIn('ann@rp.test');
      const res = await call('/api/roleplay/sessions', {
        body: { conversationId: conversation.id, seed: 1 },
        headers: ann,
      });
      expect(res.status).toBe(201);
      const { session } = (await res.json()) as {
        session: { id: string; scenario: { title: string; persona: { name: string } }; opening: string };
      };
      expect(session.scenario).toMatchObject({ title: 'Lost parcel', persona: { name: 'Ana Diaz' } });
      expect(session.opening).toContain('parcel never arrived');
      // The session keeps a copy of Ana's words, so erasing Ana erases it too.
      expect(await scope.privacy.eraseCustomer(customer.id)).toMatchObject({ practiceSessions: 1 });
      expect(await scope.roleplay.sessions.get(session.id)).toBeUndefined();
      const missing = await call('/api/roleplay/sessions', {
        body: { conversationId: 'nope' },
        headers: ann,
      });
      expect(missing.status).toBe(404);
    });

    it('lets a lead assign a workshop and follow each agent’s progress', async () => {
      const lead = await signIn('lead@rp.test');
      const ann = await signIn('ann@rp.test');
      const denied = await call('/api/roleplay/assignments', {
        body: { workshop: 'W1', userIds: agentIds, scenarioIds: ['charged-twice'] },
        headers: ann,
      });
      expect(denied.status).toBe(403);
      const badScenario = await call('/api/roleplay/assignments', {
        body: { workshop: 'W1', userIds: agentIds, scenarioIds: ['nope'] },
        headers: lead,
      });
      expect(((await badScenario.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
      const assigned = await call('/api/roleplay/assignments', {
        body: {
          workshop: 'W1',
          userIds: agentIds,
          scenarioIds: ['subscription-renewed', 'lost-luggage'],
          dueOn: '2026-12-24',
        },
        headers: lead,
      });
      expect(assigned.status).toBe(201);
      const { assignments } = (await assigned.json()) as { assignments: { id: string; userId: string }[] };
      const annAssignment = assignments.find((a) => a.userId === agentIds[0]);

      const mine = (await (await call('/api/roleplay/assignments', { headers: ann })).json()) as {
        assignments: unknown[];
      };
      expect(mine.assignments).toHaveLength(1);

      const started = await call('/api/roleplay/sessions', {
        body: { scenarioId: 'subscription-renewed', assignmentId: annAssignment?.id, seed: 2 },
        headers: ann,
      });
      const { session } = (await started.json()) as { session: { id: string } };
      for (const reply of [
        "Jordan, I'm so sorry. That's on us, and I completely understand why you're angry. How and when did you try to cancel?",
        "I'll refund the renewal in full and cancel the plan today, or if you'd rather, a free month before deciding. I'll send the refund confirmation within the hour.",
      ]) {
        await call(`/api/roleplay/sessions/${session.id}/replies`, { body: { reply }, headers: ann });
      }
      const progress = await call('/api/roleplay/workshops/W1/progress', { headers: lead });
      expect(progress.status).toBe(200);
      const { agents } = (await progress.json()) as {
        agents: {
          name: string;
          completed: number;
          total: number;
          scenarios: { scenarioId: string; solved: boolean; bestScore: number | null }[];
        }[];
      };
      const annProgress = agents.find((a) => a.name === 'ann');
      expect(annProgress).toMatchObject({ completed: 1, total: 2 });
      expect(
        annProgress?.scenarios.find((s) => s.scenarioId === 'subscription-renewed')?.bestScore,
      ).toBeGreaterThan(0);
      expect(agents.find((a) => a.name === 'bo')).toMatchObject({ completed: 0, total: 2 });
      expect((await call('/api/roleplay/workshops/W1/progress', { headers: ann })).status).toBe(403);
      const people = (await (await call('/api/roleplay/agents', { headers: lead })).json()) as {
        agents: { name: string; role: string }[];
      };
      expect(people.agents.map((a) => a.name).sort()).toEqual(['Lea', 'ann', 'bo']);
      expect(JSON.stringify(people)).not.toContain('@rp.test');
      expect((await call('/api/roleplay/agents', { headers: ann })).status).toBe(403);
    });
  });
}
