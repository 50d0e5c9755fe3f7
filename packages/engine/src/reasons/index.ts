/**
 * Reasons: complaint reasons discovered from a workspace's own posts by grouping similar ones,
 * each named by its key phrases. Pure and seeded.
 */
export {
  type DiscoverOptions,
  discoverReasons,
  type Reason,
  type ReasonDiscovery,
  type ReasonText,
} from './discover-reasons.js';
export { stemWord, textTerms } from './terms.js';
