import { z } from 'zod';

/** A report's period: whole UTC days from `from` to `to`, both included. */
export interface ReportPeriod {
  from: string;
  to: string;
  /** `[start, end)` as ISO times, for queries. */
  start: string;
  end: string;
}

const day = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

export const periodInput = z
  .object({ from: day, to: day })
  .refine((p) => p.from <= p.to, { error: '`from` must not be after `to`', path: ['to'] });

/**
 * Reads and checks a period; throws the Zod error (naming `from` or `to`) when it is wrong.
 * @example periodOf({ from: '2026-11-01', to: '2026-11-30' }).end // '2026-12-01T00:00:00.000Z'
 */
export function periodOf(input: { from: unknown; to: unknown }): ReportPeriod {
  const { from, to } = periodInput.parse(input);
  const end = new Date(`${to}T00:00:00.000Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return { from, to, start: `${from}T00:00:00.000Z`, end: end.toISOString() };
}
