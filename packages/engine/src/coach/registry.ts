import { acknowledge } from './checks/acknowledge.js';
import { agentTone } from './checks/agent-tone.js';
import { apology } from './checks/apology.js';
import { blame } from './checks/blame.js';
import { canned } from './checks/canned.js';
import { caringClose } from './checks/caring-close.js';
import type { QualityCheck, Technique } from './checks/check.js';
import { dismissive } from './checks/dismissive.js';
import { information } from './checks/information.js';
import { jargon } from './checks/jargon.js';
import { nextStep } from './checks/next-step.js';
import { options } from './checks/options.js';
import { paraphrase } from './checks/paraphrase.js';
import { personalized } from './checks/personalized.js';
import { question } from './checks/question.js';
import { readability } from './checks/readability.js';
import { reassurance } from './checks/reassurance.js';
import type { CheckId, TechniqueId } from './types.js';

/** Every technique, in the order the report lists them; `satisfies` keeps the list complete. */
export const TECHNIQUES = {
  acknowledge,
  paraphrase,
  question,
  apology,
  reassurance,
  options,
  next_step: nextStep,
  caring_close: caringClose,
  information,
} as const satisfies Record<TechniqueId, Technique>;

/** Every quality check. */
export const QUALITY_CHECKS = {
  jargon,
  readability,
  dismissive,
  blame,
  canned,
  personalized,
  agent_tone: agentTone,
} as const satisfies Record<CheckId, QualityCheck>;
