export { conversationScenario } from './conversation-scenario.js';
export {
  builtInScenario,
  PlayProblem,
  type PlayProblemCode,
  type ReplyOutcome,
  replyRoleplay,
  type StartInput,
  startRoleplay,
} from './play-session.js';
export { type AgentProgress, type ScenarioProgress, workshopProgress } from './workshop-progress.js';
