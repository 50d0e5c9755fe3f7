import { z } from 'zod';

// Shared field rules for repository inputs. Inferred types from these schemas are the public
// input types, so the rules and the types cannot drift apart.

export const id = z.string().min(1).max(100);

/** A calendar date `YYYY-MM-DD` that exists (no 2023-02-30), or null for unknown. */
export const calendarDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

/**
 * A date in a customer's life (birthday, customer since): a real calendar date from 1900 on.
 * Importers that turn a missing value into 0 or `0000-00-00` are refused here instead of creating
 * a yearly moment on a date nobody chose.
 */
export const lifeDate = z
  .string({ error: 'must be a date written YYYY-MM-DD (leave it out or null when unknown)' })
  .superRefine((value, ctx) => {
    if (!z.iso.date().safeParse(value).success) {
      ctx.addIssue({ code: 'custom', message: 'must be a real calendar date written YYYY-MM-DD' });
    } else if (Number(value.slice(0, 4)) < 1900) {
      ctx.addIssue({
        code: 'custom',
        message:
          'must be 1900 or later (a placeholder such as 0000-01-01 is not a date; use null when unknown)',
      });
    }
  });

/** Any ISO-8601 date-time with a zone, stored in one canonical UTC form so text order is time order. */
export const timestamp = z.iso
  .datetime({ offset: true, error: 'must be an ISO-8601 date-time with a time zone' })
  .transform((value) => new Date(value).toISOString());

export const timeZone = z
  .string()
  .refine(isTimeZone, { error: 'must be an IANA time zone such as Europe/Paris' });

export const email = z.email({ error: 'must be an e-mail address' }).max(320);

export const externalRef = z.object({
  source: z.string().min(1).max(100),
  id: z.string().min(1).max(200),
});

export const attributes = z.record(z.string(), z.json());

export const USER_ROLES = ['agent', 'lead', 'admin'] as const;
export const CONVERSATION_STATUSES = ['open', 'pending', 'solved', 'closed'] as const;
export const CHANNELS = ['email', 'chat', 'phone', 'social', 'review', 'web', 'other'] as const;
export const AUTHOR_KINDS = ['customer', 'agent', 'system'] as const;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
