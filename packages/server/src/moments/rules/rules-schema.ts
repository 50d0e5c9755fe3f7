import { isTimeZone, MOMENT_TYPES, unknownPlaceholders } from '@rapport/engine';
import { z } from 'zod';

// The written form of a workspace's moment rules. Objects are strict, so a typo such as
// `tigger:` is an error that names the key instead of a rule that silently never fires.

const eventName = z
  .string({ error: 'must be an event name such as order.placed or custom.webinar_attended' })
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, {
    error: 'must be a lower-case dotted event name such as order.placed or custom.webinar_attended',
  });
const positiveWholes = z
  .array(z.number().int({ error: 'must be a whole number' }).positive({ error: 'must be 1 or more' }), {
    error: 'must be a list of whole numbers, e.g. [1, 5, 10]',
  })
  .min(1, { error: 'must list at least one number' });
const hour = z
  .number({ error: 'must be an hour from 0 to 23' })
  .int({ error: 'must be a whole hour from 0 to 23' })
  .min(0, { error: 'must be an hour from 0 to 23' })
  .max(23, { error: 'must be an hour from 0 to 23' });
const webhookUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

const trigger = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('birthday') }),
    z.strictObject({ kind: z.literal('anniversary'), years: positiveWholes }),
    z.strictObject({ kind: z.literal('milestone'), event: eventName, counts: positiveWholes }),
    z.strictObject({ kind: z.literal('event'), event: eventName }),
  ],
  { error: 'kind must be one of birthday, anniversary, milestone, event' },
);

const action = z.union(
  [
    z.strictObject({ kind: z.literal('email') }),
    z.strictObject({ kind: z.literal('webhook'), url: webhookUrl }),
    z.strictObject({ kind: z.literal('review'), deliver: z.literal('email') }),
    z.strictObject({ kind: z.literal('review'), deliver: z.literal('webhook'), url: webhookUrl }),
  ],
  {
    error:
      'must be { kind: email }, { kind: webhook, url }, { kind: review, deliver: email } or { kind: review, deliver: webhook, url }',
  },
);

const template = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(what === 'subject' ? 200 : 10_000)
    .superRefine((text, ctx) => {
      const unknown = unknownPlaceholders(text);
      if (unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown placeholder ${unknown.map((u) => `{{${u}}}`).join(', ')}; use {{name}}, {{firstName}}, {{years}}, {{count}}, {{workspace}} or {{event.<field>}}`,
        });
      }
    });

const timing = z
  .strictObject({
    localHour: hour.default(10),
    sendBetween: z
      .tuple([hour, z.number().int().min(1).max(24)], {
        error: 'must be [from, to] local hours, e.g. [9, 18]',
      })
      .refine(([from, to]) => from < to, { error: 'must start before it ends, e.g. [9, 18]' })
      .default([9, 18]),
    delayHours: z
      .number()
      .min(0)
      .max(24 * 30)
      .default(0),
    expiresAfterHours: z.number().positive({ error: 'must be more than 0 hours' }).optional(),
  })
  .default({ localHour: 10, sendBetween: [9, 18], delayHours: 0 });

const rule = z.strictObject({
  id: z.string({ error: 'must be a short id such as birthday-note' }).regex(/^[a-z0-9][a-z0-9-]{0,62}$/, {
    error: 'must be lower-case letters, digits and dashes, e.g. birthday-note',
  }),
  name: z.string().trim().min(1).max(200).optional(),
  type: z.enum(MOMENT_TYPES, { error: `must be one of ${MOMENT_TYPES.join(', ')}` }),
  enabled: z.boolean({ error: 'must be true or false' }).default(true),
  trigger,
  when: z
    .strictObject({
      minCustomerYears: z.number().min(0).optional(),
      maxCustomerYears: z.number().min(0).optional(),
      firstOfType: z.boolean().optional(),
      data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    })
    .default({}),
  action,
  message: z.strictObject({ subject: template('subject'), body: template('body') }),
  timing,
});

/** The whole document: limits that apply across rules, then the rules. */
export const ruleSetSchema = z
  .strictObject({
    defaultTimeZone: z
      .string()
      .refine(isTimeZone, { error: 'must be an IANA time zone such as Europe/Paris' })
      .default('UTC'),
    maxPerCustomerPerMonth: z
      .number({ error: 'must be a whole number' })
      .int({ error: 'must be a whole number' })
      .min(1, { error: 'must be at least 1' })
      .default(2),
    eventLookbackDays: z.number().int().min(1).max(90).default(7),
    rules: z.array(rule, { error: 'must be a list of rules' }),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.rules.forEach((r, i) => {
      if (seen.has(r.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'id'],
          message: `"${r.id}" is used by an earlier rule; ids must be unique`,
        });
      }
      seen.add(r.id);
      const { minCustomerYears: min, maxCustomerYears: max } = r.when;
      if (min !== undefined && max !== undefined && min > max) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'when'],
          message: 'minCustomerYears is more than maxCustomerYears',
        });
      }
      if (r.when.firstOfType && r.trigger.kind !== 'event') {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'when', 'firstOfType'],
          message: 'only applies to event triggers',
        });
      }
    });
  });

export type RuleSetDocument = z.output<typeof ruleSetSchema>;
