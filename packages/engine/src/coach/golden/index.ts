import { BANKING } from './banking.js';
import { LONG } from './long.js';
import { RETAIL } from './retail.js';
import { SOFTWARE } from './software.js';
import { TRAVEL } from './travel.js';
import type { GoldenCase } from './types.js';
import { UTILITIES } from './utilities.js';

export type { GoldenCase } from './types.js';

/** Every labelled reply, across five industries. */
export const GOLDEN: readonly GoldenCase[] = [
  ...RETAIL,
  ...TRAVEL,
  ...SOFTWARE,
  ...BANKING,
  ...UTILITIES,
  ...LONG,
];
