export type { InboundDelivery } from './inbound-delivery.js';
export { type IngestResult, ingestDelivery, type MessageAnalyzer } from './ingest-delivery.js';
export {
  genericPayload,
  parseFreshdesk,
  parseGeneric,
  parseIntercom,
  parseZendesk,
  stripHtml,
} from './parse-payloads.js';
export { type AnalyzedEvent, analyzedEvent, type SendOptions, sendOutbound } from './send-outbound.js';
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
