/** One outbound delivery as the API lists it (the fields this page uses). */
export interface Delivery {
  webhookId: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
}

/** How one target's recent deliveries went, in words: counts, and the latest problem if any. */
export function deliveryHealth(deliveries: readonly Delivery[]): string {
  if (deliveries.length === 0) return 'no deliveries yet';
  const count = (status: Delivery['status']) => deliveries.filter((d) => d.status === status).length;
  const parts = [`${count('sent')} sent`, `${count('pending')} waiting`, `${count('failed')} failed`];
  // Deliveries come newest first: the first one with an error is the latest problem.
  const problem = deliveries.find((d) => d.status !== 'sent' && d.lastError);
  if (!problem) return parts.join(' · ');
  const next =
    problem.status === 'pending'
      ? `, next try ${new Date(problem.nextAttemptAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`
      : ', given up';
  return `${parts.join(' · ')} — last error: ${problem.lastError} (attempt ${problem.attempts}${next})`;
}
