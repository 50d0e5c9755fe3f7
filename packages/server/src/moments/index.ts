export { momentMessageId, type SmtpSenderOptions, smtpSender } from './delivery/email-sender.js';
export { type MomentSender, PermanentDeliveryError } from './delivery/types.js';
export {
  type MomentWebhookBody,
  signMomentWebhook,
  verifyMomentWebhook,
  type WebhookSenderOptions,
  webhookSender,
} from './delivery/webhook-sender.js';
export {
  createMomentsWorker,
  type MomentsWorker,
  type MomentsWorkerOptions,
  type TickReport,
} from './moments-worker.js';
export { optOutCustomer } from './opt-out.js';
export { type PlanOptions, planWorkspace, scheduleMoments } from './plan-workspace.js';
export { DEFAULT_RULES_YAML } from './rules/default-rules.js';
export { loadRules, type WorkspaceRules } from './rules/load-rules.js';
export {
  formatRulesProblems,
  type ParsedRules,
  parseRules,
  type RulesProblem,
  rulesFormatOf,
} from './rules/parse-rules.js';
export { momentSendersFromConfig } from './senders-from-config.js';
