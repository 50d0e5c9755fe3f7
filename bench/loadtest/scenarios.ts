import { createHmac } from 'node:crypto';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';

/** What one autocannon run measured. */
export interface Measured {
  name: string;
  connections: number;
  seconds: number;
  /** Target rate for a paced run; undefined when it ran as fast as it could. */
  targetRate?: number;
  /**
   * Answers that did the work (2xx) per second of the run. Rate-limited answers (429) are cheap
   * refusals and are kept out of it; they are counted apart in `rateLimited`.
   */
  requestsPerSecond: number;
  /** Every answer per second, 429s included (autocannon's own figure), for comparison. */
  answersPerSecond: number;
  /** 429 answers: the per-key rate limit said no. */
  rateLimited: number;
  /** The one-minute load average when the run started and when it ended: how busy the machine was. */
  load: [number, number];
  p50Ms: number;
  p99Ms: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

interface RunOptions {
  name: string;
  url: string;
  connections: number;
  seconds: number;
  overallRate?: number;
  requests: autocannon.Request[];
}

/** One autocannon run against the server; resolves with its figures. */
export async function measure({
  name,
  url,
  connections,
  seconds,
  overallRate,
  requests,
}: RunOptions): Promise<Measured> {
  const loadBefore = loadavg()[0] ?? 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    ...(overallRate !== undefined && { overallRate }),
    requests,
    timeout: 10,
  });
  return {
    name,
    connections,
    seconds,
    ...(overallRate !== undefined && { targetRate: overallRate }),
    requestsPerSecond: result['2xx'] / result.duration,
    answersPerSecond: result.requests.average,
    rateLimited: result.statusCodeStats['429' as keyof typeof result.statusCodeStats]?.count ?? 0,
    load: [loadBefore, loadavg()[0] ?? 0],
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** A JSON POST with an API key, the same body every time. */
export function jsonPost(path: string, apiKey: string, body: unknown): autocannon.Request {
  return {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify(body),
  };
}

const CUSTOMER_LINES = [
  'I was charged twice for my order and nobody has answered my emails for a week!',
  'Thanks so much, the replacement arrived today and it works perfectly.',
  'This is the third time I am asking. Cancel my subscription now.',
  'My flight was cancelled and I have a wedding tomorrow, please help me.',
  'The app keeps crashing when I open my invoices, it is really frustrating.',
];

/**
 * Signed generic-webhook deliveries, each with a new delivery, conversation and message id under
 * `prefix`, so that every acknowledged request must leave exactly one stored message behind.
 * `acknowledged` counts the 200 answers as they arrive.
 */
export function webhookDeliveries(
  slug: string,
  secret: string,
  prefix: string,
): { request: autocannon.Request; acknowledged: () => number } {
  let next = 0;
  let acknowledged = 0;
  const request: autocannon.Request = {
    method: 'POST',
    path: `/api/webhooks/generic/${slug}`,
    setupRequest: (req) => {
      const n = next++;
      const body = JSON.stringify({
        deliveryId: `${prefix}-${n}`,
        conversation: { id: `${prefix}-${n}`, channel: 'email' },
        customer: { id: `${prefix}-customer-${n % 50}`, name: 'Load Test' },
        messages: [
          { id: `${prefix}-${n}`, author: 'customer', body: CUSTOMER_LINES[n % CUSTOMER_LINES.length] },
        ],
      });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
      return {
        ...req,
        body,
        headers: {
          'content-type': 'application/json',
          'x-rapport-timestamp': timestamp,
          'x-rapport-signature': `sha256=${signature}`,
        },
      };
    },
    onResponse: (status) => {
      if (status === 200) acknowledged++;
    },
  };
  return { request, acknowledged: () => acknowledged };
}
