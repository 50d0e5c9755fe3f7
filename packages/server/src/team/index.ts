/**
 * The team's emotional-intelligence report: scoring stored conversations into `reply_scores`
 * (incrementally), then scorecards, trends, assessment, calibration and digests from SQL sums.
 */
export { buildDigest, type CoachingDigest, type DigestReply } from './build-digest.js';
export { type AgentCard, buildTeamReport, type ReportOptions, type TeamReport } from './build-report.js';
export { periodInput, periodOf, type ReportPeriod } from './period.js';
export { renderCsv } from './render-csv.js';
export { renderHtml } from './render-html.js';
export { type ScoreRepliesOptions, type ScoreRepliesReport, scoreReplies } from './score-replies.js';
