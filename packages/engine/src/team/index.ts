/**
 * Team: emotional-intelligence scorecards from stored conversations. Replies are scored once
 * (`scoreConversation`), sums per agent and week (`tallyScores`, or SQL over stored scores) become
 * scorecards (`buildScorecards`), an assessment (`assess`) and a calibration against leads'
 * reviews (`calibrate`). Pure: no I/O, no clock.
 */
export {
  type AssessedMetric,
  type Assessment,
  type AssessOptions,
  assess,
  DEFAULT_BENCHMARK,
  TRAINING_THEMES,
  type TrainingPick,
  type TrainingScenario,
} from './assessment.js';
export {
  type Calibration,
  calibrate,
  type HumanReview,
  type MetricAgreement,
  type Verdicts,
  verdictsFor,
} from './calibration.js';
export { METRIC_INFO, missedMetrics } from './metric-info.js';
export { type ScoreOptions, scoreConversation } from './score-conversation.js';
export {
  buildScorecards,
  DEFAULT_MIN_CONVERSATIONS,
  goalFor,
  type ScorecardOptions,
} from './scorecard.js';
export { DE_ESCALATION_DROP, DE_ESCALATION_MIN_HEAT, heatOf, isHostile, weekOf } from './signals.js';
export { emptyTally, REPLY_METRIC_FIELDS, type TallyOptions, tallyScores } from './tally.js';
export {
  type CoachFn,
  type ConversationScore,
  type Goal,
  type GroupTally,
  METRIC_IDS,
  type MetricFigure,
  type MetricId,
  type MetricTally,
  type Outcome,
  type ReplyScore,
  type Scorecard,
  type ScoredConversation,
  type TeamConversation,
  type TeamMessage,
} from './types.js';
