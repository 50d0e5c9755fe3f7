import { type Candidate, type CandidateWindow, dateCandidates, eventCandidates } from './candidates.js';
import { renderTemplate } from './render-template.js';
import type {
  CustomerEvent,
  MomentPlan,
  MomentType,
  PlanInput,
  PlannedMoment,
  SkipCode,
  SkippedMoment,
} from './types.js';
import { formatLocal, isTimeZone, toLocal } from './zoned-time.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Which moments the rules create between now and `horizonDays` ahead, each with the reason it
 * fires, and which candidates are held back and why (opted out, monthly cap, no e-mail address,
 * already in the outbox, too late). Pure: the same input always gives the same plan, so the
 * scheduler and `rapport moments preview` share it.
 * @example
 * // `now` comes from the caller (the engine reads no clock):
 * const plan = planMoments({ ruleSet, customers, events, existing: [], optOuts: [], now: Date.parse('2026-11-23T09:00:00Z'), horizonDays: 30 });
 * for (const m of plan.due) console.log(m.scheduledFor, m.ruleId, m.reason);
 */
export function planMoments(input: PlanInput): MomentPlan {
  const { ruleSet, now } = input;
  const window: CandidateWindow = {
    fromMs: now - (input.catchUpHours ?? 24) * HOUR,
    toMs: now + input.horizonDays * DAY,
    now,
    eventLookbackDays: ruleSet.eventLookbackDays,
  };
  const eventsByCustomer = groupBy(input.events, (e) => e.customerId);
  const timeZoneOf = new Map(
    input.customers.map((c) => [
      c.id,
      c.timeZone && isTimeZone(c.timeZone) ? c.timeZone : ruleSet.defaultTimeZone,
    ]),
  );
  const candidates: Candidate[] = [];
  for (const customer of input.customers) {
    const timeZone = timeZoneOf.get(customer.id) ?? ruleSet.defaultTimeZone;
    const events: readonly CustomerEvent[] = eventsByCustomer.get(customer.id) ?? [];
    for (const rule of ruleSet.rules) {
      if (!rule.enabled) continue;
      candidates.push(...dateCandidates(rule, customer, timeZone, window));
      candidates.push(...eventCandidates(rule, customer, timeZone, events, window));
    }
  }
  // Earliest first, so when a monthly cap bites the moments that would go out first keep their place.
  candidates.sort((a, b) => a.scheduledMs - b.scheduledMs || keyOf(a).localeCompare(keyOf(b)));

  const existingKeys = new Set(input.existing.map((m) => m.key));
  const perMonth = new Map<string, number>();
  const monthOf = (customerId: string, ms: number, timeZone: string) => {
    const l = toLocal(ms, timeZone);
    return `${customerId}|${l.year}-${l.month}`;
  };
  for (const m of input.existing) {
    if (!m.counted || isCapExempt(m.type)) continue;
    const slot = monthOf(m.customerId, Date.parse(m.scheduledFor), timeZoneOf.get(m.customerId) ?? 'UTC');
    perMonth.set(slot, (perMonth.get(slot) ?? 0) + 1);
  }
  const optedOut = new Set(input.optOuts.map((o) => `${o.customerId}|${o.type}`));

  const plan: MomentPlan = { due: [], skipped: [] };
  for (const c of candidates) {
    const key = keyOf(c);
    const skip = (code: SkipCode, detail: string) =>
      plan.skipped.push({
        key,
        ruleId: c.rule.id,
        customerId: c.customer.id,
        customerName: c.customer.name,
        code,
        detail,
        scheduledFor: new Date(c.scheduledMs).toISOString(),
      } satisfies SkippedMoment);
    if (existingKeys.has(key)) {
      skip('already_planned', 'already in the outbox');
      continue;
    }
    if (optedOut.has(`${c.customer.id}|all`) || optedOut.has(`${c.customer.id}|${c.rule.type}`)) {
      skip(
        'opted_out',
        `the customer opted out of ${optedOut.has(`${c.customer.id}|all`) ? 'all' : c.rule.type} moments`,
      );
      continue;
    }
    const channel = c.rule.action.kind === 'review' ? c.rule.action.deliver : c.rule.action.kind;
    if (channel === 'email' && !c.customer.email) {
      skip('no_email', 'the customer has no e-mail address');
      continue;
    }
    if (c.expiresMs !== undefined && c.scheduledMs > c.expiresMs) {
      skip('too_late', `could not go out within ${c.rule.timing.expiresAfterHours} hours of the event`);
      continue;
    }
    // Service recovery answers something that went wrong; a marketing cap must not silence it.
    const slot = monthOf(c.customer.id, c.scheduledMs, c.timeZone);
    if (!isCapExempt(c.rule.type)) {
      const used = perMonth.get(slot) ?? 0;
      if (used >= ruleSet.maxPerCustomerPerMonth) {
        skip(
          'monthly_cap',
          `already ${used} moment${used === 1 ? '' : 's'} this month (limit ${ruleSet.maxPerCustomerPerMonth})`,
        );
        continue;
      }
      perMonth.set(slot, used + 1);
    }
    plan.due.push(toPlanned(c, key, channel, input.workspaceName));
  }
  return plan;
}

/** The idempotency key: rule, customer and occurrence. The outbox holds each key once. */
export function momentKey(ruleId: string, customerId: string, occurrence: string): string {
  return `${ruleId}:${customerId}:${occurrence}`;
}

/** Recovery moments do not count against, and are not stopped by, the monthly cap. */
export function isCapExempt(type: MomentType): boolean {
  return type === 'recovery';
}

function keyOf(c: Candidate): string {
  return momentKey(c.rule.id, c.customer.id, c.occurrence);
}

function toPlanned(
  c: Candidate,
  key: string,
  channel: 'email' | 'webhook',
  workspaceName: string | undefined,
): PlannedMoment {
  const values = { ...c.values, ...(workspaceName !== undefined && { workspace: workspaceName }) };
  const { action } = c.rule;
  return {
    key,
    ruleId: c.rule.id,
    type: c.rule.type,
    customerId: c.customer.id,
    customerName: c.customer.name,
    occurrence: c.occurrence,
    channel,
    recipient: c.customer.email,
    webhookUrl: 'url' in action ? action.url : null,
    needsReview: action.kind === 'review',
    scheduledFor: new Date(c.scheduledMs).toISOString(),
    localTime: formatLocal(toLocal(c.scheduledMs, c.timeZone)),
    timeZone: c.timeZone,
    subject: renderTemplate(c.rule.message.subject, values),
    body: renderTemplate(c.rule.message.body, values),
    reason: c.reason,
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
