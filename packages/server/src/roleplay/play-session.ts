import { roleplay } from '@rapport/engine';
import type { RoleplaySession, WorkspaceScope } from '../storage/index.js';

export type PlayProblemCode = 'unknown_scenario' | 'finished' | 'stale' | 'not_practicable';

/** Why a start or a reply was refused; the route maps the code to an HTTP status. */
export class PlayProblem extends Error {
  constructor(
    readonly code: PlayProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlayProblem';
  }
}

export interface StartInput {
  scenario: roleplay.Scenario;
  seed?: number;
  userId?: string | null;
  assignmentId?: string | null;
}

/**
 * Starts and stores a session on a scenario (built in, or made from a conversation).
 * @example await startRoleplay(scope, { scenario: roleplay.findScenario('charged-twice')!, seed: 1 })
 */
export async function startRoleplay(scope: WorkspaceScope, input: StartInput): Promise<RoleplaySession> {
  const state = roleplay.startSession(input.scenario, { seed: input.seed ?? 0 });
  return scope.roleplay.sessions.create({
    scenario: input.scenario,
    state,
    ...(input.userId !== undefined && { userId: input.userId }),
    ...(input.assignmentId !== undefined && { assignmentId: input.assignmentId }),
  });
}

export interface ReplyOutcome {
  session: RoleplaySession;
  turn: roleplay.Turn;
  /** Present once the session has ended (solved, left or out of turns). */
  debrief: roleplay.Debrief | null;
}

/**
 * Plays one trainee reply: the engine moves the customer, the new state is stored only if nobody
 * else replied in the meantime, and a finished session gets its debrief score.
 */
export async function replyRoleplay(
  scope: WorkspaceScope,
  session: RoleplaySession,
  reply: string,
): Promise<ReplyOutcome> {
  if (session.state.status !== 'active') {
    throw new PlayProblem('finished', `This session has ended (${session.state.status}); start a new one`);
  }
  const state = roleplay.respond(session.scenario, session.state, reply);
  const debrief = state.status === 'active' ? null : roleplay.debrief(session.scenario, state);
  const stored = await scope.roleplay.sessions.advance(session.id, session.turns, {
    state,
    score: debrief?.score ?? null,
  });
  if (!stored) throw new PlayProblem('stale', 'Another reply was stored first; reload the session');
  return { session: stored, turn: state.turns[state.turns.length - 1] as roleplay.Turn, debrief };
}

/** The scenario to play: a built-in id, or a conversation that becomes one. */
export function builtInScenario(id: string): roleplay.Scenario {
  const found = roleplay.findScenario(id);
  if (!found) throw new PlayProblem('unknown_scenario', `No scenario "${id}"; see the scenario list`);
  return found;
}
