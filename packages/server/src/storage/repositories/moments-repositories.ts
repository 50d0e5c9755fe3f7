import { type CustomerEventsRepository, customerEventsRepository } from './customer-events-repository.js';
import { type MomentOptOutsRepository, momentOptOutsRepository } from './moment-opt-outs-repository.js';
import { type MomentOutboxRepository, momentOutboxRepository } from './moment-outbox-repository.js';
import { type MomentRulesRepository, momentRulesRepository } from './moment-rules-repository.js';
import type { RepositoryContext } from './repository-context.js';

/** The moments tables of one workspace: rules, customer events, opt-outs and the outbox. */
export interface MomentsRepositories {
  readonly rules: MomentRulesRepository;
  readonly events: CustomerEventsRepository;
  readonly optOuts: MomentOptOutsRepository;
  readonly outbox: MomentOutboxRepository;
}

export function momentsRepositories(ctx: RepositoryContext): MomentsRepositories {
  return {
    rules: momentRulesRepository(ctx),
    events: customerEventsRepository(ctx),
    optOuts: momentOptOutsRepository(ctx),
    outbox: momentOutboxRepository(ctx),
  };
}
