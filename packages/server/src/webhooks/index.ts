export type { InboundDelivery } from './inbound-delivery.js';
export { type IngestResult, ingestDelivery, type MessageAnalyzer } from './ingest-delivery.js';
export { createOutboundWorker, type OutboundWorker, type OutboundWorkerOptions } from './outbound-worker.js';
export {
  genericPayload,
  parseFreshdesk,
  parseGeneric,
  parseIntercom,
  parseZendesk,
  stripHtml,
} from './parse-payloads.js';
export {
  type AnalyzedEvent,
  analyzedEvent,
  DEFAULT_MAX_ATTEMPTS,
  type DeliverOptions,
  type DeliveryReport,
  deliverDue,
  retryPauseMs,
} from './send-outbound.js';
export {
  MAX_SKEW_MS,
  type SignatureCheck,
  type SignedRequest,
  signRapport,
  verifyFreshdesk,
  verifyIntercom,
  verifyRapport,
  verifyZendesk,
} from './signatures.js';
