import type { MomentPlan } from '@rapport/engine';
import type { OutboxItem } from '@rapport/server';

/** `rapport moments preview` as text: what fires when and why, then what is held back and why. */
export function formatPreview(plan: MomentPlan, queued: readonly OutboxItem[], days: number): string {
  const lines: string[] = [];
  lines.push(
    plan.due.length === 0
      ? `No new moments in the next ${days} days.`
      : `${plan.due.length} moment${plan.due.length === 1 ? '' : 's'} would fire in the next ${days} days:`,
  );
  for (const m of plan.due) {
    const how = m.needsReview ? `${m.channel} after review` : m.channel;
    lines.push(`  ${m.localTime} ${m.timeZone}  ${m.type}  ${m.ruleId} → ${m.customerName}  (${how})`);
    lines.push(`      why: ${m.reason}`);
    lines.push(`      subject: ${m.subject}`);
  }
  if (queued.length > 0) {
    lines.push('', `${queued.length} already in the outbox:`);
    for (const q of queued)
      lines.push(`  ${q.scheduledFor}  ${q.status}  ${q.ruleId}  ${q.id}  (${q.reason})`);
  }
  const held = plan.skipped.filter((s) => s.code !== 'already_planned');
  if (held.length > 0) {
    lines.push('', `${held.length} held back:`);
    for (const s of held)
      lines.push(`  ${s.scheduledFor}  ${s.ruleId} → ${s.customerName}: ${s.code} (${s.detail})`);
  }
  return `${lines.join('\n')}\n`;
}

/** The review queue / outbox as a table a person can scan. */
export function formatOutbox(items: readonly OutboxItem[]): string {
  if (items.length === 0) return 'Nothing here.\n';
  return `${items
    .map((i) => {
      const error = i.lastError ? `\n      last error: ${i.lastError}` : '';
      return `${i.id}  ${i.status}  ${i.scheduledFor}  ${i.type}  ${i.ruleId}  ${i.channel}  attempts ${i.attempts}\n      why: ${i.reason}\n      subject: ${i.subject}${error}`;
    })
    .join('\n')}\n`;
}
