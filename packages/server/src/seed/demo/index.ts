import { BANKING_CONVERSATIONS } from './banking-conversations.js';
import { RETAIL_CONVERSATIONS } from './retail-conversations.js';
import { SOFTWARE_CONVERSATIONS } from './software-conversations.js';
import { TEAM_CONVERSATIONS } from './team-conversations.js';
import { TRAVEL_CONVERSATIONS } from './travel-conversations.js';

export { DEMO_CUSTOMERS } from './demo-customers.js';
export { DEMO_PASSWORD, DEMO_SIGN_IN, DEMO_USERS, DEMO_WORKSPACE } from './demo-team.js';
export type { DemoConversation, DemoCustomer, DemoMessage, DemoUser } from './demo-types.js';

export const DEMO_CONVERSATIONS = [
  ...RETAIL_CONVERSATIONS,
  ...TRAVEL_CONVERSATIONS,
  ...SOFTWARE_CONVERSATIONS,
  ...BANKING_CONVERSATIONS,
  ...TEAM_CONVERSATIONS,
] as const;
