import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../log/index.js';
import type { Store } from '../storage/index.js';
import { openTestStore, type TestStore } from '../storage/testing/open-test-store.js';
import { createMomentsWorker } from './moments-worker.js';
import { scheduleMoments } from './plan-workspace.js';

const rules = (enabled: boolean) => `rules:
  - id: offer
    type: connection
    enabled: ${enabled}
    trigger: { kind: event, event: offer.used }
    action: { kind: email }
    timing: { sendBetween: [0, 24] }
    message: { subject: "Thank you", body: "Thanks." }
`;

describe('the moments worker', () => {
  let testStore: TestStore;
  let store: Store;
  beforeAll(async () => {
    testStore = await openTestStore('sqlite', process.env);
    store = testStore.store;
    await store.migrate();
  });
  afterAll(async () => {
    await testStore?.dispose();
  });

  it('cancels queued moments whose rule was switched off before they went out, and sends nothing', async () => {
    const ws = await store.workspaces.create({ slug: 'switch', name: 'Switch' });
    const scope = store.forWorkspace(ws.id);
    await scope.moments.rules.put({ format: 'yaml', source: rules(true) });
    const ivy = await scope.customers.create({ name: 'Ivy', email: 'ivy@example.test' });
    await scope.moments.events.record({
      customerId: ivy.id,
      type: 'offer.used',
      occurredAt: new Date().toISOString(),
    });
    expect(
      (await scheduleMoments(scope, { now: new Date(), horizonDays: 1, workspaceName: 'Switch' })).added,
    ).toBe(1);
    await scope.moments.rules.put({ format: 'yaml', source: rules(false) });

    const sent: string[] = [];
    const worker = createMomentsWorker({
      store,
      logger: createLogger({ level: 'silent' }),
      senders: { email: { send: async (item) => void sent.push(item.id) } },
    });
    expect(await worker.tick()).toMatchObject({ sent: 0, cancelled: 1 });
    expect(sent).toEqual([]);
    const [item] = await scope.moments.outbox.list();
    expect(item).toMatchObject({ status: 'cancelled', lastError: 'rule offer was removed or disabled' });
  });
});
