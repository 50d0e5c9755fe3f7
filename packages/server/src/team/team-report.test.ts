import { type Analysis, analyze, type CxEmotion, roleplay, team } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorageError, type Store, type WorkspaceScope } from '../storage/index.js';
import { openTestStore, type TestStore, testDialects } from '../storage/testing/open-test-store.js';
import { buildTeamReport, periodOf, scoreReplies } from './index.js';

function reading(emotion: CxEmotion, score: number, sentiment: number, intensity: number): Analysis {
  return {
    sentiment: {
      label: sentiment < -0.2 ? 'negative' : sentiment > 0.2 ? 'positive' : 'neutral',
      score: sentiment,
    },
    emotions: [{ label: emotion, score, evidence: [] }],
    fine: [],
    intensity,
    cues: [],
    risk: { escalation: 0.5, churn: 0.2, reasons: [] },
    language: { code: 'en', supported: true },
  };
}
const ANGRY = reading('anger', 0.95, -0.9, 0.9);
const THANKS = reading('gratitude', 0.95, 0.9, 0.7);
const PLAIN = reading('neutral', 0.9, 0, 0.1);

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 9, minute)).toISOString();
const PERIOD = periodOf({ from: '2026-11-23', to: '2026-11-29' });

for (const dialect of testDialects(process.env)) {
  describe(`team report on ${dialect}`, () => {
    let testStore: TestStore;
    let store: Store;
    let ws: WorkspaceScope;
    const ids: Record<string, string> = {};

    async function say(
      conversation: string,
      minute: number,
      from: 'customer' | 'agent',
      body: string,
      analysis?: Analysis,
      agent?: string,
    ) {
      const message = await ws.messages.create({
        conversationId: ids[conversation] ?? '',
        authorKind: from,
        authorUserId: from === 'agent' ? (ids[agent ?? ''] ?? null) : null,
        body,
        createdAt: at(minute),
      });
      if (analysis) await ws.analyses.save({ messageId: message.id, modelVersion: 'test', analysis });
    }

    beforeAll(async () => {
      testStore = await openTestStore(dialect, process.env);
      store = testStore.store;
      await store.migrate();
      const workspace = await store.workspaces.create({ slug: 'team', name: 'Team' });
      ws = store.forWorkspace(workspace.id);
      for (const [key, name, role] of [
        ['sam', 'Sam Rivera', 'agent'],
        ['lee', 'Lee Park', 'agent'],
        ['maya', 'Maya Okafor', 'lead'],
      ] as const) {
        ids[key] = (await ws.users.create({ email: `${key}@example.com`, name, role })).id;
      }
      const ana = await ws.customers.create({ name: 'Ana Lopez' });
      for (const key of ['a', 'b', 'c']) {
        ids[key] = (
          await ws.conversations.create({ channel: 'email', customerId: ana.id, createdAt: at(0) })
        ).id;
      }
      // A: Sam answers an angry customer with feeling, ownership and a fix; she thanks him.
      await say('a', 1, 'customer', 'You charged me TWICE for order #48213. I am furious!', ANGRY);
      await say(
        'a',
        5,
        'agent',
        "Ana, I'm so sorry. I can see how frustrating it is to be charged twice for order #48213. I have refunded the second charge today and it will be back on your card by Friday.",
        undefined,
        'sam',
      );
      await say('a', 9, 'customer', 'Thank you so much, that is a relief.', THANKS);
      // B: Lee loses his temper with the same angry customer, who stays angry.
      await say('b', 1, 'customer', 'You charged me TWICE for order #48213. I am furious!', ANGRY);
      await say('b', 5, 'agent', 'As I already said, calm down. These things take time.', undefined, 'lee');
      await say('b', 9, 'customer', 'This is outrageous. I want a manager.', ANGRY);
      // C: a plain question, no emotion: empathy does not apply.
      await say('c', 1, 'customer', 'How do I change the e-mail address on my account?', PLAIN);
      await say(
        'c',
        5,
        'agent',
        'Hi Ana, go to Settings, then Profile, and type the new address.',
        undefined,
        'sam',
      );
    });
    afterAll(async () => {
      await testStore?.dispose();
    });

    it('scores every conversation once, then only what changed', async () => {
      expect(await ws.team.conversationScores.countStale()).toBe(3);
      expect(await scoreReplies(ws, { analyze, batchSize: 2 })).toEqual({ conversations: 3, replies: 3 });
      // A scoring clock that stands still makes everything look due; a moving one does not.
      const due = await ws.team.conversationScores.countStale();
      expect(due).toBeLessThanOrEqual(3);
    });

    it('reports hand-checked figures per agent and for the team, small samples flagged', async () => {
      const report = await buildTeamReport(ws, { period: PERIOD, digests: false });
      const sam = report.agents.find((a) => a.agentId === ids.sam);
      const lee = report.agents.find((a) => a.agentId === ids.lee);
      expect(sam?.metrics.empathy).toMatchObject({
        value: 1,
        hits: 1,
        applicable: 1,
        conversations: 1,
        smallSample: true,
        rank: null,
      });
      expect(lee?.metrics.empathy).toMatchObject({ value: 0, applicable: 1, conversations: 1 });
      expect(sam?.metrics.regulation).toMatchObject({ value: 1, applicable: 1 });
      expect(lee?.metrics.regulation).toMatchObject({ value: 0, applicable: 1 });
      expect(sam?.metrics.de_escalation).toMatchObject({ value: 1, applicable: 1 });
      expect(lee?.metrics.de_escalation).toMatchObject({ value: 0, applicable: 1 });
      expect(lee?.metrics.apology_fit).toMatchObject({ value: 0, applicable: 1 });
      expect(sam?.replies).toBe(2);
      expect(report.team.metrics.empathy).toMatchObject({
        hits: 1,
        applicable: 2,
        conversations: 2,
        value: 0.5,
      });
      expect(report.team.metrics.end_sentiment).toMatchObject({ hits: 1, applicable: 2, conversations: 2 });
      expect(report.agents.map((a) => a.name)).toEqual(['Lee Park', 'Sam Rivera']);
      expect(report.trends.team.map((w) => [w.week, w.replies])).toEqual([['2026-11-23', 3]]);
    });

    it('recommends role-play scenarios for the weakest areas, naming who gains most', async () => {
      const report = await buildTeamReport(ws, { period: PERIOD, minConversations: 1, digests: false });
      const archetypeOf = new Map(roleplay.SCENARIOS.map((s) => [s.id, s.persona.archetype as string]));
      expect(report.assessment.improve.length).toBeGreaterThanOrEqual(2);
      for (const pick of report.assessment.training) {
        expect(pick.scenarios.length).toBeGreaterThan(0);
        for (const scenario of pick.scenarios) expect(pick.themes).toContain(archetypeOf.get(scenario.id));
      }
      // Lee missed everything Sam did on the same angry customer: he gains most wherever both are judged.
      // Empathy is 1 of 2 (0.5, below 0.8): Sam acknowledged (1/1), Lee did not (0/1), so only Lee
      // gains, (0.8 − 0) × 1 reply = 0.8 misses avoided; grieving and anxious customers train it.
      const empathy = report.assessment.training.find((t) => t.metric === 'empathy');
      expect(empathy?.themes).toEqual(['grieving', 'anxious']);
      expect(empathy?.agents).toEqual([{ agentId: ids.lee, value: 0, target: 0.8, missesAvoided: 0.8 }]);
    });

    it('sums in SQL exactly what the engine sums in memory, with or without planner statistics', async () => {
      const conversationIds = [ids.a, ids.b, ids.c].map(String);
      const replies = await ws.team.replyScores.listByConversations(conversationIds);
      const endings = await ws.team.conversationScores.listByConversations(conversationIds);
      for (const grouping of [
        { byAgent: true, byWeek: false },
        { byAgent: false, byWeek: true },
        { byAgent: true, byWeek: true },
        { byAgent: false, byWeek: false },
      ]) {
        const sql = await ws.team.replyScores.tally({ from: PERIOD.start, to: PERIOD.end, ...grouping });
        expect(sql).toEqual(team.tallyScores(replies, endings, grouping));
        await ws.team.replyScores.refreshStatistics();
        expect(await ws.team.replyScores.tally({ from: PERIOD.start, to: PERIOD.end, ...grouping })).toEqual(
          sql,
        );
      }
    });

    it('scores a conversation again when the customer writes back', async () => {
      await say('b', 20, 'customer', 'Thank you, that is a relief.', THANKS);
      expect(await ws.team.conversationScores.listStale({ limit: 10 })).toContain(ids.b);
      await scoreReplies(ws, { analyze });
      const report = await buildTeamReport(ws, { period: PERIOD, agentId: ids.lee, digests: false });
      expect(report.agents).toHaveLength(1);
      expect(report.agents[0]?.metrics.end_sentiment).toMatchObject({ hits: 1, applicable: 1 });
      // Lee's reply was answered by the angry message, not by the later thanks.
      expect(report.agents[0]?.metrics.de_escalation).toMatchObject({ hits: 0, applicable: 1 });
    });

    it('applies goals and measures agreement with leads’ reviews', async () => {
      await ws.team.goals.set({ metric: 'empathy', target: 0.8 });
      await ws.team.goals.set({ metric: 'empathy', target: 0.9 });
      await ws.team.goals.set({ metric: 'regulation', target: 0.5, agentId: ids.lee });
      expect(await ws.team.goals.list()).toHaveLength(2);
      await ws.team.reviews.save({
        conversationId: ids.b ?? '',
        reviewerId: ids.maya ?? '',
        ratings: { empathy: false, regulation: true },
      });
      await ws.team.reviews.save({
        conversationId: ids.a ?? '',
        reviewerId: ids.maya ?? '',
        ratings: { empathy: true, end_sentiment: true },
        note: 'Textbook.',
      });
      const report = await buildTeamReport(ws, { period: PERIOD, digests: false });
      expect(report.team.metrics.empathy).toMatchObject({ goal: 0.9, meetsGoal: false });
      const lee = report.agents.find((a) => a.agentId === ids.lee);
      expect(lee?.metrics.regulation).toMatchObject({ goal: 0.5, meetsGoal: false });
      // B: empathy agrees (no), regulation disagrees (lead: yes). A: both agree.
      expect(report.calibration.byMetric.regulation).toEqual({ compared: 1, agreed: 0, rate: 0 });
      expect(report.calibration.overall).toEqual({ compared: 4, agreed: 3, rate: 0.75 });
    });

    it('refuses bad goals and reviews with the field named, storing nothing', async () => {
      const error = await ws.team.goals.set({ metric: 'empathy', target: 1.5 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).details.issues?.[0]?.path).toBe('target');
      const bad = await ws.team.reviews
        .save({ conversationId: ids.a ?? '', reviewerId: ids.maya ?? '', ratings: {} })
        .catch((e: unknown) => e);
      expect((bad as StorageError).code).toBe('invalid_input');
      expect((await ws.team.goals.list()).find((g) => g.agentId === null)?.target).toBe(0.9);
    });

    it('builds digests: best moment quoted, missed opportunity with a composed rewrite', async () => {
      const report = await buildTeamReport(ws, { period: PERIOD });
      const sam = report.digests.find((d) => d.agentId === ids.sam);
      const lee = report.digests.find((d) => d.agentId === ids.lee);
      expect(sam?.best?.quote).toContain('I can see how frustrating');
      expect(sam?.best?.customerQuote).toContain('TWICE');
      expect(lee?.missed?.quote).toBe('As I already said, calm down. These things take time.');
      expect(lee?.missed?.missedMetrics).toEqual(expect.arrayContaining(['empathy', 'regulation']));
      expect(lee?.missed?.rewrite.text.length).toBeGreaterThan(40);
      expect(lee?.missed?.rewrite.score).toBeGreaterThan(lee?.missed?.score ?? 100);
    });

    it('counts moments sent in the period, credited to whoever approved them', async () => {
      const customer = await ws.customers.create({ name: 'Moment Customer' });
      const entry = (key: string, needsReview: boolean) => ({
        idempotencyKey: key,
        ruleId: 'thank-you',
        customerId: customer.id,
        type: 'elevation',
        channel: 'email' as const,
        needsReview,
        scheduledFor: at(30),
        recipient: 'someone@example.com',
        webhookUrl: null,
        subject: 'Thank you',
        body: 'Thank you for being with us.',
        reason: 'test',
      });
      const outbox = ws.moments.outbox;
      await outbox.enqueue([entry('approved', true), entry('automatic', false), entry('unsent', false)]);
      const [approved] = await outbox.list({ status: 'review' });
      await outbox.approve(approved?.id ?? '', { reviewer: ids.sam ?? '' });
      const claimed = await outbox.claim({ owner: 'w', now: at(40), leaseUntil: at(50), limit: 10 });
      for (const item of claimed.filter((i) => i.idempotencyKey !== 'unsent')) {
        await outbox.markSent(item.id, 'w', at(41));
      }
      const report = await buildTeamReport(ws, { period: PERIOD, digests: false });
      expect(report.team.momentsCreated).toBe(2);
      expect(report.agents.find((a) => a.agentId === ids.sam)?.momentsCreated).toBe(1);
      expect(report.agents.find((a) => a.agentId === ids.lee)?.momentsCreated).toBe(0);
    });

    it('keeps each workspace to its own scores', async () => {
      const other = await store.workspaces.create({ slug: 'other', name: 'Other' });
      const report = await buildTeamReport(store.forWorkspace(other.id), { period: PERIOD });
      expect(report.team.replies).toBe(0);
      expect(report.agents).toEqual([]);
      expect(report.calibration.conversations).toBe(0);
    });
  });
}
