import { firstNameOf, type TemplateValues } from './render-template.js';
import type { CustomerEvent, MomentCondition, MomentCustomer, MomentRule } from './types.js';
import { fromLocal, parseCalendarDate, toLocal, yearlyDate } from './zoned-time.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A moment a rule would create, before opt-outs, caps and the outbox are consulted. */
export interface Candidate {
  rule: MomentRule;
  customer: MomentCustomer;
  timeZone: string;
  occurrence: string;
  scheduledMs: number;
  /** Set when the moment is only worth sending until then (recovery within a day). */
  expiresMs: number | undefined;
  values: TemplateValues;
  reason: string;
}

export interface CandidateWindow {
  /** Date moments scheduled from here on count (now minus the catch-up allowance). */
  fromMs: number;
  /** Nothing scheduled after this is planned (now plus the horizon). */
  toMs: number;
  now: number;
  eventLookbackDays: number;
}

/** Birthday and anniversary moments whose local send time falls inside the window. */
export function dateCandidates(
  rule: MomentRule,
  customer: MomentCustomer,
  timeZone: string,
  window: CandidateWindow,
): Candidate[] {
  const { trigger } = rule;
  if (trigger.kind !== 'birthday' && trigger.kind !== 'anniversary') return [];
  const source = trigger.kind === 'birthday' ? customer.birthday : customer.customerSince;
  const date = source ? parseCalendarDate(source) : undefined;
  if (!date) return [];
  // Plain UTC arithmetic first: every zone is within a day of UTC, so only dates near the window
  // pay for the time-zone conversion (which is what a plan over 100,000 customers spends its time on).
  const firstYear = new Date(window.fromMs - DAY).getUTCFullYear();
  const lastYear = new Date(window.toMs + DAY).getUTCFullYear();
  const years =
    trigger.kind === 'birthday'
      ? range(firstYear, lastYear)
      : trigger.years.map((n) => date.year + n).filter((y) => y >= firstYear && y <= lastYear);
  const found: Candidate[] = [];
  for (const year of years) {
    const day = yearlyDate(year, date.month, date.day);
    const roughMs = Date.UTC(day.year, day.month - 1, day.day, rule.timing.localHour);
    if (roughMs < window.fromMs - DAY || roughMs > window.toMs + DAY) continue;
    const scheduledMs = fromLocal({ ...day, hour: rule.timing.localHour, minute: 0 }, timeZone);
    if (scheduledMs < window.fromMs || scheduledMs > window.toMs) continue;
    const yearsWithUs = customerYears(customer, day);
    if (!conditionHolds(rule.when, { yearsWithUs })) continue;
    const n = year - date.year;
    found.push({
      rule,
      customer,
      timeZone,
      occurrence: trigger.kind === 'birthday' ? `birthday:${year}` : `anniversary:${n}`,
      scheduledMs,
      expiresMs: undefined,
      values: { ...baseValues(customer), years: trigger.kind === 'birthday' ? (yearsWithUs ?? '') : n },
      reason:
        trigger.kind === 'birthday'
          ? `birthday on ${source?.slice(5)}`
          : `${n} year${n === 1 ? '' : 's'} a customer (since ${source})`,
    });
  }
  return found;
}

/** Event and milestone moments for one customer's recent events. */
export function eventCandidates(
  rule: MomentRule,
  customer: MomentCustomer,
  timeZone: string,
  events: readonly CustomerEvent[],
  window: CandidateWindow,
): Candidate[] {
  const { trigger } = rule;
  if (trigger.kind !== 'event' && trigger.kind !== 'milestone') return [];
  const oldest = window.now - window.eventLookbackDays * DAY;
  const found: Candidate[] = [];
  for (const event of events) {
    if (event.customerId !== customer.id || event.type !== trigger.event) continue;
    const occurredMs = Date.parse(event.occurredAt);
    if (!Number.isFinite(occurredMs) || occurredMs < oldest) continue;
    if (trigger.kind === 'milestone' && !trigger.counts.includes(event.sequence)) continue;
    const local = toLocal(occurredMs, timeZone);
    const yearsWithUs = customerYears(customer, local);
    if (!conditionHolds(rule.when, { yearsWithUs, event })) continue;
    const earliest = Math.max(occurredMs + rule.timing.delayHours * HOUR, window.now);
    const scheduledMs = intoSendingHours(earliest, rule.timing.sendBetween, timeZone);
    if (scheduledMs > window.toMs) continue;
    found.push({
      rule,
      customer,
      timeZone,
      occurrence:
        trigger.kind === 'milestone' ? `milestone:${event.type}:${event.sequence}` : `event:${event.id}`,
      scheduledMs,
      expiresMs:
        rule.timing.expiresAfterHours === undefined
          ? undefined
          : occurredMs + rule.timing.expiresAfterHours * HOUR,
      values: { ...baseValues(customer), years: yearsWithUs ?? '', count: event.sequence, event: event.data },
      reason:
        trigger.kind === 'milestone'
          ? `${ordinal(event.sequence)} ${event.type} event (${event.occurredAt})`
          : `${event.type} event at ${event.occurredAt}${describeCondition(rule.when)}`,
    });
  }
  return found;
}

/** The first moment at or after `ms` that falls inside the local sending hours [from, to). */
export function intoSendingHours(
  ms: number,
  [from, to]: readonly [number, number],
  timeZone: string,
): number {
  const local = toLocal(ms, timeZone);
  if (local.hour >= from && local.hour < to) return ms;
  const sameDay = local.hour < from;
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day + (sameDay ? 0 : 1)));
  return fromLocal(
    {
      year: day.getUTCFullYear(),
      month: day.getUTCMonth() + 1,
      day: day.getUTCDate(),
      hour: from,
      minute: 0,
    },
    timeZone,
  );
}

function conditionHolds(
  when: MomentCondition,
  facts: { yearsWithUs: number | undefined; event?: CustomerEvent },
): boolean {
  if (
    when.minCustomerYears !== undefined &&
    !(facts.yearsWithUs !== undefined && facts.yearsWithUs >= when.minCustomerYears)
  )
    return false;
  if (
    when.maxCustomerYears !== undefined &&
    !(facts.yearsWithUs !== undefined && facts.yearsWithUs <= when.maxCustomerYears)
  )
    return false;
  if (when.firstOfType && facts.event?.sequence !== 1) return false;
  for (const [field, expected] of Object.entries(when.data ?? {})) {
    if (facts.event?.data[field] !== expected) return false;
  }
  return true;
}

/** Whole years between `customerSince` and the given local date, or undefined when unknown. */
function customerYears(
  customer: MomentCustomer,
  on: { year: number; month: number; day: number },
): number | undefined {
  const since = customer.customerSince ? parseCalendarDate(customer.customerSince) : undefined;
  if (!since) return undefined;
  const beforeAnniversary = on.month < since.month || (on.month === since.month && on.day < since.day);
  return Math.max(0, on.year - since.year - (beforeAnniversary ? 1 : 0));
}

function baseValues(customer: MomentCustomer): TemplateValues {
  return { name: customer.name, firstName: firstNameOf(customer.name) };
}

function describeCondition(when: MomentCondition): string {
  const parts: string[] = [];
  if (when.firstOfType) parts.push('their first');
  if (when.minCustomerYears !== undefined) parts.push(`customer for ${when.minCustomerYears}+ years`);
  for (const [field, value] of Object.entries(when.data ?? {})) parts.push(`${field} = ${String(value)}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}
