import type { PriorityLevel, VoiceReport } from '@rapport/engine';

/** A post in the priority list as `GET api/reviews/report` sends it (the server's `PriorityEntry`). */
export interface PriorityView {
  id: string;
  source: string;
  author: string | null;
  postedAt: string;
  rating: number | null;
  reach: number | null;
  url: string | null;
  text: string;
  score: number;
  level: PriorityLevel;
  why: string[];
  reason: string | null;
  emotion: string;
  draft: { text: string; coachScore: number };
}

/** The report the page reads: the engine's `VoiceReport` with the server's priority entries. */
export type ReviewReport = Omit<VoiceReport, 'priorities'> & { priorities: PriorityView[] };
export type ReviewPeriod = 'week' | 'month';

/**
 * Reads the voice-of-the-customer report of the signed-in workspace. Relative to the page, so a
 * sub-path behind a proxy works; the session cookie authenticates it.
 * @example const report = await fetchReviewReport(fetch, { period: 'week', top: 20 });
 */
export async function fetchReviewReport(
  fetchFn: typeof fetch,
  query: { period: ReviewPeriod; top: number },
): Promise<ReviewReport> {
  const res = await fetchFn(`api/reviews/report?period=${query.period}&top=${query.top}`, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  const body = (await res.json().catch(() => null)) as {
    report?: ReviewReport;
    error?: { message?: string };
  } | null;
  if (!res.ok || !body?.report) throw new Error(body?.error?.message ?? `The server answered ${res.status}`);
  return body.report;
}
