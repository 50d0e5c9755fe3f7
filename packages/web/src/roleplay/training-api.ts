import type { Api } from '../api/api-client.js';

/** An agent's share of a workshop, as `/api/roleplay/assignments` returns it. */
export interface Assignment {
  id: string;
  workshop: string;
  userId: string;
  scenarioIds: string[];
  dueOn: string | null;
}

export interface SessionSummary {
  id: string;
  scenarioId: string;
  status: 'active' | 'solved' | 'left' | 'timeout';
  score: number | null;
}

export interface AgentProgress {
  userId: string;
  name: string;
  completed: number;
  total: number;
  dueOn: string | null;
  scenarios: { scenarioId: string; attempts: number; solved: boolean; bestScore: number | null }[];
}

export interface Person {
  id: string;
  name: string;
  role: string;
}

/** The role-play calls the page makes; sessions are mirrored so leads see progress. */
export function trainingApi(api: Api) {
  return {
    assignments: () =>
      api.get<{ assignments: Assignment[] }>('api/roleplay/assignments').then((r) => r.assignments),
    sessions: () => api.get<{ sessions: SessionSummary[] }>('api/roleplay/sessions').then((r) => r.sessions),
    agents: () => api.get<{ agents: Person[] }>('api/roleplay/agents').then((r) => r.agents),
    progress: (workshop: string) =>
      api
        .get<{ agents: AgentProgress[] }>(`api/roleplay/workshops/${encodeURIComponent(workshop)}/progress`)
        .then((r) => r.agents),
    assign: (body: { workshop: string; userIds: string[]; scenarioIds: string[]; dueOn?: string }) =>
      api.post<{ assignments: Assignment[] }>('api/roleplay/assignments', body),
    start: (body: { scenarioId: string; seed: number; assignmentId?: string }) =>
      api.post<{ session: { id: string } }>('api/roleplay/sessions', body).then((r) => r.session.id),
    reply: (sessionId: string, reply: string) =>
      api.post<{ session: { id: string; intensity: number } }>(
        `api/roleplay/sessions/${encodeURIComponent(sessionId)}/replies`,
        { reply },
      ),
  };
}

export type TrainingApi = ReturnType<typeof trainingApi>;
