export {
  CARD_PLACEHOLDER,
  type RedactionResult,
  redactSecrets,
  SECRET_PLACEHOLDER,
} from './redact-secrets.js';
