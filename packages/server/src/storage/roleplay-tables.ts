/** Role-play tables (migration 0006-roleplay). JSON columns are text, like the rest of the schema. */
export interface RoleplayAssignmentTable {
  id: string;
  workspace_id: string;
  /** The workshop's name: the assignments a lead made together share it. */
  workshop: string;
  user_id: string;
  assigned_by: string | null;
  /** JSON array of scenario ids. */
  scenario_ids: string;
  /** `YYYY-MM-DD`, or null for no due date. */
  due_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface RoleplaySessionTable {
  id: string;
  workspace_id: string;
  user_id: string | null;
  assignment_id: string | null;
  scenario_id: string;
  /** JSON: the scenario as played (a snapshot). */
  scenario: string;
  /** JSON: the engine's session state. */
  state: string;
  status: string;
  turns: number;
  /** The debrief score once the session has ended. */
  score: number | null;
  created_at: string;
  updated_at: string;
}
