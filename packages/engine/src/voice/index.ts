/**
 * Voice of the customer: public reviews and social posts — complaints, their reasons over time,
 * which posts need an answer first, and personal-data checks for public replies. Pure.
 */
export { findPersonalData, type PersonalDataFinding, stripPersonalData } from './personal-data.js';
export {
  type Priority,
  type PriorityFactor,
  type PriorityFactorId,
  type PriorityInput,
  type PriorityLevel,
  priorityOf,
} from './priority.js';
export { PUBLIC_POST_LEXICON } from './public-lexicon.js';
export { reasonText } from './reason-text.js';
export { SAMPLE_THEMES, type SampleTheme } from './sample/complaints.js';
export {
  generateSamplePosts,
  type SampleOptions,
  type SamplePost,
  type SampleSource,
} from './sample/generate-sample.js';
export { type DatedKeys, type Period, periodOf, type Trend, trendOf } from './trends.js';
export {
  buildVoiceReport,
  isComplaint,
  type PrioritisedPost,
  type ReasonSummary,
  type VoicePost,
  type VoiceReport,
  type VoiceReportOptions,
} from './voice-report.js';
