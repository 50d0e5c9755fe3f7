export { intoSendingHours } from './candidates.js';
export { isCapExempt, momentKey, planMoments } from './plan-moments.js';
export {
  firstNameOf,
  renderTemplate,
  TEMPLATE_FIELDS,
  type TemplateField,
  type TemplateValues,
  unknownPlaceholders,
} from './render-template.js';
export {
  type CustomerEvent,
  type ExistingMoment,
  KNOWN_EVENT_TYPES,
  MOMENT_TYPES,
  type MomentAction,
  type MomentChannel,
  type MomentCondition,
  type MomentCustomer,
  type MomentMessage,
  type MomentPlan,
  type MomentRule,
  type MomentRuleSet,
  type MomentTiming,
  type MomentTrigger,
  type MomentType,
  type OptOut,
  type PlanInput,
  type PlannedMoment,
  type SkipCode,
  type SkippedMoment,
} from './types.js';
export {
  fromLocal,
  isTimeZone,
  type LocalDateTime,
  parseCalendarDate,
  toLocal,
} from './zoned-time.js';
