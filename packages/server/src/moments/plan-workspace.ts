import { type MomentCustomer, type MomentPlan, type MomentType, planMoments } from '@rapport/engine';
import type { OutboxEntry, WorkspaceScope } from '../storage/index.js';
import { loadRules } from './rules/load-rules.js';

const DAY = 86_400_000;
const PAGE = 1000;

export interface PlanOptions {
  /** The time to plan from. */
  now: Date;
  /** How many days ahead. */
  horizonDays: number;
  /** Shown in messages as `{{workspace}}`. */
  workspaceName: string;
}

/**
 * Plans a workspace's moments from what is stored: its rules (or the defaults), customers,
 * recent events, opt-outs and what is already in the outbox. Reads only; `scheduleMoments`
 * writes the result.
 */
export async function planWorkspace(scope: WorkspaceScope, options: PlanOptions): Promise<MomentPlan> {
  const { ruleSet } = await loadRules(scope);
  const now = options.now.getTime();
  const customers: MomentCustomer[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await scope.customers.list({ limit: PAGE, offset });
    customers.push(...page);
    if (page.length < PAGE) break;
  }
  const events = await scope.moments.events.listSince(
    new Date(now - ruleSet.eventLookbackDays * DAY).toISOString(),
  );
  // A month back covers the monthly cap; the unique key in the outbox covers anything older.
  const outbox = await scope.moments.outbox.listScheduledSince(new Date(now - 32 * DAY).toISOString());
  const optOuts = await scope.moments.optOuts.list();
  return planMoments({
    ruleSet,
    customers,
    events,
    existing: outbox.map((m) => ({
      key: m.idempotencyKey,
      customerId: m.customerId,
      type: m.type as MomentType,
      scheduledFor: m.scheduledFor,
      counted: m.status !== 'skipped' && m.status !== 'cancelled',
    })),
    optOuts,
    now,
    horizonDays: options.horizonDays,
    workspaceName: options.workspaceName,
  });
}

/**
 * Puts every moment due within the horizon into the outbox. Safe to run any number of times,
 * from any number of processes: each idempotency key is stored once.
 * @example const { added } = await scheduleMoments(store.forWorkspace(id), { now: new Date(), horizonDays: 2 });
 */
export async function scheduleMoments(
  scope: WorkspaceScope,
  options: PlanOptions,
): Promise<{ added: number; plan: MomentPlan }> {
  const plan = await planWorkspace(scope, options);
  const entries: OutboxEntry[] = plan.due.map((m) => ({
    idempotencyKey: m.key,
    ruleId: m.ruleId,
    customerId: m.customerId,
    type: m.type,
    channel: m.channel,
    needsReview: m.needsReview,
    scheduledFor: m.scheduledFor,
    recipient: m.recipient,
    webhookUrl: m.webhookUrl,
    subject: m.subject,
    body: m.body,
    reason: m.reason,
  }));
  const added = await scope.moments.outbox.enqueue(entries);
  return { added, plan };
}
