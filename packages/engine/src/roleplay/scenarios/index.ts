import type { Scenario } from '../types.js';
import { COMMERCE_SCENARIOS } from './commerce.js';
import { MONEY_SCENARIOS } from './money.js';
import { SERVICE_SCENARIOS } from './services.js';
import { TRAVEL_SCENARIOS } from './travel.js';

/** The built-in scenario library, in the order `rapport roleplay --list` shows it. */
export const SCENARIOS: readonly Scenario[] = [
  ...MONEY_SCENARIOS,
  ...TRAVEL_SCENARIOS,
  ...SERVICE_SCENARIOS,
  ...COMMERCE_SCENARIOS,
];

/**
 * A built-in scenario by id, or undefined.
 * @example findScenario('charged-twice')?.persona.name // 'Maria Lopez'
 */
export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
