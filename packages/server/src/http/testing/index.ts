export { authHeaders } from './auth-headers.js';
