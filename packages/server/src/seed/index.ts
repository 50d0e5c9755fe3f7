export {
  DEMO_CONVERSATIONS,
  DEMO_CUSTOMERS,
  DEMO_PASSWORD,
  DEMO_SIGN_IN,
  DEMO_USERS,
  DEMO_WORKSPACE,
} from './demo/index.js';
export { type DemoAnalyzer, type SeedOptions, type SeedReport, seedDemo } from './seed-demo.js';
