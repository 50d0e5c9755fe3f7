import { describe, expect, it } from 'vitest';
import { planMoments } from './plan-moments.js';
import type { CustomerEvent, MomentCustomer, MomentRule, MomentRuleSet, PlanInput } from './types.js';

const timing = { localHour: 10, sendBetween: [9, 18] as const, delayHours: 0 };

const birthday: MomentRule = {
  id: 'birthday',
  name: 'Birthday',
  type: 'elevation',
  enabled: true,
  trigger: { kind: 'birthday' },
  when: {},
  action: { kind: 'email' },
  message: { subject: 'Happy birthday, {{firstName}}!', body: 'From all of us at {{workspace}}.' },
  timing,
};
const anniversary: MomentRule = {
  ...birthday,
  id: 'anniversary',
  type: 'pride',
  trigger: { kind: 'anniversary', years: [1, 5, 10] },
  message: { subject: '{{years}} years together', body: 'Thank you, {{name}}.' },
};
const recovery: MomentRule = {
  ...birthday,
  id: 'recovery',
  type: 'recovery',
  trigger: { kind: 'event', event: 'conversation.ended' },
  when: { data: { ending: 'negative' } },
  action: { kind: 'review', deliver: 'email' },
  message: { subject: 'About your conversation', body: 'We got this wrong, {{firstName}}.' },
  timing: { ...timing, expiresAfterHours: 24 },
};
const firstComplaint: MomentRule = {
  ...birthday,
  id: 'first-complaint',
  type: 'connection',
  trigger: { kind: 'event', event: 'complaint' },
  when: { firstOfType: true, minCustomerYears: 3 },
  action: { kind: 'webhook', url: 'https://example.test/hook' },
};
const tenthOrder: MomentRule = {
  ...birthday,
  id: 'tenth-order',
  type: 'pride',
  trigger: { kind: 'milestone', event: 'order.placed', counts: [10, 100] },
  message: { subject: 'Your {{count}}th order', body: '{{event.item}}' },
};

const ruleSet = (rules: MomentRule[], cap = 2): MomentRuleSet => ({
  defaultTimeZone: 'UTC',
  maxPerCustomerPerMonth: cap,
  eventLookbackDays: 7,
  rules,
});

const ann: MomentCustomer = {
  id: 'c1',
  name: 'Ann Lee',
  email: 'ann@example.test',
  timeZone: 'Asia/Tokyo',
  birthday: '1990-03-05',
  customerSince: '2021-03-20',
};

const at = (iso: string) => Date.parse(iso);
const plan = (over: Partial<PlanInput>) =>
  planMoments({
    ruleSet: ruleSet([birthday]),
    customers: [ann],
    events: [],
    existing: [],
    optOuts: [],
    now: at('2026-03-01T00:00:00Z'),
    horizonDays: 30,
    workspaceName: 'Acme',
    ...over,
  });

const event = (over: Partial<CustomerEvent>): CustomerEvent => ({
  id: 'e1',
  customerId: 'c1',
  type: 'conversation.ended',
  occurredAt: '2026-03-01T00:00:00Z',
  sequence: 1,
  data: {},
  ...over,
});

describe('planMoments', () => {
  it('schedules a birthday at 10:00 in the customer’s own time zone, with the reason', () => {
    const { due } = plan({});
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({
      key: 'birthday:c1:birthday:2026',
      scheduledFor: '2026-03-05T01:00:00.000Z',
      localTime: '2026-03-05 10:00',
      timeZone: 'Asia/Tokyo',
      subject: 'Happy birthday, Ann!',
      body: 'From all of us at Acme.',
      channel: 'email',
      needsReview: false,
      reason: 'birthday on 03-05',
    });
  });

  it('follows daylight saving time: 10:00 in New York is 14:00 UTC in summer, 15:00 in winter', () => {
    const ny = { ...ann, timeZone: 'America/New_York', birthday: '1990-07-04' };
    expect(plan({ customers: [ny], now: at('2026-07-01T00:00:00Z') }).due[0]?.scheduledFor).toBe(
      '2026-07-04T14:00:00.000Z',
    );
    const winter = { ...ny, birthday: '1990-01-04' };
    expect(plan({ customers: [winter], now: at('2026-01-01T00:00:00Z') }).due[0]?.scheduledFor).toBe(
      '2026-01-04T15:00:00.000Z',
    );
  });

  it('puts a 29 February birthday on 28 February in other years, catching up at most a day late', () => {
    const leap = { ...ann, timeZone: null, birthday: '2000-02-29' };
    expect(plan({ customers: [leap], now: at('2026-02-20T00:00:00Z') }).due[0]?.localTime).toBe(
      '2026-02-28 10:00',
    );
    // The server was down that morning: 14 hours late it still goes out, 38 hours late it does not.
    expect(plan({ customers: [leap], now: at('2026-03-01T00:00:00Z') }).due).toHaveLength(1);
    expect(plan({ customers: [leap], now: at('2026-03-02T00:00:00Z') }).due).toEqual([]);
  });

  it('plans nothing for a customer without a birthday (never a 1 January placeholder)', () => {
    const none = { ...ann, birthday: null };
    expect(plan({ customers: [none], now: at('2025-12-20T00:00:00Z') }).due).toEqual([]);
  });

  it('fires customer-since anniversaries only on the listed years', () => {
    const rs = ruleSet([anniversary]);
    const one = plan({ ruleSet: rs, now: at('2022-03-01T00:00:00Z') }).due;
    expect(one.map((m) => [m.key, m.subject])).toEqual([
      ['anniversary:c1:anniversary:1', '1 years together'],
    ]);
    expect(plan({ ruleSet: rs, now: at('2023-03-01T00:00:00Z') }).due).toEqual([]);
    expect(plan({ ruleSet: rs, now: at('2026-03-01T00:00:00Z') }).due[0]?.occurrence).toBe('anniversary:5');
  });

  it('sends a recovery within a day, inside local sending hours, and gives up when it is too late', () => {
    const rs = ruleSet([recovery]);
    // 23:00 in Tokyo: the next morning at 09:00 local is 10 hours later.
    const late = event({ occurredAt: '2026-03-01T14:00:00Z', data: { ending: 'negative' } });
    const { due } = plan({ ruleSet: rs, events: [late], now: at('2026-03-01T14:00:30Z') });
    expect(due[0]).toMatchObject({
      scheduledFor: '2026-03-02T00:00:00.000Z',
      needsReview: true,
      type: 'recovery',
    });
    expect(due[0]?.reason).toContain('ending = negative');
    // Seen only two days later: past the 24-hour promise, so it is held back with that reason.
    const { due: none, skipped } = plan({ ruleSet: rs, events: [late], now: at('2026-03-03T14:00:00Z') });
    expect(none).toEqual([]);
    expect(skipped[0]).toMatchObject({ code: 'too_late' });
    // A conversation that ended well creates nothing.
    const fine = event({ data: { ending: 'positive' } });
    expect(plan({ ruleSet: rs, events: [fine] }).due).toEqual([]);
  });

  it('treats a long-time customer’s first complaint specially, and only the first', () => {
    const rs = ruleSet([firstComplaint]);
    const first = event({ type: 'complaint', occurredAt: '2026-03-01T03:00:00Z', sequence: 1 });
    const now = at('2026-03-01T03:00:00Z');
    // Customer since 2021-03-20: not yet 5 years, but more than 3.
    expect(plan({ ruleSet: rs, events: [first], now }).due[0]).toMatchObject({
      channel: 'webhook',
      webhookUrl: 'https://example.test/hook',
      key: 'first-complaint:c1:event:e1',
    });
    expect(plan({ ruleSet: rs, events: [{ ...first, sequence: 2 }], now }).due).toEqual([]);
    const newcomer = { ...ann, customerSince: '2025-06-01' };
    expect(plan({ ruleSet: rs, events: [first], customers: [newcomer], now }).due).toEqual([]);
  });

  it('celebrates the Nth order with the event’s own data', () => {
    const rs = ruleSet([tenthOrder]);
    const tenth = event({ id: 'o10', type: 'order.placed', sequence: 10, data: { item: 'Blue kettle' } });
    const ninth = event({ id: 'o9', type: 'order.placed', sequence: 9 });
    const { due } = plan({ ruleSet: rs, events: [ninth, tenth] });
    expect(due.map((m) => [m.occurrence, m.subject, m.body])).toEqual([
      ['milestone:order.placed:10', 'Your 10th order', 'Blue kettle'],
    ]);
  });

  it('honours opt-outs, per type and for everything', () => {
    expect(plan({ optOuts: [{ customerId: 'c1', type: 'elevation' }] }).skipped[0]?.code).toBe('opted_out');
    expect(plan({ optOuts: [{ customerId: 'c1', type: 'all' }] }).due).toEqual([]);
    expect(plan({ optOuts: [{ customerId: 'c1', type: 'pride' }] }).due).toHaveLength(1);
  });

  it('caps moments per customer per calendar month, counting the outbox, but never silences recovery', () => {
    const rs = ruleSet([birthday, recovery], 1);
    const existing = [
      {
        key: 'x',
        customerId: 'c1',
        type: 'insight' as const,
        scheduledFor: '2026-03-02T01:00:00Z',
        counted: true,
      },
    ];
    const bad = event({ occurredAt: '2026-03-01T01:00:00Z', data: { ending: 'negative' } });
    const { due, skipped } = plan({ ruleSet: rs, existing, events: [bad] });
    expect(due.map((m) => m.ruleId)).toEqual(['recovery']);
    expect(skipped).toMatchObject([{ ruleId: 'birthday', code: 'monthly_cap' }]);
    // A moment a reviewer skipped no longer uses up the month.
    const dropped = [{ ...existing[0], counted: false }] as typeof existing;
    expect(plan({ ruleSet: rs, existing: dropped }).due.map((m) => m.ruleId)).toEqual(['birthday']);
  });

  it('never plans a key already in the outbox, and needs an e-mail address for e-mail', () => {
    const existing = [
      {
        key: 'birthday:c1:birthday:2026',
        customerId: 'c1',
        type: 'elevation' as const,
        scheduledFor: '2026-03-05T01:00:00.000Z',
        counted: true,
      },
    ];
    expect(plan({ existing }).skipped[0]?.code).toBe('already_planned');
    expect(plan({ customers: [{ ...ann, email: null }] }).skipped[0]?.code).toBe('no_email');
  });

  it('is deterministic', () => {
    const input = { ruleSet: ruleSet([birthday, anniversary]), now: at('2026-03-01T00:00:00Z') };
    expect(plan(input)).toEqual(plan(input));
  });
});
