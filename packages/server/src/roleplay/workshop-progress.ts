import type { RoleplaySessionSummary, WorkspaceScope } from '../storage/index.js';

export interface ScenarioProgress {
  scenarioId: string;
  attempts: number;
  solved: boolean;
  bestScore: number | null;
  lastPlayedAt: string | null;
}

export interface AgentProgress {
  assignmentId: string;
  userId: string;
  name: string;
  dueOn: string | null;
  /** Scenarios solved at least once since they were assigned, out of those assigned. */
  completed: number;
  total: number;
  scenarios: ScenarioProgress[];
}

/**
 * How far each agent of a workshop has got: per assigned scenario, the sessions they played since
 * it was assigned, whether one was solved and the best debrief score.
 * @example await workshopProgress(scope, 'New hires, March')
 */
export async function workshopProgress(scope: WorkspaceScope, workshop: string): Promise<AgentProgress[]> {
  const assignments = await scope.roleplay.assignments.list({ workshop });
  return Promise.all(
    assignments.map(async (a) => {
      const [user, sessions] = await Promise.all([
        scope.users.get(a.userId),
        scope.roleplay.sessions.list({ userId: a.userId, scenarioIds: a.scenarioIds, limit: 1000 }),
      ]);
      const since = sessions.filter((s) => s.createdAt >= a.createdAt);
      const scenarios = a.scenarioIds.map((scenarioId) => progressOf(scenarioId, since));
      return {
        assignmentId: a.id,
        userId: a.userId,
        name: user?.name ?? 'unknown',
        dueOn: a.dueOn,
        completed: scenarios.filter((s) => s.solved).length,
        total: scenarios.length,
        scenarios,
      };
    }),
  );
}

function progressOf(scenarioId: string, sessions: readonly RoleplaySessionSummary[]): ScenarioProgress {
  const mine = sessions.filter((s) => s.scenarioId === scenarioId);
  const scores = mine.map((s) => s.score).filter((s): s is number => s !== null);
  return {
    scenarioId,
    attempts: mine.length,
    solved: mine.some((s) => s.status === 'solved'),
    bestScore: scores.length > 0 ? Math.max(...scores) : null,
    lastPlayedAt: mine.reduce<string | null>(
      (last, s) => (last === null || s.updatedAt > last ? s.updatedAt : last),
      null,
    ),
  };
}
