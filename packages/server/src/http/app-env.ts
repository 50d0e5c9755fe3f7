import type { Logger } from '../log/index.js';
import type { Principal } from './auth/principal.js';

/** What every handler finds on the Hono context. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** A child logger carrying this request's id. */
    log: Logger;
    /** Who is calling and in which workspace; set on every authenticated `/api/*` request. */
    principal: Principal;
  };
}
