import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { CustomerTable } from '../schema.js';
import { attributes, email, externalRef, lifeDate, timeZone } from './inputs.js';
import {
  guard,
  notFound,
  parseInput,
  parseJsonObject,
  type RepositoryContext,
} from './repository-context.js';

/** A customer of the workspace. Unknown dates are null, never a placeholder date. */
export interface Customer {
  id: string;
  workspaceId: string;
  name: string;
  email: string | null;
  timeZone: string | null;
  /** `YYYY-MM-DD` or null. */
  birthday: string | null;
  /** `YYYY-MM-DD` or null. */
  customerSince: string | null;
  attributes: Record<string, unknown>;
  external: { source: string; id: string } | null;
  createdAt: string;
  updatedAt: string;
}

const fields = {
  name: z.string().trim().min(1).max(300),
  email: email.nullable().optional(),
  timeZone: timeZone.nullable().optional(),
  birthday: lifeDate.nullable().optional(),
  customerSince: lifeDate.nullable().optional(),
  attributes: attributes.optional(),
};
const customerInput = z.object({ ...fields, external: externalRef.nullable().optional() });
const customerPatch = z.object(fields).partial();
const customerUpsert = z.object({ ...fields, external: externalRef });

export type CustomerInput = z.input<typeof customerInput>;
export type CustomerPatch = z.input<typeof customerPatch>;
export type CustomerUpsert = z.input<typeof customerUpsert>;

export interface ListOptions {
  limit?: number;
  offset?: number;
}

export interface CustomersRepository {
  create(input: CustomerInput): Promise<Customer>;
  get(id: string): Promise<Customer | undefined>;
  /** Several customers by id in one query (unknown ids are left out). */
  getMany(ids: readonly string[]): Promise<Customer[]>;
  getByExternalId(source: string, externalId: string): Promise<Customer | undefined>;
  list(options?: ListOptions): Promise<Customer[]>;
  update(id: string, patch: CustomerPatch): Promise<Customer>;
  /** Creates the customer or updates the one with the same external id (importers call this). */
  upsertByExternalId(input: CustomerUpsert): Promise<{ customer: Customer; created: boolean }>;
}

export function customersRepository(ctx: RepositoryContext): CustomersRepository {
  const { db, workspaceId } = ctx;
  const scoped = () => db.selectFrom('customers').selectAll().where('workspace_id', '=', workspaceId);

  const insertRow = (v: z.output<typeof customerInput>) => {
    const now = ctx.now();
    return {
      id: ctx.newId(),
      workspace_id: workspaceId,
      name: v.name,
      email: v.email ?? null,
      time_zone: v.timeZone ?? null,
      birthday: v.birthday ?? null,
      customer_since: v.customerSince ?? null,
      attributes: JSON.stringify(v.attributes ?? {}),
      external_source: v.external?.source ?? null,
      external_id: v.external?.id ?? null,
      created_at: now,
      updated_at: now,
    };
  };

  return {
    create: (input) =>
      guard(ctx, 'customer', async () => {
        const row = await db
          .insertInto('customers')
          .values(insertRow(parseInput(customerInput, input, 'customer')))
          .returningAll()
          .executeTakeFirstOrThrow();
        return toCustomer(row);
      }),
    get: async (id) => {
      const row = await scoped().where('id', '=', id).executeTakeFirst();
      return row && toCustomer(row);
    },
    getMany: async (ids) =>
      ids.length === 0
        ? []
        : (
            await scoped()
              .where('id', 'in', [...new Set(ids)])
              .execute()
          ).map(toCustomer),
    getByExternalId: async (source, externalId) => {
      const row = await scoped()
        .where('external_source', '=', source)
        .where('external_id', '=', externalId)
        .executeTakeFirst();
      return row && toCustomer(row);
    },
    list: async ({ limit = 100, offset = 0 } = {}) =>
      (
        await scoped()
          .orderBy('created_at')
          .orderBy('id')
          .limit(clampLimit(limit))
          .offset(Math.max(0, Math.trunc(offset)))
          .execute()
      ).map(toCustomer),
    update: (id, patch) =>
      guard(ctx, 'customer', async () => {
        const v = parseInput(customerPatch, patch, 'customer');
        const row = await db
          .updateTable('customers')
          .set({
            ...(v.name !== undefined && { name: v.name }),
            ...(v.email !== undefined && { email: v.email }),
            ...(v.timeZone !== undefined && { time_zone: v.timeZone }),
            ...(v.birthday !== undefined && { birthday: v.birthday }),
            ...(v.customerSince !== undefined && { customer_since: v.customerSince }),
            ...(v.attributes !== undefined && { attributes: JSON.stringify(v.attributes) }),
            updated_at: ctx.now(),
          })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
        if (!row) throw notFound('customer', id);
        return toCustomer(row);
      }),
    upsertByExternalId: (input) =>
      guard(ctx, 'customer', async () => {
        const v = parseInput(customerUpsert, input, 'customer');
        const values = insertRow(v);
        // Only the fields the caller gave are overwritten, so a partial import never blanks data.
        const row = await db
          .insertInto('customers')
          .values(values)
          .onConflict((oc) =>
            oc.columns(['workspace_id', 'external_source', 'external_id']).doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              ...(v.email !== undefined && { email: eb.ref('excluded.email') }),
              ...(v.timeZone !== undefined && { time_zone: eb.ref('excluded.time_zone') }),
              ...(v.birthday !== undefined && { birthday: eb.ref('excluded.birthday') }),
              ...(v.customerSince !== undefined && { customer_since: eb.ref('excluded.customer_since') }),
              ...(v.attributes !== undefined && { attributes: eb.ref('excluded.attributes') }),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .returningAll()
          .executeTakeFirstOrThrow();
        return { customer: toCustomer(row), created: row.id === values.id };
      }),
  };
}

export function clampLimit(limit: number): number {
  return Math.min(1000, Math.max(1, Math.trunc(Number.isFinite(limit) ? limit : 100)));
}

function toCustomer(row: Selectable<CustomerTable>): Customer {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    email: row.email,
    timeZone: row.time_zone,
    birthday: row.birthday,
    customerSince: row.customer_since,
    attributes: parseJsonObject(row.attributes),
    external:
      row.external_source && row.external_id ? { source: row.external_source, id: row.external_id } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
