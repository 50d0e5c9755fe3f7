import type { DemoUser } from './demo-types.js';

export const DEMO_WORKSPACE = { slug: 'demo', name: 'Demo workspace' } as const;

/**
 * Every demo user signs in with this password (printed by `rapport serve` on first start). It is a
 * demo: change it, or start with `--no-seed`, before real customer data goes in.
 */
export const DEMO_PASSWORD = 'rapport-demo';

/** The account the README and `rapport serve` point people at: an admin sees every page. */
export const DEMO_SIGN_IN = { email: 'admin@demo.rapport.local', password: DEMO_PASSWORD } as const;

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'maya.lead@demo.rapport.local', name: 'Maya Okafor', role: 'lead' },
  { email: 'admin@demo.rapport.local', name: 'Tom Berg', role: 'admin' },
  { email: 'sam@demo.rapport.local', name: 'Sam Rivera', role: 'agent' },
  { email: 'priya@demo.rapport.local', name: 'Priya Nair', role: 'agent' },
  { email: 'lukas@demo.rapport.local', name: 'Lukas Weber', role: 'agent' },
];
