export { extractFacts } from './extract-facts.js';
export { mergeFacts } from './merge-facts.js';
export { FACT_RULES, type FactRule } from './rules.js';
export {
  type ExtractedFact,
  FACT_KINDS,
  type FactKind,
  type FactSource,
  type RememberedFact,
} from './types.js';
