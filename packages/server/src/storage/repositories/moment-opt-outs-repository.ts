import { z } from 'zod';
import { guard, parseInput, type RepositoryContext } from './repository-context.js';

export const OPT_OUT_SCOPES = ['all', 'elevation', 'insight', 'pride', 'connection', 'recovery'] as const;
export type OptOutScope = (typeof OPT_OUT_SCOPES)[number];

export interface MomentOptOut {
  customerId: string;
  type: OptOutScope;
  createdAt: string;
}

const optOutInput = z.object({
  customerId: z.string().min(1).max(100),
  type: z.enum(OPT_OUT_SCOPES, { error: `must be one of ${OPT_OUT_SCOPES.join(', ')}` }).default('all'),
});

export interface MomentOptOutsRepository {
  /** Records the opt-out; adding one twice is not an error. */
  add(input: z.input<typeof optOutInput>): Promise<MomentOptOut>;
  remove(customerId: string, type?: OptOutScope): Promise<boolean>;
  /** One customer's opt-outs, or every opt-out in the workspace. */
  list(customerId?: string): Promise<MomentOptOut[]>;
}

export function momentOptOutsRepository(ctx: RepositoryContext): MomentOptOutsRepository {
  const { db, workspaceId } = ctx;
  return {
    add: (input) =>
      guard(ctx, 'moment opt-out', async () => {
        const v = parseInput(optOutInput, input, 'moment opt-out');
        const createdAt = ctx.now();
        await db
          .insertInto('moment_opt_outs')
          .values({
            workspace_id: workspaceId,
            customer_id: v.customerId,
            moment_type: v.type,
            created_at: createdAt,
          })
          .onConflict((oc) => oc.columns(['workspace_id', 'customer_id', 'moment_type']).doNothing())
          .execute();
        return { customerId: v.customerId, type: v.type, createdAt };
      }),
    remove: async (customerId, type = 'all') => {
      const result = await db
        .deleteFrom('moment_opt_outs')
        .where('workspace_id', '=', workspaceId)
        .where('customer_id', '=', customerId)
        .where('moment_type', '=', type)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    list: async (customerId) => {
      let query = db.selectFrom('moment_opt_outs').selectAll().where('workspace_id', '=', workspaceId);
      if (customerId !== undefined) query = query.where('customer_id', '=', customerId);
      const rows = await query.orderBy('customer_id').orderBy('moment_type').execute();
      return rows.map((r) => ({
        customerId: r.customer_id,
        type: r.moment_type as OptOutScope,
        createdAt: r.created_at,
      }));
    },
  };
}
