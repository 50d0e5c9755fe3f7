import { COMMERCE } from './commerce.js';
import type { GoldenMessage } from './goldenMessage.js';
import { SERVICES_TECH } from './servicesTech.js';
import { TRAVEL_FINANCE } from './travelFinance.js';

export type { GoldenMessage } from './goldenMessage.js';
export { type GoldenScore, scoreGolden } from './scoreGolden.js';

/** The hand-written customer-service golden corpus (see README): every industry file together. */
export const GOLDEN: readonly GoldenMessage[] = [...COMMERCE, ...TRAVEL_FINANCE, ...SERVICES_TECH];
