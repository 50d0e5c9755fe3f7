import { roleplay } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorageError, type Store, type WorkspaceScope } from '../index.js';
import { openTestStore, type TestStore, testDialects } from '../testing/open-test-store.js';

let slugCounter = 0;
const scenario = roleplay.findScenario('charged-twice') as roleplay.Scenario;

async function failure(promise: Promise<unknown>): Promise<StorageError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StorageError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

for (const dialect of testDialects(process.env)) {
  describe(`role-play storage on ${dialect}`, () => {
    let testStore: TestStore;
    let store: Store;

    async function workspace(): Promise<{ scope: WorkspaceScope; lead: string; agents: string[] }> {
      const n = ++slugCounter;
      const ws = await store.workspaces.create({ slug: `rp-${n}`, name: `Role-play ${n}` });
      const scope = store.forWorkspace(ws.id);
      const lead = await scope.users.create({
        email: `lead${n}@example.com`,
        name: 'Lea Lead',
        role: 'lead',
      });
      const a = await scope.users.create({ email: `a${n}@example.com`, name: 'Ann Agent', role: 'agent' });
      const b = await scope.users.create({ email: `b${n}@example.com`, name: 'Bo Agent', role: 'agent' });
      return { scope, lead: lead.id, agents: [a.id, b.id] };
    }

    beforeAll(async () => {
      testStore = await openTestStore(dialect, process.env);
      store = testStore.store;
      await store.migrate();
    });
    afterAll(async () => {
      await testStore?.dispose();
    });

    it('stores a session and its state, and advances it only from the turn it was read at', async () => {
      const { scope, agents } = await workspace();
      const start = roleplay.startSession(scenario, { seed: 3 });
      const created = await scope.roleplay.sessions.create({ userId: agents[0], scenario, state: start });
      expect(created).toMatchObject({ scenarioId: 'charged-twice', status: 'active', turns: 0, score: null });
      expect((await scope.roleplay.sessions.get(created.id))?.state).toEqual(start);

      const next = roleplay.respond(scenario, start, "I'm so sorry, Maria. Could you tell me the amount?");
      const advanced = await scope.roleplay.sessions.advance(created.id, 0, { state: next });
      expect(advanced?.turns).toBe(1);
      expect(advanced?.state).toEqual(next);
      // A second reply computed from the same old state is refused instead of overwriting the first.
      const racing = roleplay.respond(scenario, start, 'Calm down.');
      expect(await scope.roleplay.sessions.advance(created.id, 0, { state: racing })).toBeNull();
      expect((await scope.roleplay.sessions.get(created.id))?.state).toEqual(next);
      expect((await failure(scope.roleplay.sessions.advance('missing', 0, { state: next }))).code).toBe(
        'not_found',
      );
      const bad = await failure(scope.roleplay.sessions.advance(created.id, 1, { state: next, score: 140 }));
      expect(bad.code).toBe('invalid_input');
      expect(bad.details.issues?.[0]?.path).toBe('score');
    });

    it('keeps sessions inside their workspace', async () => {
      const one = await workspace();
      const two = await workspace();
      const session = await one.scope.roleplay.sessions.create({
        scenario,
        state: roleplay.startSession(scenario),
      });
      expect(await two.scope.roleplay.sessions.get(session.id)).toBeUndefined();
      expect(await two.scope.roleplay.sessions.list()).toEqual([]);
      expect(
        (await failure(two.scope.roleplay.sessions.advance(session.id, 0, { state: session.state }))).code,
      ).toBe('not_found');
      // An agent of another workspace cannot own a session here.
      const foreign = await failure(
        one.scope.roleplay.sessions.create({ userId: two.agents[0], scenario, state: session.state }),
      );
      expect(foreign.code).toBe('foreign_key_violation');
    });

    it('assigns a workshop to agents, replaces it on a second assignment, and detaches sessions on removal', async () => {
      const { scope, lead, agents } = await workspace();
      const first = await scope.roleplay.assignments.assign({
        workshop: 'New hires',
        userIds: agents,
        scenarioIds: ['charged-twice', 'flight-cancelled'],
        assignedBy: lead,
        dueOn: '2026-12-01',
      });
      expect(first).toHaveLength(2);
      const again = await scope.roleplay.assignments.assign({
        workshop: 'New hires',
        userIds: [agents[0] as string],
        scenarioIds: ['about-to-leave'],
      });
      expect(again[0]?.id).toBe(first[0]?.id);
      const listed = await scope.roleplay.assignments.list({ workshop: 'New hires' });
      expect(listed.map((a) => a.scenarioIds)).toEqual([
        ['about-to-leave'],
        ['charged-twice', 'flight-cancelled'],
      ]);

      const session = await scope.roleplay.sessions.create({
        userId: agents[0],
        assignmentId: first[0]?.id,
        scenario,
        state: roleplay.startSession(scenario),
      });
      await scope.roleplay.assignments.remove(first[0]?.id as string);
      expect(await scope.roleplay.assignments.get(first[0]?.id as string)).toBeUndefined();
      expect((await scope.roleplay.sessions.get(session.id))?.assignmentId).toBeNull();
      expect((await failure(scope.roleplay.assignments.remove(first[0]?.id as string))).code).toBe(
        'not_found',
      );
    });

    it('refuses a bad assignment whole, naming the field', async () => {
      const { scope, agents } = await workspace();
      const empty = await failure(
        scope.roleplay.assignments.assign({ workshop: 'x', userIds: agents, scenarioIds: [] }),
      );
      expect(empty.details.issues?.[0]?.path).toBe('scenarioIds');
      const badDate = await failure(
        scope.roleplay.assignments.assign({
          workshop: 'x',
          userIds: agents,
          scenarioIds: ['a'],
          dueOn: '2026-02-30',
        }),
      );
      expect(badDate.details.issues?.[0]?.path).toBe('dueOn');
      // One unknown agent: nobody is assigned.
      const unknown = await failure(
        scope.roleplay.assignments.assign({
          workshop: 'y',
          userIds: [agents[0] as string, 'nobody'],
          scenarioIds: ['a'],
        }),
      );
      expect(unknown.code).toBe('foreign_key_violation');
      expect(await scope.roleplay.assignments.list({ workshop: 'y' })).toEqual([]);
    });
  });
}
