import type { MetricId, ReplyScore } from './types.js';

/** How each metric is named and defined, for reports, pages and the README alike. */
export const METRIC_INFO = {
  empathy: {
    label: 'Empathy',
    definition:
      'Share of replies that acknowledge the feeling, among replies to a customer who showed emotion (the coach applies its acknowledge check). Replies to customers who showed none are not counted.',
  },
  active_listening: {
    label: 'Active listening',
    definition:
      'Share of replies that paraphrase the customer’s problem or ask a clarifying question, among replies where there was a problem to restate or the customer was confused.',
  },
  regulation: {
    label: 'Emotional regulation',
    definition:
      'Share of replies free of irritation, sarcasm, defensiveness, dismissiveness and blame, among replies to a hostile customer (hostile as the wellbeing signal defines it).',
  },
  de_escalation: {
    label: 'De-escalation',
    definition:
      'Share of replies after which the customer’s next message is calmer (heat at least 0.2 lower; heat = strength of negative sentiment), among replies to a message with heat ≥ 0.3 that the customer answered.',
  },
  end_sentiment: {
    label: 'Ended well',
    definition:
      'Share of conversations whose last customer message (after at least one reply) is not negative, credited to the agent whose reply it answered.',
  },
  apology_fit: {
    label: 'Apology fit',
    definition:
      'Share of replies that apologise when an apology is warranted (something failed or the customer is hurt) and do not when it is not.',
  },
  personalisation: {
    label: 'Personalisation',
    definition:
      'Share of replies that use the customer’s name, their specifics or what we remember about them, among replies where there was something to personalise.',
  },
  jargon_free: {
    label: 'Plain language',
    definition: 'Share of replies without internal or technical jargon the customer did not use first.',
  },
} as const satisfies Record<MetricId, { label: string; definition: string }>;

/** The metrics a reply missed where they applied, for a coaching digest's "missed opportunity". */
export function missedMetrics(reply: ReplyScore): MetricId[] {
  const missed: MetricId[] = [];
  if (reply.empathy === 0) missed.push('empathy');
  if (reply.activeListening === 0) missed.push('active_listening');
  if (reply.regulation === 0) missed.push('regulation');
  if (reply.deEscalation === 0) missed.push('de_escalation');
  if (reply.apologyFit === 0) missed.push('apology_fit');
  if (reply.personalisation === 0) missed.push('personalisation');
  if (reply.jargonFree === 0) missed.push('jargon_free');
  return missed;
}
