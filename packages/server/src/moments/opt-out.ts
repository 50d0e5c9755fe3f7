import type { OptOutScope, WorkspaceScope } from '../storage/index.js';

/**
 * Records a customer's opt-out and cancels what is already queued for them, in one transaction,
 * so nothing queued before the opt-out slips out after it. (A moment being delivered at this very
 * second is checked once more by the worker just before it sends.)
 */
export async function optOutCustomer(
  scope: WorkspaceScope,
  customerId: string,
  type: OptOutScope = 'all',
): Promise<{ cancelled: number }> {
  return scope.transaction(async (tx) => {
    await tx.moments.optOuts.add({ customerId, type });
    const cancelled = await tx.moments.outbox.cancelForCustomer(
      customerId,
      type,
      `customer opted out of ${type} moments`,
    );
    return { cancelled };
  });
}
