import type { RepositoryContext } from './repository-context.js';
import {
  type RoleplayAssignmentsRepository,
  roleplayAssignmentsRepository,
} from './roleplay-assignments-repository.js';
import {
  type RoleplaySessionsRepository,
  roleplaySessionsRepository,
} from './roleplay-sessions-repository.js';

/** Role-play training of one workspace: sessions played and workshop assignments. */
export interface RoleplayRepositories {
  readonly sessions: RoleplaySessionsRepository;
  readonly assignments: RoleplayAssignmentsRepository;
}

export function roleplayRepositories(ctx: RepositoryContext): RoleplayRepositories {
  return { sessions: roleplaySessionsRepository(ctx), assignments: roleplayAssignmentsRepository(ctx) };
}
